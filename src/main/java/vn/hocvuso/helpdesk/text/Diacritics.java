package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;

/** Removes Vietnamese diacritics: "Điện thoại" becomes "Dien thoai". */
public final class Diacritics {

	private Diacritics() {
	}

	public static String strip(String text) {
		if (Letters.tableCovers(text)) {
			char[] chars = new char[text.length()];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = Letters.stripped(text.charAt(i));
			}
			return new String(chars);
		}
		return stripByNormalizing(text);
	}

	/** The general case, for text with loose combining marks or unusual letters. */
	static String stripByNormalizing(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			out.append(switch (c) {
				case 'đ' -> 'd';
				case 'Đ' -> 'D';
				default -> c;
			});
		}
		return out.toString();
	}

}
