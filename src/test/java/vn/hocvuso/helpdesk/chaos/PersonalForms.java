package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The personal forms of {@code redaction/forms.tsv} (ID-card, phone, OTP and bank account
 * numbers as residents write them), and what a scan looks for of each: the values as
 * written, without spaces, without diacritics, and their digits alone.
 */
final class PersonalForms {

	private static final Map<String, Integer> DIGIT_WORDS = Map.ofEntries(Map.entry("không", 0), Map.entry("khong", 0),
			Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("mot", 1), Map.entry("hai", 2), Map.entry("ba", 3),
			Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("bon", 4), Map.entry("tu", 4), Map.entry("năm", 5),
			Map.entry("lăm", 5), Map.entry("nam", 5), Map.entry("lam", 5), Map.entry("sáu", 6), Map.entry("sau", 6),
			Map.entry("bảy", 7), Map.entry("bẩy", 7), Map.entry("bay", 7), Map.entry("tám", 8), Map.entry("tam", 8),
			Map.entry("chín", 9), Map.entry("chin", 9));

	private PersonalForms() {
	}

	/** One personal line of the table: the text a resident writes and its values. */
	record Form(String text, String kind, List<String> values) {

		/** What must not be found anywhere: each value in every writing above. */
		Set<String> needles() {
			Set<String> needles = new LinkedHashSet<>();
			for (String value : this.values) {
				String lower = value.toLowerCase(Locale.ROOT);
				needles.add(lower);
				needles.add(lower.replaceAll("\\s+", ""));
				needles.add(withoutDiacritics(lower));
				needles.add(digits(value));
			}
			needles.remove("");
			return needles;
		}

	}

	/** Every personal form of the table, in its order. */
	static List<Form> all() {
		try (InputStream in = PersonalForms.class.getResourceAsStream("/redaction/forms.tsv")) {
			String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return table.lines().skip(1).filter((line) -> !line.isBlank()).map((line) -> {
				String[] columns = line.split("\t", -1);
				return new Form(columns[0], columns[1], Arrays.asList(columns[2].split(";;")));
			}).filter((form) -> !"keep".equals(form.kind())).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every digit of a text in order, as ASCII: digits of any script and digit words. */
	static String digits(String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder digits = new StringBuilder();
		int i = 0;
		while (i < composed.length()) {
			int c = composed.codePointAt(i);
			if (Character.isDigit(c)) {
				digits.append(Character.digit(c, 10));
				i += Character.charCount(c);
			}
			else if (Character.isLetter(c)) {
				int end = i;
				while (end < composed.length() && Character.isLetter(composed.codePointAt(end))) {
					end += Character.charCount(composed.codePointAt(end));
				}
				Integer digit = DIGIT_WORDS.get(composed.substring(i, end));
				if (digit != null) {
					digits.append(digit);
				}
				i = end;
			}
			else {
				i += Character.charCount(c);
			}
		}
		return digits.toString();
	}

	static String withoutDiacritics(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D');
	}

}
