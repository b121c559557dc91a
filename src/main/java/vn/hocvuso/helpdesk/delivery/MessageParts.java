package vn.hocvuso.helpdesk.delivery;

import java.util.ArrayList;
import java.util.List;

/** Splits a reply that is too long for one provider message into parts. */
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

}
