package vn.hocvuso.helpdesk.text;

import java.util.List;
import java.util.Optional;

/**
 * Vietnamese phone numbers, recognised exactly as the {@link Redactor} recognises them
 * before it masks them: a mobile number of 10 digits starting with 0 (or a +84, 84 or
 * 0084 country code and 9 digits), or a landline of 11 digits starting with 02, written
 * in any of the ways the redactor reads. Numbers are given back as digits only, the
 * country code written as {@code 0}, so "+84 912 345 678" and "0912.345.678" are the same
 * number.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/** The first phone number written in a message, if any. */
	public static Optional<String> find(String text) {
		return NumberReader.in(text)
			.stream()
			.filter((number) -> NumberRules.kind(number, text) == NumberRules.Kind.PHONE)
			.findFirst()
			.map(PhoneNumbers::digits);
	}

	/** The input as a phone number when it is one and nothing else. */
	public static Optional<String> parse(String input) {
		String text = input.strip();
		List<WrittenNumber> numbers = NumberReader.in(text);
		if (numbers.size() != 1) {
			return Optional.empty();
		}
		WrittenNumber number = numbers.get(0);
		boolean whole = number.start() == 0 && number.end() == text.length();
		return (whole && NumberRules.kind(number, text) == NumberRules.Kind.PHONE) ? Optional.of(digits(number))
				: Optional.empty();
	}

	private static String digits(WrittenNumber number) {
		return NumberRules.national(number.plus(), number.digits());
	}

}
