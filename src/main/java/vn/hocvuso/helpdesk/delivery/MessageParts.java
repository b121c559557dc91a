package vn.hocvuso.helpdesk.delivery;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a reply to a provider's limits: a text too long for one message split into parts,
 * a label too long for a button shortened.
 */
public final class MessageParts {

	private MessageParts() {
	}

	/**
	 * Splits at a line break or space before the limit, so no word is cut; a run without
	 * spaces is cut at the limit, never inside a character. Empty parts are dropped.
	 */
	public static List<String> split(String text, int maxChars) {
		List<String> parts = new ArrayList<>();
		String rest = text;
		while (rest.length() > maxChars) {
			int cut = Math.max(rest.lastIndexOf('\n', maxChars), rest.lastIndexOf(' ', maxChars));
			if (cut <= 0) {
				cut = Character.isHighSurrogate(rest.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
			}
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		parts.add(rest);
		parts.removeIf(String::isEmpty);
		return parts;
	}

	/**
	 * The label as a button title: whole when it fits in {@code maxCodePoints}, else its
	 * first {@code maxCodePoints - 1} and "…". Composed (NFC) first, so a Vietnamese
	 * letter and its tone mark count once and are never cut apart.
	 */
	public static String shortened(String label, int maxCodePoints) {
		String composed = Normalizer.normalize(label.strip(), Normalizer.Form.NFC);
		if (composed.codePointCount(0, composed.length()) <= maxCodePoints) {
			return composed;
		}
		return composed.substring(0, composed.offsetByCodePoints(0, maxCodePoints - 1)).stripTrailing() + "…";
	}

}
