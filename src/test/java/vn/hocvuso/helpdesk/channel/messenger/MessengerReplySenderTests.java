package vn.hocvuso.helpdesk.channel.messenger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import vn.hocvuso.helpdesk.delivery.DeliveryResult;
import vn.hocvuso.helpdesk.delivery.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** How replies are shaped for the Send API and what Meta's refusals mean. */
class MessengerReplySenderTests {

	private final MessengerErrors errors = new MessengerErrors(JsonMapper.builder().build());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Gặp người hỗ trợ                 | Gặp người hỗ trợ
			Cài đặt ứng dụng VNeID           | Cài đặt ứng dụng VN…
			Đăng nhập VNeID, quên mật khẩu   | Đăng nhập VNeID, qu…
			Tra cứu tình trạng hồ sơ         | Tra cứu tình trạng…
			12345678901234567890             | 12345678901234567890
			""")
	void aButtonTitleKeepsTwentyCharactersAtMost(String label, String title) {
		assertThat(MessengerReplySender.title(label)).isEqualTo(title);
	}

	@Test
	void anAcceptedMessageKeepsTheSendApisMessageIdAndAnOddAnswerIsStillDelivered() {
		assertThat(this.errors.accepted("{\"recipient_id\":\"1254477777772919\",\"message_id\":\"m_AG5Hz2U\"}"
			.getBytes(StandardCharsets.UTF_8))).isEqualTo(DeliveryResult.delivered("m_AG5Hz2U"));
		assertThat(this.errors.accepted("<html>ok</html>".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(DeliveryResult.delivered());
	}

	@Test
	void aDecomposedVietnameseLabelIsComposedBeforeItIsCounted() {
		String decomposed = Normalizer.normalize("Đổi số điện thoại VNeID", Normalizer.Form.NFD);
		assertThat(MessengerReplySender.title(decomposed)).isEqualTo("Đổi số điện thoại V…");
	}

	@Test
	void theFullLabelTravelsInThePayload() {
		List<Reply.QuickReply> choices = List.of(Reply.QuickReply.of("Đăng nhập VNeID, quên mật khẩu"));
		assertThat(MessengerReplySender.quickReplies(choices)).singleElement()
			.satisfies((button) -> assertThat(button).containsEntry("payload", "Đăng nhập VNeID, quên mật khẩu")
				.containsEntry("content_type", "text"));
	}

	@Test
	void aTextWithoutSpacesIsCutAtTheLimitWithoutSplittingAnEmoji() {
		String text = "a".repeat(1999) + "😀" + "b".repeat(10);
		List<String> parts = MessengerReplySender.parts(text);
		assertThat(parts).containsExactly("a".repeat(1999), "😀" + "b".repeat(10));
	}

	@Test
	void trailingSpacesDoNotBecomeAnEmptyMessage() {
		String text = "chữ ".repeat(499) + "cuối";
		assertThat(MessengerReplySender.parts(text + " ".repeat(50))).containsExactly(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			400 | 10  | 2018278 | undeliverable
			400 | 551 | 1545041 | undeliverable
			403 | 200 | 2018108 | undeliverable
			400 | 200 | 2018028 | undeliverable
			400 | 100 | 0       | undeliverable
			400 | 4   | 0       | retry
			400 | 17  | 0       | retry
			400 | 32  | 0       | retry
			400 | 613 | 0       | retry
			429 | 0   | 0       | retry
			500 | 1   | 0       | retry
			503 | 0   | 0       | retry
			""")
	void metasErrorCodesDecideBetweenRetryAndUndeliverable(int status, int code, int subcode, String outcome) {
		String body = "{\"error\":{\"message\":\"(#" + code + ") refused\",\"type\":\"OAuthException\",\"code\":" + code
				+ ",\"error_subcode\":" + subcode + "}}";
		DeliveryResult result = this.errors.refused(refusal(status, new HttpHeaders(), body));
		assertThat(result).isInstanceOf(
				outcome.equals("retry") ? DeliveryResult.RetryLater.class : DeliveryResult.Undeliverable.class);
	}

	@Test
	void anOtherRefusalKeepsMetasMessage() {
		DeliveryResult result = this.errors.refused(refusal(400, new HttpHeaders(),
				"{\"error\":{\"message\":\"(#100) The parameter recipient is required\",\"code\":100}}"));
		assertThat(((DeliveryResult.Undeliverable) result).reason())
			.contains("(#100) The parameter recipient is required");
	}

	@Test
	void aRateLimitWaitsForTheUsageHeadersEstimate() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Business-Use-Case-Usage", "{\"107349245067381\":[{\"type\":\"messenger\",\"call_count\":100,"
				+ "\"total_cputime\":20,\"total_time\":30,\"estimated_time_to_regain_access\":7}]}");
		DeliveryResult result = this.errors.refused(refusal(400, headers, "{\"error\":{\"code\":613}}"));
		assertThat(((DeliveryResult.RetryLater) result).notBefore()).contains(Duration.ofMinutes(7));
	}

	@Test
	void aFailedCallNeverRepeatsTheAddressWithTheToken() {
		DeliveryResult result = MessengerErrors.failed(new IllegalStateException(
				"POST http://graph/v21.0/me/messages?access_token=secret", new IOException("reset")));
		assertThat(((DeliveryResult.RetryLater) result).reason()).doesNotContain("secret").contains("IOException");
		assertThat(((DeliveryResult.RetryLater) result).notBefore()).isEqualTo(Optional.empty());
	}

	private static WebClientResponseException refusal(int status, HttpHeaders headers, String body) {
		return WebClientResponseException.create(status, "refused", headers, body.getBytes(StandardCharsets.UTF_8),
				StandardCharsets.UTF_8);
	}

}
