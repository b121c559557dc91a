package vn.hocvuso.helpdesk.nlu.model;

import vn.hocvuso.helpdesk.text.NormalizedText;

/**
 * The syllables the model reads: at most the last {@link #MAX_TOKENS} of a message. The
 * example questions the model learnt from are all much shorter; thousands of syllables
 * pile up feature weights until the model's arithmetic overflows. (A long message is
 * first cut down to its question by the understanding; this is the model's own bound.)
 */
final class QuestionWindow {

	/** More than the longest real question seen (61 words in the dev set). */
	static final int MAX_TOKENS = 80;

	private QuestionWindow() {
	}

	static NormalizedText of(NormalizedText text) {
		int size = text.tokens().size();
		if (size <= MAX_TOKENS) {
			return text;
		}
		return new NormalizedText(text.tokens().subList(size - MAX_TOKENS, size),
				text.strippedTokens().subList(size - MAX_TOKENS, size));
	}

}
