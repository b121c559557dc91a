package vn.hocvuso.helpdesk.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			0912345678                        | 0912345678
			0912 345 678                      | 0912345678
			+84 912 345 678                   | 0912345678
			84912345678                       | 0912345678
			024 3823 4567                     | 02438234567
			Số của bác là 0912.345.678 nhé    | 0912345678
			tổ 5, năm 2025, gọi 0987654321 ạ  | 0987654321
			""")
	void findsThePhoneNumberTheRedactorWouldMask(String text, String number) {
		assertThat(PhoneNumbers.find(text)).contains(number);
		assertThat(new Redactor().redact(text)).contains(Redactor.PHONE_MASK);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tổ 5 năm 2025", "CCCD 079203001234", "mã OTP 123456", "chuyển 10.000.000 đồng", "" })
	void findsNoPhoneNumberInOtherNumbers(String text) {
		assertThat(PhoneNumbers.find(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "0912 345 678", " +84912345678 ", "0912-345-678" })
	void parsesAWholeInputThatIsOnePhoneNumber(String input) {
		assertThat(PhoneNumbers.parse(input)).contains("0912345678");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "12345", "091234567", "09123456789", "gọi 0912345678", "0912345678 hoặc 0987654321", "abc",
			"" })
	void refusesAnInputThatIsNotOnePhoneNumber(String input) {
		assertThat(PhoneNumbers.parse(input)).isEmpty();
	}

}
