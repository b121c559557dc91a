package vn.hocvuso.helpdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers as residents really write them, from {@code redaction/forms.tsv}: each personal
 * number is gone from the redacted text in every form (digits of any script, digit
 * words), and each number that identifies no one (dates, times, money, small numbers,
 * ticket ids) is kept exactly.
 */
class RedactionFormsTests {

	/** How many digits of a personal number in a row may survive: fewer than this. */
	private static final int WINDOW = 4;

	private final Redactor redactor = new Redactor();

	/** One line of the table. */
	record Form(String text, String kind, List<String> values, String note) {

		boolean personal() {
			return !"keep".equals(this.kind);
		}

		@Override
		public String toString() {
			return this.kind + ": " + this.text + " (" + this.note + ")";
		}

	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("personalForms")
	void personalNumberIsGoneInEveryForm(Form form) {
		String redacted = this.redactor.redact(form.text());
		assertThat(survivors(form, redacted)).as(redacted).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("keptForms")
	void numberThatIdentifiesNoOneIsKeptExactly(Form form) {
		assertThat(this.redactor.redact(form.text())).isEqualTo(form.text());
	}

	/**
	 * Prints how many forms of the table the redactor gets wrong, the numbers quoted in
	 * ADR 8; the table tests above say which.
	 */
	@Test
	void countsTheFormsMissedAndWronglyMasked() throws IOException {
		List<Form> forms = forms().toList();
		long personal = forms.stream().filter(Form::personal).count();
		long missed = forms.stream()
			.filter(Form::personal)
			.filter((form) -> !survivors(form, this.redactor.redact(form.text())).isEmpty())
			.count();
		long wronglyMasked = forms.stream()
			.filter((form) -> !form.personal())
			.filter((form) -> !this.redactor.redact(form.text()).equals(form.text()))
			.count();
		System.out.printf("redaction forms: %d personal, %d missed; %d kept, %d wrongly masked%n", personal, missed,
				forms.size() - personal, wronglyMasked);
		assertThat(forms).hasSizeGreaterThanOrEqualTo(200);
		assertThat(missed + wronglyMasked).isZero();
	}

	static Stream<Form> personalForms() throws IOException {
		return forms().filter(Form::personal);
	}

	static Stream<Form> keptForms() throws IOException {
		return forms().filter((form) -> !form.personal());
	}

	private static Stream<Form> forms() throws IOException {
		try (InputStream in = RedactionFormsTests.class.getResourceAsStream("/redaction/forms.tsv")) {
			String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return table.lines().skip(1).filter((line) -> !line.isBlank()).map((line) -> {
				String[] columns = line.split("\t", -1);
				return new Form(columns[0], columns[1], Arrays.asList(columns[2].split(";;")), columns[3]);
			}).toList().stream();
		}
	}

	/**
	 * The values of a form still readable in the redacted text: written as they were, or
	 * {@value #WINDOW} of their digits in a row, in any script or in words.
	 */
	private static List<String> survivors(Form form, String redacted) {
		String left = WrittenDigits.of(redacted);
		return form.values().stream().filter((value) -> {
			String digits = WrittenDigits.of(value);
			if (redacted.contains(value) || left.contains(digits)) {
				return true;
			}
			for (int i = 0; i + WINDOW <= digits.length(); i++) {
				if (left.contains(digits.substring(i, i + WINDOW))) {
					return true;
				}
			}
			return false;
		}).toList();
	}

}
