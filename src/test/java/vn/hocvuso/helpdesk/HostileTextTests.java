package vn.hocvuso.helpdesk;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.hocvuso.helpdesk.text.PhoneNumbers;
import vn.hocvuso.helpdesk.text.Redactor;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;
import vn.hocvuso.helpdesk.wards.GroupMatcher;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every path a resident's text takes answers, whatever the text: 100,000 characters of
 * digit floods, separators, combining marks, stretched letters, group names and random
 * Unicode. The bound is a hang detector for a loaded two-core machine, not a speed goal
 * (speed is measured in bench/).
 */
class HostileTextTests {

	private static final Duration HANG = Duration.ofSeconds(10);

	/** Pieces people (and attackers) really send, glued together at random. */
	private static final List<String> PIECES = List.of("9", "0912 345 678 ", "0912345678", "+84 ", "1.", "1,", "1-",
			" ", ".", "a", "ạ", "đ", "ẩ", "\u0301", "\u0301\u0301", "\uFE0F", "\u20E3", "❤️", "😀", "\u200D", "\u202E",
			"\uD835", "\uDC9C", "tổ ", "to dan pho so ", "0", "5", "k", "triệu", "cccd", "OTP", "sđt", "？", "０９１２",
			"\n", "\t", "ccccc", "đượcccc", "khong", "có ích", "Có ích ạ");

	private final VietnameseNormalizer normalizer = new VietnameseNormalizer();

	private final Redactor redactor = new Redactor();

	private final List<ResidentialGroup> groups = List.of(new ResidentialGroup("TDP05", "Tổ dân phố số 5"),
			new ResidentialGroup("TDP12", "Tổ dân phố số 12"));

	@Property(tries = 25)
	void theNormaliserAnswersWithTokensThatHoldNoDigit(@ForAll("hostile") String text) {
		List<String> tokens = within((t) -> this.normalizer.normalize(t).tokens(), text);
		assertThat(tokens).noneMatch((token) -> token.chars().anyMatch(Character::isDigit));
	}

	@Property(tries = 25)
	void theRedactorAnswersAndARedactedTextStaysAsItIs(@ForAll("hostile") String text) {
		String redacted = within(this.redactor::redact, text);
		assertThat(within(this.redactor::redact, redacted)).isEqualTo(redacted);
	}

	@Property(tries = 25)
	void thePhoneFinderAndParserAnswerAndAgree(@ForAll("hostile") String text) {
		String found = within((t) -> PhoneNumbers.find(t).orElse(""), text);
		String parsed = within((t) -> PhoneNumbers.parse(t).orElse(""), text);
		if (!parsed.isEmpty()) {
			assertThat(found).isEqualTo(parsed);
		}
	}

	@Property(tries = 25)
	void theGroupMatcherAnswers(@ForAll("hostile") String text) {
		within((t) -> GroupMatcher.match(t, this.groups).map(ResidentialGroup::code).orElse(""), text);
	}

	@Provide
	Arbitrary<String> hostile() {
		Arbitrary<String> glued = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40_000).map((pieces) -> {
			String text = String.join("", pieces);
			return (text.length() > 100_000) ? text.substring(0, 100_000) : text;
		});
		Arbitrary<String> repeated = Arbitraries.of(PIECES).map((piece) -> piece.repeat(100_000 / piece.length()));
		Arbitrary<String> random = Arbitraries.strings().all().ofLength(100_000);
		return Arbitraries.oneOf(glued, repeated, random);
	}

	private static <T> T within(Function<String, T> path, String text) {
		return assertTimeoutPreemptively(HANG, () -> path.apply(text));
	}

}
