package vn.hocvuso.helpdesk.reports;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCsvTests {

	@ParameterizedTest(name = "[{0}] is written [{1}]")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			Cài VNeID ở đâu?                | Cài VNeID ở đâu?
			tổ 5, phường Bến Nghé           | "tổ 5, phường Bến Nghé"
			con hỏi "mã OTP" là gì          | "con hỏi ""mã OTP"" là gì"
			=HYPERLINK("http://x")          | "'=HYPERLINK(""http://x"")"
			+84 số lạ gọi                   | '+84 số lạ gọi
			""")
	void fieldsWithCommasQuotesOrFormulasAreEscaped(String field, String written) {
		assertThat(CaseCsv.escape(field)).isEqualTo(written);
	}

	@ParameterizedTest(name = "a line break inside a field keeps the field quoted")
	@CsvSource({ "dòng một" })
	void lineBreaksStayInsideTheQuotedField(String first) {
		assertThat(CaseCsv.line(Arrays.asList("a", first + "\ndòng hai", null)))
			.isEqualTo("a,\"dòng một\ndòng hai\",\r\n");
	}

}
