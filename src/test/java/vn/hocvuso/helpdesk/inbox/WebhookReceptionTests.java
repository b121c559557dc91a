package vn.hocvuso.helpdesk.inbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The checks of the shared webhook path, without Spring: a test channel that checks a
 * header and then, if asked, reads its events from the body.
 */
class WebhookReceptionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TestChannel telegram = new TestChannel(ChannelType.TELEGRAM, true);

	private final WebhookReception reception = new WebhookReception(
			List.of(this.telegram, new TestChannel(ChannelType.ZALO, false)), JSON);

	@ParameterizedTest
	@ValueSource(strings = { "viber", "webchat" })
	void refusesAWebhookForAnUnknownChannel(String channel) {
		ResponseStatusException refusal = refusal(channel, bytes("{\"id\":\"1\"}"), secret("s3cret"));

		assertThat(refusal.getStatusCode().value()).isEqualTo(404);
		assertThat(refusal.getReason()).isEqualTo("Không có kênh nhận webhook ở địa chỉ này.");
		assertThat(refusal).isNotInstanceOf(WebhookRejection.class);
	}

	@Test
	void refusesASwitchedOffChannelWith404NamingItBeforeAnyCheck() {
		ResponseStatusException refusal = refusal("zalo", null, new HttpHeaders());

		assertThat(refusal.getStatusCode().value()).isEqualTo(404);
		assertThat(refusal.getReason()).isEqualTo("Kênh Zalo chưa được bật.");
		assertThat(refusal).isNotInstanceOf(WebhookRejection.class);
	}

	@Test
	void aChannelChecksItsProofBeforeTheBodyIsLookedAt() {
		WebhookRejection refusal = rejection(null, new HttpHeaders());

		assertThat(refusal.getStatusCode().value()).isEqualTo(403);
		assertThat(refusal.reasonTag()).isEqualTo("missing_secret");
		assertThat(refusal.channel()).isEqualTo(ChannelType.TELEGRAM);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "''|empty_body|Nội dung webhook đang trống.",
					"'{\"id\": '|malformed_json|Nội dung webhook không phải JSON hợp lệ.",
					"'[1, 2]'|not_an_object|Webhook phải là một đối tượng JSON.",
					"null|not_an_object|Webhook phải là một đối tượng JSON." })
	void refusesABodyThatIsNotAJsonObjectWith400AndItsReason(String body, String reason, String message) {
		WebhookRejection refusal = rejection(bytes(body), secret("s3cret"));

		assertThat(refusal.getStatusCode().value()).isEqualTo(400);
		assertThat(refusal.reasonTag()).isEqualTo(reason);
		assertThat(refusal.getReason()).isEqualTo(message);
		assertThat(refusal.channel()).isEqualTo(ChannelType.TELEGRAM);
	}

	@Test
	void givesTheEventsOfAVerifiedRequestWithItsChannel() {
		WebhookReception.Received received = this.reception.receive("telegram", bytes("{\"id\":\"42\"}"),
				secret("s3cret"));

		assertThat(received.channel()).isEqualTo(ChannelType.TELEGRAM);
		assertThat(received.events().events()).containsExactly(new WebhookEvents.Event("42", "{\"id\":\"42\"}"));
	}

	@Test
	void readsTheBodyAsJsonOnceForTheCheckAndTheEvents() {
		this.reception.receive("telegram", bytes("{\"id\":\"42\",\"sign\":true}"), secret("s3cret"));

		assertThat(this.telegram.seen()).hasSize(2);
		assertThat(this.telegram.seen().get(0)).isSameAs(this.telegram.seen().get(1));
	}

	@Test
	void refusesAnEventWithoutTheProvidersId() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> WebhookEvents.one(" ", "{}"));
	}

	private ResponseStatusException refusal(String channel, byte @Nullable [] body, HttpHeaders headers) {
		return catchThrowableOfType(ResponseStatusException.class,
				() -> this.reception.receive(channel, body, headers));
	}

	/** What the enabled test channel refuses. */
	private WebhookRejection rejection(byte @Nullable [] body, HttpHeaders headers) {
		return catchThrowableOfType(WebhookRejection.class, () -> this.reception.receive("telegram", body, headers));
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

	private static HttpHeaders secret(String secret) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Secret", secret);
		return headers;
	}

	/**
	 * A channel whose provider sends a secret header and one event per body; when the
	 * body asks for a signature ({@code "sign": true}), the check reads the JSON too.
	 *
	 * @param seen the JSON each step read
	 */
	private record TestChannel(ChannelType channel, boolean enabled, List<JsonNode> seen) implements ChannelWebhook {

		TestChannel(ChannelType channel, boolean enabled) {
			this(channel, enabled, new ArrayList<>());
		}

		@Override
		public void verify(WebhookRequest request) {
			String secret = request.header("X-Secret");
			if (!"s3cret".equals(secret)) {
				throw WebhookRejection.forbidden(this.channel, (secret == null) ? "missing_secret" : "bad_secret",
						"Sai mã bí mật.");
			}
			if (request.json().path("sign").asBoolean(false)) {
				this.seen.add(request.json());
			}
		}

		@Override
		public WebhookEvents events(WebhookRequest request) {
			JsonNode event = request.json();
			this.seen.add(event);
			return WebhookEvents.one(event.path("id").asString(""), request.text());
		}

	}

}
