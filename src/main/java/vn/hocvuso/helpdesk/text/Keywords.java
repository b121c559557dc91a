package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The words people write just before a personal number, glued or not ("CCCD001203...",
 * "sđt: 09...", "mã OTP là 123456", "số tài khoản 1903..."). One of the two words before
 * a number says what it is; then it is never read as money, and a 4-digit code after
 * "OTP" is masked too.
 */
final class Keywords {

	/** Composed, lower case; the last word of a longer name ("tài khoản" is "khoản"). */
	private static final Map<String, NumberRules.Kind> KINDS = Map.ofEntries(Map.entry("sđt", NumberRules.Kind.PHONE),
			Map.entry("sdt", NumberRules.Kind.PHONE), Map.entry("đt", NumberRules.Kind.PHONE),
			Map.entry("dt", NumberRules.Kind.PHONE), Map.entry("zalo", NumberRules.Kind.PHONE),
			Map.entry("thoại", NumberRules.Kind.PHONE), Map.entry("thoai", NumberRules.Kind.PHONE),
			Map.entry("cccd", NumberRules.Kind.ID), Map.entry("cmnd", NumberRules.Kind.ID),
			Map.entry("cmt", NumberRules.Kind.ID), Map.entry("cước", NumberRules.Kind.ID),
			Map.entry("cuoc", NumberRules.Kind.ID), Map.entry("bhxh", NumberRules.Kind.ID),
			Map.entry("thuế", NumberRules.Kind.ID), Map.entry("thue", NumberRules.Kind.ID),
			Map.entry("chiếu", NumberRules.Kind.ID), Map.entry("chieu", NumberRules.Kind.ID),
			Map.entry("stk", NumberRules.Kind.ACCOUNT), Map.entry("tk", NumberRules.Kind.ACCOUNT),
			Map.entry("khoản", NumberRules.Kind.ACCOUNT), Map.entry("khoan", NumberRules.Kind.ACCOUNT),
			Map.entry("thẻ", NumberRules.Kind.ACCOUNT), Map.entry("otp", NumberRules.Kind.CODE),
			Map.entry("mã", NumberRules.Kind.CODE), Map.entry("ma", NumberRules.Kind.CODE),
			Map.entry("pin", NumberRules.Kind.CODE));

	private static final int LONGEST = 12;

	private Keywords() {
	}

	/** What the words just before {@code start} say the number is; KEEP when nothing. */
	static NumberRules.Kind before(String text, int start) {
		int at = start;
		for (int word = 0; word < 2; word++) {
			at = skipSeparators(text, at);
			int wordStart = at;
			while (wordStart > 0 && at - wordStart <= LONGEST
					&& DigitWords.isWordPart(text.codePointBefore(wordStart))) {
				wordStart -= Character.charCount(text.codePointBefore(wordStart));
			}
			boolean whole = wordStart == 0 || !DigitWords.isWordPart(text.codePointBefore(wordStart));
			if (wordStart == at || !whole) {
				return NumberRules.Kind.KEEP;
			}
			String found = Normalizer.normalize(text.substring(wordStart, at), Normalizer.Form.NFC)
				.toLowerCase(Locale.ROOT);
			NumberRules.Kind kind = KINDS.get(found);
			if (kind != null) {
				return kind;
			}
			at = wordStart;
		}
		return NumberRules.Kind.KEEP;
	}

	/** Back over at most three separators, colons or the like: "CCCD: ", "sđt:(". */
	private static int skipSeparators(String text, int at) {
		int i = at;
		while (i > 0 && at - i < 3
				&& (NumberReader.separator(text.charAt(i - 1)) != 0 || ":：=#(".indexOf(text.charAt(i - 1)) >= 0)) {
			i--;
		}
		return i;
	}

}
