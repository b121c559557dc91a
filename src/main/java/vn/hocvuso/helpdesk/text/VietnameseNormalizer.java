package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a resident typed into tokens the classifier can compare: Unicode NFC, lower
 * case, one tone-mark placement, stretched letters shortened ("đượcccc"), emoji and
 * punctuation dropped, teencode expanded ("ko" becomes "không"), and numbers replaced by
 * placeholders so that a phone number or an OTP code never becomes a feature of its own
 * (also when spelled out in six digit words or more). Each token also has a twin without
 * diacritics. Thread-safe and stateless.
 */
public final class VietnameseNormalizer {

	/** Placeholders that stand in for numbers; they contain no digits. */
	public static final String PHONE = "_phone_", ID_NUMBER = "_idnumber_", CODE = "_code_", ACCOUNT = "_account_",
			MONEY = "_money_", NUMBER = "_number_";

	/**
	 * A phone number, or a number of at most 40 digits (maybe grouped, maybe with a unit
	 * of money). The bound keeps the expression's recursion and backtracking small on any
	 * input; a longer run of digits is no number a person writes, and gets no placeholder
	 * (digits never become tokens).
	 */
	private static final Pattern NUMBERS = Pattern.compile("(?<![\\p{L}\\d])(?:\\+?84|0)(?:[ .-]?\\d){9}(?!\\d)"
			+ "|(?<![\\p{L}\\d])\\d(?:[ .,-]?\\d){0,39}(?:k|tr|triệu|trieu|nghìn|ngàn|ngan|đ|d|vnd|vnđ|đồng|dong)?"
			+ "(?![\\p{L}\\d])");

	/** How many digit words in a row are a number spelled out. */
	private static final int SPELLED_NUMBER = 6;

	/** Amounts written with thousands separators ("10.000.000"). */
	private static final Pattern GROUPED_MONEY = Pattern.compile("[1-9]\\d{0,2}(?:[.,]\\d{3}){1,3}");

	/** Dates written with dashes or dots ("21-03-2025"). */
	private static final Pattern DATE = Pattern.compile("\\d{1,2}[-.]\\d{1,2}[-.](?:19|20)\\d{2}");

	/**
	 * Variation selectors, such as the U+FE0F that follows the red heart emoji; they are
	 * marks, but never part of a word.
	 */
	private static final Pattern VARIATION_SELECTORS = Pattern.compile("[\\uFE00-\\uFE0F]");

	/**
	 * Combining marks that follow no letter, such as the keycap U+20E3 of the keycap
	 * emoji; left alone they would make a token of their own.
	 */
	private static final Pattern STRAY_MARKS = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{M}+");

	private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");

	private static final Pattern NOT_TOKEN = Pattern.compile("[^\\p{L}\\p{M}_]+");

	public NormalizedText normalize(String text) {
		String prepared = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		prepared = prepared.toLowerCase(Locale.ROOT);
		if (hasMarks(prepared)) {
			prepared = VARIATION_SELECTORS.matcher(prepared).replaceAll(" ");
			prepared = STRAY_MARKS.matcher(prepared).replaceAll(" ");
		}
		if (hasDigit(prepared)) {
			prepared = replaceNumbers(prepared);
		}
		List<String> tokens = new ArrayList<>();
		List<String> stripped = new ArrayList<>();
		for (String raw : NOT_TOKEN.split(prepared)) {
			if (!hasLetter(raw)) {
				continue;
			}
			for (String token : Teencode.expand(shorten(raw))) {
				String canonical = ToneMarks.canonical(token);
				tokens.add(canonical);
				stripped.add(Diacritics.strip(canonical));
			}
		}
		return withSpelledNumbersReplaced(tokens, stripped);
	}

	/**
	 * Six digit words or more in a row ("không chín một hai ba bốn...") are a number
	 * spelled out: they become one placeholder, as digits do, so that the normalised text
	 * stored with a case never spells a phone number out.
	 */
	private static NormalizedText withSpelledNumbersReplaced(List<String> tokens, List<String> stripped) {
		List<String> keptTokens = new ArrayList<>(tokens.size());
		List<String> keptStripped = new ArrayList<>(tokens.size());
		int at = 0;
		while (at < tokens.size()) {
			StringBuilder digits = new StringBuilder();
			int end = at;
			while (end < tokens.size() && DigitWords.value(tokens.get(end)) >= 0) {
				digits.append(DigitWords.value(tokens.get(end)));
				end++;
			}
			if (end - at >= SPELLED_NUMBER) {
				String placeholder = placeholder(NumberRules.kindOf(digits.toString()));
				keptTokens.add(placeholder);
				keptStripped.add(placeholder);
				at = end;
			}
			else {
				int next = Math.max(end, at + 1);
				keptTokens.addAll(tokens.subList(at, next));
				keptStripped.addAll(stripped.subList(at, next));
				at = next;
			}
		}
		return new NormalizedText(keptTokens, keptStripped);
	}

	private static String placeholder(NumberRules.Kind kind) {
		return switch (kind) {
			case PHONE -> PHONE;
			case ID -> ID_NUMBER;
			case ACCOUNT -> ACCOUNT;
			case CODE -> CODE;
			case KEEP -> NUMBER;
		};
	}

	/**
	 * Shortens stretched letters ("đượcccc"), but not in an abbreviation that has them
	 * ("cccd").
	 */
	private static String shorten(String token) {
		if (!hasTripleLetter(token) || Teencode.isAbbreviation(token)) {
			return token;
		}
		return STRETCHED.matcher(token).replaceAll("$1");
	}

	private static boolean hasTripleLetter(String token) {
		for (int i = 2; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c == token.charAt(i - 1) && c == token.charAt(i - 2)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Combining marks or variation selectors: rare after NFC, so the regexes run only
	 * then.
	 */
	private static boolean hasMarks(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
					|| type == Character.COMBINING_SPACING_MARK || (c >= '\uFE00' && c <= '\uFE0F')) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasLetter(String token) {
		return token.codePoints().anyMatch(Character::isLetter);
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static String replaceNumbers(String text) {
		Matcher matcher = NUMBERS.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(out, " " + placeholder(matcher.group()) + " ");
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String placeholder(String number) {
		String digits = number.replaceAll("\\D", "");
		boolean money = !Character.isDigit(number.charAt(number.length() - 1))
				|| GROUPED_MONEY.matcher(number).matches();
		if (money) {
			return MONEY;
		}
		if (DATE.matcher(number).matches()) {
			return NUMBER;
		}
		if (digits.length() == 10 && (digits.startsWith("0")) || digits.length() == 11 && digits.startsWith("84")
				|| digits.length() == 11 && digits.startsWith("02")) {
			return PHONE;
		}
		if (digits.length() == 12 || digits.length() == 9) {
			return ID_NUMBER;
		}
		if (digits.length() == 6 || digits.length() == 4 && !looksLikeYear(digits)) {
			return CODE;
		}
		return digits.length() >= 8 ? ACCOUNT : NUMBER;
	}

	private static boolean looksLikeYear(String digits) {
		return digits.startsWith("19") || digits.startsWith("20");
	}

}
