package vn.hocvuso.helpdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the numbers a person writes in a text, in one pass whatever its length: groups of
 * digits (of any script: "０９１２" is read as "0912") or digit words, joined by short gaps
 * of spaces, dots, commas, dashes or slashes ("0945..678..901", "0916 - 222 - 333",
 * "không chín một..."), maybe after a plus sign or a bracketed country or area code
 * ("(+84)912345678"). Letters glued before the digits do not hide them ("sdt0912345678").
 * <p>
 * A number does not run on: a 24-character hexadecimal token (a case or ticket id) is no
 * number; a full stop or comma right after a digit and followed by a space ends a number
 * written in digits ("tổ 5, 0912345678"); a date ends where its separator changes
 * ("21/03/2025 0912345678"); and "năm" is the digit five only before another digit or
 * digit word, and not before a year ("năm 2025", "năm nay").
 */
final class NumberReader {

	/** The most characters between two groups of one number: " - ", "..", " / ". */
	private static final int MAX_GAP = 4;

	private NumberReader() {
	}

	/** Every number in the text, in order. */
	static List<WrittenNumber> in(String text) {
		List<WrittenNumber> numbers = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			int c = text.codePointAt(at);
			boolean wordStart = DigitWords.isWordPart(c) && (at == 0 || !isWordPartBefore(text, at));
			if (wordStart && DigitWords.value(text.subSequence(at, DigitWords.end(text, at))) < 0) {
				at = DigitWords.end(text, at);
			}
			else if (Character.isDigit(c) || startsSigned(text, at) || wordStart) {
				Span span = new Span(text, at);
				int next = span.read();
				span.number().ifPresent(numbers::add);
				at = Math.max(next, at + Character.charCount(c));
			}
			else {
				at += Character.charCount(c);
			}
		}
		return numbers;
	}

	/** A plus sign or bracket before a digit: "+84", "(+84)", "(024)". */
	private static boolean startsSigned(String text, int at) {
		char c = text.charAt(at);
		if (c == '(' && at + 1 < text.length() && text.charAt(at + 1) == '+') {
			return startsSigned(text, at + 1);
		}
		return (c == '+' || c == '(') && at + 1 < text.length() && Character.isDigit(text.codePointAt(at + 1));
	}

	private static boolean isWordPartBefore(String text, int at) {
		return DigitWords.isWordPart(text.codePointBefore(at));
	}

	/** What a gap character stands for, or 0 when it is none. */
	static char separator(char c) {
		return switch (c) {
			case ' ', '\t', '\u00A0', '\u2007', '\u202F', '\u3000' -> ' ';
			case '.', '\uFF0E', '\u00B7' -> '.';
			case ',', '\uFF0C' -> ',';
			case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFF0D' -> '-';
			case '/', '\uFF0F' -> '/';
			default -> (c >= '\u2000' && c <= '\u200A') ? ' ' : 0;
		};
	}

	/** A group of digits or one digit word; {@code skipTo} is positive for an id. */
	private record Item(int end, String digits, boolean word, int skipTo) {
	}

	/** A gap between two groups, read up to the next group. */
	private record Gap(int end, char kind, boolean endsSentence, boolean closesBracket) {
	}

	/** One number being read; a local helper, never shared. */
	private static final class Span {

		private final String text;

		private int start;

		private final List<String> groups = new ArrayList<>();

		private final StringBuilder gaps = new StringBuilder();

		private boolean plus;

		private boolean words;

		private boolean bracket;

		private boolean bracketClosed;

		private int end;

		Span(String text, int start) {
			this.text = text;
			this.start = start;
		}

		/** Reads the number; returns where to go on looking. */
		int read() {
			int at = this.start;
			this.bracket = this.text.charAt(at) == '(';
			at += this.bracket ? 1 : 0;
			this.plus = this.text.charAt(at) == '+';
			at += this.plus ? 1 : 0;
			Item previous = null;
			Gap gap = null;
			while (true) {
				Item item = item(at);
				if (item == null || item.skipTo() > 0) {
					if (this.groups.isEmpty()) {
						return (item != null) ? item.skipTo() : DigitWords.end(this.text, at);
					}
					break;
				}
				if (gap != null && !joins(previous, gap, item)) {
					break;
				}
				if (gap != null) {
					this.gaps.append(gap.kind());
					this.bracketClosed |= gap.closesBracket();
				}
				this.groups.add(item.digits());
				this.words |= item.word();
				this.end = item.end();
				previous = item;
				gap = gap(this.end, this.bracket && this.groups.size() == 1);
				if (gap == null) {
					break;
				}
				at = gap.end();
			}
			return this.end;
		}

		Optional<WrittenNumber> number() {
			if (this.groups.isEmpty()) {
				return Optional.empty();
			}
			if (this.bracket && !this.bracketClosed) {
				this.start++;
			}
			return Optional
				.of(new WrittenNumber(this.start, this.end, this.groups, this.gaps.toString(), this.plus, this.words));
		}

		private boolean joins(Item previous, Gap gap, Item next) {
			if (gap.endsSentence() && !previous.word() && !next.word()) {
				return false;
			}
			if (next.word() && !previous.word() && !digitAfter(next.end())) {
				return false;
			}
			return this.words || !Dates.isDate(this.groups, this.gaps) || gap.kind() == this.gaps.charAt(0);
		}

		private Item item(int at) {
			if (at >= this.text.length()) {
				return null;
			}
			if (Character.isDigit(this.text.codePointAt(at))) {
				int id = CaseIds.endOfIdAround(this.text, at);
				return (id > 0) ? new Item(at, "", false, id) : digits(at);
			}
			if (!DigitWords.isWordPart(this.text.codePointAt(at)) || (at > 0 && isWordPartBefore(this.text, at))) {
				return null;
			}
			int wordEnd = DigitWords.end(this.text, at);
			int digit = DigitWords.value(this.text.subSequence(at, wordEnd));
			if (digit < 0 || DigitWords.isYear(this.text.subSequence(at, wordEnd)) && !digitAfter(wordEnd)) {
				return null;
			}
			return new Item(wordEnd, String.valueOf(digit), true, 0);
		}

		private Item digits(int at) {
			StringBuilder digits = new StringBuilder();
			int i = at;
			while (i < this.text.length() && Character.isDigit(this.text.codePointAt(i))) {
				int c = this.text.codePointAt(i);
				digits.append(Character.digit(c, 10));
				i += Character.charCount(c);
			}
			return new Item(i, digits.toString(), false, 0);
		}

		/**
		 * Whether a digit word or a number that is not a year follows the word ending
		 * here. "năm" is the digit five only then ("năm sáu", "năm 678", but not "năm
		 * 2025" nor "năm nay"), and one digit word after a number joins it only then
		 * ("0912 ba bốn...", but not "10.000 một tháng").
		 */
		private boolean digitAfter(int wordEnd) {
			Gap gap = gap(wordEnd, false);
			if (gap == null || gap.end() >= this.text.length()) {
				return false;
			}
			int next = gap.end();
			int limit = Math.min(this.text.length(), next + 10);
			StringBuilder digits = new StringBuilder();
			int at = next;
			while (at < limit && Character.isDigit(this.text.codePointAt(at))) {
				digits.append(Character.digit(this.text.codePointAt(at), 10));
				at += Character.charCount(this.text.codePointAt(at));
			}
			if (!digits.isEmpty()) {
				boolean alone = at == this.text.length() || !Character.isDigit(this.text.codePointAt(at));
				return !(alone && Dates.isYear(digits.toString()));
			}
			while (at < limit && DigitWords.isWordPart(this.text.codePointAt(at))) {
				at += Character.charCount(this.text.codePointAt(at));
			}
			return DigitWords.value(this.text.subSequence(next, at)) >= 0;
		}

		/**
		 * The gap at {@code at}: at most {@value #MAX_GAP} separators, maybe after the
		 * bracket that closes a country or area code; null when there is none.
		 */
		private Gap gap(int at, boolean bracketMayClose) {
			int i = at;
			boolean closes = bracketMayClose && i < this.text.length() && this.text.charAt(i) == ')';
			i += closes ? 1 : 0;
			char kind = ' ';
			boolean endsSentence = false;
			char last = 0;
			while (i < this.text.length() && separator(this.text.charAt(i)) != 0) {
				char separator = separator(this.text.charAt(i));
				endsSentence |= separator == ' ' && (last == '.' || last == ',') && i - at == 1;
				kind = (kind == ' ') ? separator : kind;
				last = separator;
				i++;
				if (i - at > MAX_GAP + (closes ? 1 : 0)) {
					return null;
				}
			}
			return (i > at + (closes ? 1 : 0) || closes) ? new Gap(i, kind, endsSentence, closes) : null;
		}

	}

}
