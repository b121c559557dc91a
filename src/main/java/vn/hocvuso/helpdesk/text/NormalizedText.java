package vn.hocvuso.helpdesk.text;

import java.util.List;

/**
 * A message after normalisation: lower case, NFC, one tone-mark placement, teencode
 * expanded, numbers replaced by placeholders.
 *
 * @param tokens the syllables with their diacritics
 * @param strippedTokens the same syllables without diacritics ({@code đ} becomes
 * {@code d}), one for one with {@code tokens}
 */
public record NormalizedText(List<String> tokens, List<String> strippedTokens) {

	public NormalizedText {
		tokens = List.copyOf(tokens);
		strippedTokens = List.copyOf(strippedTokens);
		if (tokens.size() != strippedTokens.size()) {
			throw new IllegalArgumentException(
					"tokens and strippedTokens differ in size: " + tokens.size() + " vs " + strippedTokens.size());
		}
	}

	/** The normalised text with diacritics, tokens joined by single spaces. */
	public String text() {
		return String.join(" ", this.tokens);
	}

	/** The normalised text without diacritics. */
	public String strippedText() {
		return String.join(" ", this.strippedTokens);
	}

	public boolean isEmpty() {
		return this.tokens.isEmpty();
	}

}
