package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ToneMarksTests {

	@ParameterizedTest(name = "{0} and {1} become {2}")
	@CsvSource(textBlock = """
			hòa,   hoà,   hoà
			hóa,   hoá,   hoá
			họa,   hoạ,   hoạ
			hỏa,   hoả,   hoả
			xóa,   xoá,   xoá
			thúy,  thuý,  thuý
			thủy,  thuỷ,  thuỷ
			khỏe,  khoẻ,  khoẻ
			lòe,   loè,   loè
			xòe,   xoè,   xoè
			ủy,    uỷ,    uỷ
			tùy,   tuỳ,   tuỳ
			hủy,   huỷ,   huỷ
			lũy,   luỹ,   luỹ
			""")
	void oldAndNewToneMarkPlacementBecomeOneCanonicalForm(String oldPlacement, String newPlacement, String canonical) {
		assertThat(ToneMarks.canonical(oldPlacement)).isEqualTo(canonical);
		assertThat(ToneMarks.canonical(newPlacement)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "của", "cửa", "mùa", "múa", "mía", "người", "rượu", "tuổi", "muốn", "quý", "quà", "quốc",
			"giữ", "gì", "gìn", "già", "giường", "ngoài", "xoáy", "hoàn", "huỳnh", "tuyết", "khuấy", "thuở", "khuỷu",
			"ngoẹo", "việc", "cứu", "đăng", "ký" })
	void toneMarkAlreadyInTheRightPlaceStaysThere(String syllable) {
		assertThat(ToneMarks.canonical(syllable)).isEqualTo(syllable);
	}

	@ParameterizedTest(name = "{0} becomes {1}")
	@CsvSource(textBlock = """
			cuả,    của
			ngừơi,  người
			múôn,   muốn
			qúy,    quý
			qùa,    quà
			gìa,    già
			ngòai,  ngoài
			hòan,   hoàn
			""")
	void toneMarkTypedOnTheWrongVowelMovesToTheRightOne(String typed, String canonical) {
		assertThat(ToneMarks.canonical(typed)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "khoe", "thuy", "hoa", "uy", "được", "vneid", "zalo" })
	void syllableWithoutToneMarkIsUnchanged(String syllable) {
		assertThat(ToneMarks.canonical(syllable)).isEqualTo(syllable);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void decomposedInputGivesTheComposedCanonicalForm(String description, String decomposed, String canonical) {
		String result = ToneMarks.canonical(decomposed);
		assertThat(result).isEqualTo(canonical);
		assertThat(Normalizer.isNormalized(result, Normalizer.Form.NFC)).isTrue();
	}

	static Stream<Arguments> decomposedInputGivesTheComposedCanonicalForm() {
		return Stream.of(Arguments.of("NFD hòa", nfd("hòa"), "hoà"), Arguments.of("NFD thúy", nfd("thúy"), "thuý"),
				Arguments.of("NFD người", nfd("người"), "người"), Arguments.of("NFD của", nfd("của"), "của"),
				Arguments.of("tone typed before the circumflex", "e\u0301\u0302", "ế"),
				Arguments.of("tone typed before the horn", "ngu\u0300\u031bo\u031bi", "người"));
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

}
