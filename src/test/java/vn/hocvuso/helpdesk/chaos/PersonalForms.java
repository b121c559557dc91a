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
import java.util.Set;

import vn.hocvuso.helpdesk.text.WrittenDigits;

/**
 * The personal forms of {@code redaction/forms.tsv} (ID-card, phone, OTP and bank account
 * numbers as residents write them), and what a scan looks for of each: the values as
 * written, without spaces, without diacritics, and their digits alone.
 */
final class PersonalForms {

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
				needles.add(WrittenDigits.of(value));
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

	static String withoutDiacritics(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D');
	}

}
