package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTests {

	private final Redactor redactor = new Redactor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			0912345678                   | [số điện thoại]
			0912 345 678                 | [số điện thoại]
			0912.345.678                 | [số điện thoại]
			0912-345-678                 | [số điện thoại]
			091 234 5678                 | [số điện thoại]
			+84912345678                 | [số điện thoại]
			+84 912 345 678              | [số điện thoại]
			84912345678                  | [số điện thoại]
			024 3823 4567                | [số điện thoại]
			Gọi em số 0912345678 nhé     | Gọi em số [số điện thoại] nhé
			sđt:0912345678.              | sđt:[số điện thoại].
			""")
	void phoneNumberIsMasked(String text, String expected) {
		assertThat(this.redactor.redact(text)).isEqualTo(expected).contains(Redactor.PHONE_MASK);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			001203012345                 | [số giấy tờ]
			0012 0301 2345               | [số giấy tờ]
			CCCD 079203001234 ạ          | CCCD [số giấy tờ] ạ
			CMND số 123456789            | CMND số [số giấy tờ]
			123 456 789                  | [số giấy tờ]
			001.203.012.345              | [số giấy tờ]
			079,203,001,234              | [số giấy tờ]
			""")
	void twelveDigitCitizenIdAndNineDigitOldIdAreMasked(String text, String expected) {
		assertThat(this.redactor.redact(text)).isEqualTo(expected).contains(Redactor.ID_MASK);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			1903 5678 9012 3456          | [số tài khoản]
			STK 1903567890123456 Techcombank | STK [số tài khoản] Techcombank
			1234567890                   | [số tài khoản]
			0491000123456                | [số tài khoản]
			19035678901234               | [số tài khoản]
			102 345 678 91               | [số tài khoản]
			""")
	void bankAccountNumberIsMasked(String text, String expected) {
		assertThat(this.redactor.redact(text)).isEqualTo(expected).contains(Redactor.ACCOUNT_MASK);
	}

	@ParameterizedTest(name = "{0} digits")
	@ValueSource(ints = { 10, 11, 12, 13, 14, 15, 16 })
	void everyTenToSixteenDigitRunIsMaskedWhetherGroupedOrNot(int length) {
		String digits = "9876543210987654".substring(0, length);
		String grouped = digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");
		for (String account : new String[] { digits, grouped }) {
			String redacted = this.redactor.redact("số tài khoản " + account + " ngân hàng");
			assertThat(redacted).startsWith("số tài khoản [").endsWith("] ngân hàng").doesNotContainPattern("\\d");
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			mã 123456                    | mã [mã số]
			Mã OTP là 123456.            | Mã OTP là [mã số].
			OTP: 123 456 ạ               | OTP: [mã số] ạ
			""")
	void sixDigitOtpCodeIsMasked(String text, String expected) {
		assertThat(this.redactor.redact(text)).isEqualTo(expected).contains(Redactor.CODE_MASK);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tổ 5", "Tổ 12 khu phố 3", "năm 2025", "sinh năm 1990", "ngày 21/03/2025", "21/3",
			"10.000.000 đồng", "10.000.000", "phí 500.000đ", "50k", "2 triệu", "10,000,000 đồng", "1,5 triệu",
			"lúc 8h30", "phòng 203", "mức 2", "ngày 21-03-2025", "hạn 1.7.2026", "1.200.000.000 đồng" })
	void numberThatIdentifiesNoOneIsKept(String text) {
		assertThat(this.redactor.redact(text)).isEqualTo(text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Tôi tên Nguyễn Văn Ánh, sđt 0912345678, CCCD 001203012345; nhờ ad giúp ạ!!! 🙏 | Tôi tên Nguyễn Văn Ánh, sđt [số điện thoại], CCCD [số giấy tờ]; nhờ ad giúp ạ!!! 🙏
					'  Chuyển 2 triệu vào STK 1903 5678 9012 3456	mà chưa thấy (mã 654321)  ' | '  Chuyển 2 triệu vào STK [số tài khoản]	mà chưa thấy (mã [mã số])  '
					Ủy ban phường Hoà Bình, tổ 5 — ngày 21/03/2025 | Ủy ban phường Hoà Bình, tổ 5 — ngày 21/03/2025
					""")
	void surroundingVietnameseTextIsPreservedExactly(String text, String expected) {
		assertThat(this.redactor.redact(text)).isEqualTo(expected);
		assertThat(this.redactor.redact(nfd(text))).isEqualTo(nfdExceptMasks(expected));
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	/** The masks are always inserted composed, whatever the form of the message. */
	private static String nfdExceptMasks(String text) {
		String result = nfd(text);
		for (String mask : new String[] { Redactor.PHONE_MASK, Redactor.ID_MASK, Redactor.ACCOUNT_MASK,
				Redactor.CODE_MASK }) {
			result = result.replace(nfd(mask), mask);
		}
		return result;
	}

}
