package vn.hocvuso.helpdesk.text;

import java.util.Optional;

/**
 * Vietnamese phone numbers, recognised exactly as the {@link Redactor} recognises them
 * before it masks them: a mobile number of 10 digits starting with 0 (or 84 and 9
 * digits), or a landline of 11 digits starting with 02. Numbers are given back as digits
 * only, {@code 84} written as {@code 0}, so "+84 912 345 678" and "0912.345.678" are the
 * same number.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/** The first phone number written in a message, if any. */
	public static Optional<String> find(String text) {
		return DigitRuns.in(text)
			.stream()
			.map((run) -> run.in(text))
			.filter(PhoneNumbers::isPhone)
			.findFirst()
			.map(PhoneNumbers::digits);
	}

	/** The input as a phone number when it is one and nothing else. */
	public static Optional<String> parse(String input) {
		String number = input.strip();
		return (DigitRuns.isOneRun(number) && isPhone(number)) ? Optional.of(digits(number)) : Optional.empty();
	}

	private static boolean isPhone(String run) {
		return Redactor.PHONE_MASK.equals(Redactor.mask(run));
	}

	private static String digits(String run) {
		String digits = run.replaceAll("\\D", "");
		return (digits.length() == 11 && digits.startsWith("84")) ? "0" + digits.substring(2) : digits;
	}

}
