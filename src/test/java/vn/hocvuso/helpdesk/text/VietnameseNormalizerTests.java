package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.helpdesk.text.VietnameseNormalizer.ACCOUNT;
import static vn.hocvuso.helpdesk.text.VietnameseNormalizer.CODE;
import static vn.hocvuso.helpdesk.text.VietnameseNormalizer.ID_NUMBER;
import static vn.hocvuso.helpdesk.text.VietnameseNormalizer.MONEY;
import static vn.hocvuso.helpdesk.text.VietnameseNormalizer.NUMBER;
import static vn.hocvuso.helpdesk.text.VietnameseNormalizer.PHONE;

class VietnameseNormalizerTests {

	private final VietnameseNormalizer normalizer = new VietnameseNormalizer();

	@ParameterizedTest
	@ValueSource(strings = { "Tôi muốn đăng ký tài khoản định danh điện tử", "Quên mật khẩu VNeID thì làm thế nào?",
			"Ủy ban nhân dân phường Hoà Bình", "Sức khỏe của người già", "Giữ gìn bí mật mã OTP",
			"Thủ tục cấp lại căn cước ở đâu ạ" })
	void composedAndDecomposedInputGiveTheSameTokens(String text) {
		NormalizedText composed = normalize(Normalizer.normalize(text, Normalizer.Form.NFC));
		NormalizedText decomposed = normalize(Normalizer.normalize(text, Normalizer.Form.NFD));
		assertThat(decomposed).isEqualTo(composed);
		assertThat(composed.tokens()).isNotEmpty()
			.allSatisfy((token) -> assertThat(Normalizer.isNormalized(token, Normalizer.Form.NFC)).isTrue());
	}

	@ParameterizedTest(name = "{0} and {1} become {2}")
	@CsvSource(textBlock = """
			hòa,         hoà,         hoà
			Hòa giải,    Hoà giải,    hoà giải
			thúy,        thuý,        thuý
			khỏe,        khoẻ,        khoẻ
			sức khỏe,    sức khoẻ,    sức khoẻ
			ủy,          uỷ,          uỷ
			ủy quyền,    uỷ quyền,    uỷ quyền
			Ủy ban,      Uỷ ban,      uỷ ban
			xóa,         xoá,         xoá
			tùy,         tuỳ,         tuỳ
			""")
	void oldAndNewToneMarkPlacementBecomeOneToken(String oldPlacement, String newPlacement, String expected) {
		assertThat(normalize(oldPlacement).text()).isEqualTo(expected);
		assertThat(normalize(newPlacement).text()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "của", "người", "quý", "giữ", "gì", "ngoài", "cửa", "muốn", "quốc", "giường", "thuở" })
	void toneMarkAlreadyInTheRightPlaceIsKept(String syllable) {
		assertThat(normalize(syllable).tokens()).containsExactly(syllable);
	}

	@ParameterizedTest(name = "{0} becomes {1}")
	@CsvSource(textBlock = """
			VNEID,                 vneid
			ĐĂNG NHẬP,             đăng nhập
			Quên Mật Khẩu,         quên mật khẩu
			ỦY BAN NHÂN DÂN,       uỷ ban nhân dân
			""")
	void upperCaseBecomesLowerCase(String text, String expected) {
		assertThat(normalize(text).text()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} becomes {1} / {2}")
	@CsvSource(textBlock = """
			Đăng ký đi,      đăng ký đi,     dang ky di
			địa chỉ,         địa chỉ,        dia chi
			ĐƯỢC,            được,           duoc
			Điện thoại,      điện thoại,     dien thoai
			""")
	void dWithStrokeBecomesDOnlyInStrippedTokens(String text, String tokens, String strippedTokens) {
		NormalizedText normalized = normalize(text);
		assertThat(normalized.text()).isEqualTo(tokens);
		assertThat(normalized.strippedText()).isEqualTo(strippedTokens);
	}

	@ParameterizedTest(name = "{0} becomes {1}")
	@CsvSource(textBlock = """
			ko,                  không
			KO,                  không
			k,                   không
			em ko biết,          em không biết
			k đăng nhập được,    không đăng nhập được
			dc,                  được
			đc,                  được
			dc ko,               được không
			làm j,               làm gì
			sao z,               sao vậy
			quên mk,             quên mật khẩu
			số dt,               số điện thoại
			sđt,                 số điện thoại
			cccd,                căn cước
			làm CCCD gắn chip,   làm căn cước gắn chip
			kooo,                không
			""")
	void wholeTokenTeencodeIsExpanded(String text, String expected) {
		assertThat(normalize(text).text()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "zalo", "khó", "kết", "jun", "dịch", "mới", "khi" })
	void wordThatMerelyStartsLikeTeencodeIsKept(String word) {
		assertThat(normalize(word).tokens()).containsExactly(word);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void moneyWithKIsTheMoneyPlaceholderAndNotExpandedToKhong(String text, List<String> expected) {
		NormalizedText normalized = normalize(text);
		assertThat(normalized.tokens()).containsExactlyElementsOf(expected);
		assertThat(normalized.tokens()).doesNotContain("không");
		assertThat(normalized.text()).doesNotContain("50không");
	}

	static Stream<Arguments> moneyWithKIsTheMoneyPlaceholderAndNotExpandedToKhong() {
		return Stream.of(Arguments.of("50k", List.of(MONEY)), Arguments.of("nạp 50k", List.of("nạp", MONEY)),
				Arguments.of("phí 50K ạ", List.of("phí", MONEY, "ạ")), Arguments.of("50k.", List.of(MONEY)));
	}

	@ParameterizedTest(name = "{0} becomes {1}")
	@CsvSource(textBlock = """
			đượcccc,             được
			ĐƯỢCCCC,             được
			alooooo,             alo
			ko đượccccc,         không được
			cảm ơnnnnn,          cảm ơn
			""")
	void stretchedLettersAreShortened(String text, String expected) {
		assertThat(normalize(text).text()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void emojiAndPunctuationAreDropped(String text, List<String> expected) {
		assertThat(normalize(text).tokens()).containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> emojiAndPunctuationAreDropped() {
		return Stream.of(Arguments.of("Cho mình hỏi!!! 😭😭", List.of("cho", "mình", "hỏi")),
				Arguments.of("vneid???", List.of("vneid")), Arguments.of("...alo...", List.of("alo")),
				Arguments.of("(đăng ký) - \"định danh\"", List.of("đăng", "ký", "định", "danh")),
				Arguments.of("ok 👍🏻", List.of("ok")), Arguments.of("cảm ơn ❤️", List.of("cảm", "ơn")),
				Arguments.of("❤️cảm ơn", List.of("cảm", "ơn")), Arguments.of("🇻🇳 Việt Nam", List.of("việt", "nam")),
				Arguments.of("xin chào 👨‍👩‍👧", List.of("xin", "chào")));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "+84912345678",
			"+84 912 345 678", "84912345678", "024 3823 4567" })
	void phoneNumberBecomesThePhonePlaceholder(String phone) {
		assertThat(normalize(phone).tokens()).containsExactly(PHONE);
		assertThat(normalize("sđt của tôi là " + phone + " nhé").tokens()).containsExactly("số", "điện", "thoại", "của",
				"tôi", "là", PHONE, "nhé");
	}

	@Test
	void twoPhoneNumbersSideBySideAreTwoPhonePlaceholders() {
		assertThat(normalize("0912345678 0987 654 321").tokens()).containsExactly(PHONE, PHONE);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "001203012345", "0012 0301 2345", "079203001234", "123456789", "123 456 789" })
	void twelveAndNineDigitIdNumbersBecomeTheIdPlaceholder(String id) {
		assertThat(normalize(id).tokens()).containsExactly(ID_NUMBER);
		assertThat(normalize("CCCD " + id).tokens()).containsExactly("căn", "cước", ID_NUMBER);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "mã 123456", "mã OTP: 123456", "mã 123 456", "Mã: 000123." })
	void sixDigitCodeBecomesTheCodePlaceholder(String text) {
		List<String> tokens = normalize(text).tokens();
		assertThat(tokens).first().isEqualTo("mã");
		assertThat(tokens).last().isEqualTo(CODE);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void smallNumbersAndYearsBecomeTheNumberPlaceholderAndNotACode(String text, List<String> expected) {
		List<String> tokens = normalize(text).tokens();
		assertThat(tokens).containsExactlyElementsOf(expected);
		assertThat(tokens).doesNotContain(CODE);
	}

	static Stream<Arguments> smallNumbersAndYearsBecomeTheNumberPlaceholderAndNotACode() {
		return Stream.of(Arguments.of("tổ 5", List.of("tổ", NUMBER)),
				Arguments.of("Tổ 12 khu phố 3", List.of("tổ", NUMBER, "khu", "phố", NUMBER)),
				Arguments.of("năm 2025", List.of("năm", NUMBER)),
				Arguments.of("sinh năm 1990", List.of("sinh", "năm", NUMBER)),
				Arguments.of("ngày 21/03/2025", List.of("ngày", NUMBER, NUMBER, NUMBER)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void amountOfMoneyBecomesTheMoneyPlaceholder(String text, List<String> expected) {
		assertThat(normalize(text).tokens()).containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> amountOfMoneyBecomesTheMoneyPlaceholder() {
		return Stream.of(Arguments.of("10.000.000 đồng", List.of(MONEY, "đồng")),
				Arguments.of("10.000.000", List.of(MONEY)), Arguments.of("phí 500.000đ", List.of("phí", MONEY)),
				Arguments.of("2tr", List.of(MONEY)), Arguments.of("10,000,000 đồng", List.of(MONEY, "đồng")),
				Arguments.of("1,5tr", List.of(MONEY)), Arguments.of("200.000 vnđ", List.of(MONEY, "vnđ")));
	}

	@Test
	void longDigitRunBecomesTheAccountPlaceholder() {
		assertThat(normalize("stk 1903 5678 9012 3456").tokens()).containsExactly("số", "tài", "khoản", ACCOUNT);
	}

	@Test
	void wholeMessageIsNormalized() {
		assertThat(normalize("Em ko đăng nhập đc VNeID, sđt 0912 345 678, mã OTP 123456 ạ 😭").tokens())
			.containsExactly("em", "không", "đăng", "nhập", "được", "vneid", "số", "điện", "thoại", PHONE, "mã", "otp",
					CODE, "ạ");
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", " ", "   ", "\t\n ", "😀😀", "❤️", "❤️❤️", "👍🏻🙏", "🇻🇳", "#️⃣", "!!!", "...???",
			"____", "_ _" })
	void textWithNothingToReadGivesAnEmptyNormalizedText(String text) {
		NormalizedText normalized = normalize(text);
		assertThat(normalized.isEmpty()).isTrue();
		assertThat(normalized.tokens()).isEmpty();
		assertThat(normalized.strippedTokens()).isEmpty();
		assertThat(normalized.text()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Em ko đăng nhập đc", "sđt 0912345678, stk 1903 5678 9012 3456", "quên mk zl",
			"cảm ơn ❤️ nhiều", "1️⃣ đăng ký", "Ủy ban nhân dân phường Hoà Bình", "đượcccc alooooo 50k 😭",
			"Tôi muốn đăng ký tài khoản định danh điện tử mức 2" })
	void tokensAndStrippedTokensAlwaysMatchOneForOne(String text) {
		NormalizedText normalized = normalize(text);
		assertThat(normalized.strippedTokens()).hasSameSizeAs(normalized.tokens());
		for (int i = 0; i < normalized.tokens().size(); i++) {
			String token = normalized.tokens().get(i);
			assertThat(token).isNotBlank().doesNotContainPattern("\\d");
			assertThat(normalized.strippedTokens().get(i)).isEqualTo(Diacritics.strip(token)).matches("[a-z_]+");
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			gọi không chín một hai ba bốn năm sáu bảy tám nhé    | gọi _phone_ nhé
			Khong Chin Mot Hai Ba Bon Nam Sau Bay Tam            | _phone_
			mã otp một hai ba bốn năm sáu                         | mã otp _code_
			""")
	void numberSpelledOutInSixDigitWordsOrMoreBecomesOnePlaceholder(String text, String expected) {
		NormalizedText normalized = normalize(text);
		assertThat(normalized.text()).isEqualTo(expected);
		assertThat(normalized.strippedTokens()).hasSameSizeAs(normalized.tokens());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "hai ba năm nay", "ba mẹ em năm nay bảy mươi tuổi", "một hai ba bốn năm" })
	void fewerThanSixDigitWordsStayWords(String text) {
		assertThat(normalize(text).text()).isEqualTo(text);
	}

	private NormalizedText normalize(String text) {
		return this.normalizer.normalize(text);
	}

}
