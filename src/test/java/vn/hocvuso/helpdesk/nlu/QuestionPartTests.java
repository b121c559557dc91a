package vn.hocvuso.helpdesk.nlu;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A long message is understood on its question; a short one is read whole. */
class QuestionPartTests {

	private static final String STORY = "Hôm qua bác đi chợ, gặp mấy người hàng xóm nói chuyện về điện thoại. "
		.repeat(8);

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			Cài VNeID ở đâu vậy cháu?                        | Cài VNeID ở đâu vậy cháu?
			Bác muốn biết cách cài VNeID. Cảm ơn cháu nhé.    | Bác muốn biết cách cài VNeID.
			Cháu ơi\\nBác quên mật khẩu thì làm thế nào\\nCảm ơn | Bác quên mật khẩu thì làm thế nào
			""")
	void aLongMessageIsReadOnItsMostQuestionLikeSentence(String question, String expected) {
		String message = STORY + question.replace("\\n", "\n");
		assertThat(QuestionPart.of(message)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Cài VNeID ở đâu? Còn đăng nhập thì sao?
			quên mật khẩu vneid
			""")
	void aShortMessageIsReadWhole(String message) {
		assertThat(QuestionPart.of(message)).isEqualTo(message);
	}

	@Property(tries = 50)
	void thePartIsAlwaysAPieceOfTheMessage(@ForAll("longMessages") String message) {
		String part = QuestionPart.of(message);
		assertThat(message).contains(part);
		assertThat(part).isNotBlank();
	}

	@Provide
	Arbitrary<String> longMessages() {
		return Arbitraries.of("cài vneid", " ở đâu", "?", ".", "!", "\n", ";", " làm sao", " bác", "  ", "？", "k")
			.list()
			.ofMinSize(100)
			.ofMaxSize(20_000)
			.map((pieces) -> "x" + String.join("", pieces));
	}

}
