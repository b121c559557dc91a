package vn.hocvuso.helpdesk.channel.messenger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import vn.hocvuso.helpdesk.delivery.DeliveryResult;

/**
 * What a Send API answer means: an accepted message's id, or what a failure means. Rate
 * limits (codes 4, 17, 32, 613), temporary failures and server errors are retried, after
 * the wait Meta asks for when it says; a resident outside the 24-hour window,
 * unavailable, or not reachable by the Page cannot get the reply, and neither can anyone
 * Meta refuses for another reason. Reasons name the Graph API code but never the request
 * address, which carries the Page token.
 */
class MessengerErrors {

	private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613);

	/** Meta's "temporary send message failure" and "service temporarily unavailable". */
	private static final Set<Integer> TEMPORARY = Set.of(1200, 2);

	private static final Set<Integer> CANNOT_MESSAGE = Set.of(2018108, 2018028);

	private final JsonMapper json;

	MessengerErrors(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The Send API accepted the message: delivered, under the {@code message_id} of its
	 * answer when the answer has one.
	 */
	DeliveryResult accepted(byte[] answer) {
		return DeliveryResult.delivered(read(answer).path("message_id").asString(""));
	}

	/**
	 * Meta refused the Page access token (code 190: expired, revoked or changed): the
	 * channel waits for staff to give a new one.
	 */
	boolean pageTokenRefused(WebClientResponseException refusal) {
		return body(refusal).path("error").path("code").asInt(0) == 190;
	}

	DeliveryResult refused(WebClientResponseException refusal) {
		int status = refusal.getStatusCode().value();
		JsonNode error = body(refusal).path("error");
		int code = error.path("code").asInt(0);
		int subcode = error.path("error_subcode").asInt(0);
		String which = "HTTP " + status + ", mã " + code + ((subcode != 0) ? "/" + subcode : "");
		if (RATE_LIMITS.contains(code) || status == 429) {
			return DeliveryResult.retryLater("Messenger giới hạn tần suất gửi (" + which + ")",
					retryAfter(refusal.getHeaders()));
		}
		if (status >= 500 || status == 408 || TEMPORARY.contains(code)) {
			return DeliveryResult.retryLater("Messenger tạm thời lỗi (" + which + ")",
					retryAfter(refusal.getHeaders()));
		}
		if (code == 10 && subcode == 2018278) {
			return DeliveryResult.undeliverable("Đã quá 24 giờ kể từ tin nhắn cuối của người dân nên Messenger không "
					+ "cho gửi trả lời; cần liên hệ người dân cách khác (" + which + ").");
		}
		if (code == 551) {
			return DeliveryResult
				.undeliverable("Người dân hiện không nhận được tin nhắn trên Messenger (" + which + ").");
		}
		if (code == 200 && CANNOT_MESSAGE.contains(subcode)) {
			return DeliveryResult
				.undeliverable("Messenger không cho Trang nhắn tin cho người dân này (" + which + ").");
		}
		return DeliveryResult.undeliverable(
				"Messenger từ chối tin nhắn (" + which + "): " + error.path("message").asString("không rõ lý do"));
	}

	/**
	 * A call that got no answer (timeout, connection reset, refused connection): retried.
	 * Only the kind of failure is kept, because the message can contain the address.
	 */
	static DeliveryResult failed(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return DeliveryResult.retryLater("Không gọi được Messenger (" + root.getClass().getSimpleName() + ")",
				Optional.empty());
	}

	/**
	 * The wait Meta asks for: a {@code Retry-After} in seconds, else the longest
	 * {@code estimated_time_to_regain_access} (minutes) of the business use-case usage
	 * header.
	 */
	Optional<Duration> retryAfter(HttpHeaders headers) {
		String seconds = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (seconds != null && seconds.strip().matches("\\d{1,6}")) {
			return Optional.of(Duration.ofSeconds(Long.parseLong(seconds.strip())));
		}
		String usage = headers.getFirst("X-Business-Use-Case-Usage");
		if (usage == null) {
			return Optional.empty();
		}
		long minutes = 0;
		for (JsonNode business : read(usage.getBytes(StandardCharsets.UTF_8))) {
			for (JsonNode limit : business) {
				minutes = Math.max(minutes, limit.path("estimated_time_to_regain_access").asLong(0));
			}
		}
		return (minutes > 0) ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
	}

	private JsonNode body(WebClientResponseException refusal) {
		return read(refusal.getResponseBodyAsByteArray());
	}

	private JsonNode read(byte[] bytes) {
		try {
			JsonNode node = this.json.readTree(bytes);
			return (node != null) ? node : MissingNode.getInstance();
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

}
