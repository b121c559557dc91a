package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import vn.hocvuso.helpdesk.delivery.DeliveryResult;
import vn.hocvuso.helpdesk.delivery.MessageParts;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplySender;
import vn.hocvuso.helpdesk.delivery.SentParts;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Sends replies as Zalo customer-service messages. Zalo reports most errors in the body
 * of an HTTP 200, so the {@code error} field is always checked: an invalid or expired
 * token is refreshed once and the message retried once; a rate limit is retried later; a
 * user outside the reply window, not following or banned cannot be reached, and a person
 * must phone them instead. Texts over 2,000 characters are sent in parts; choices are
 * listed as text.
 */
class ZaloReplySender implements ReplySender {

	static final int MAX_TEXT = 2000;

	/** Zalo lets the OA reply for 7 days after the resident's last interaction. */
	static final Duration REPLY_WINDOW = Duration.ofDays(7);

	private static final Set<Integer> TOKEN_REJECTED = Set.of(-216, -220);

	private static final Set<Integer> UNREACHABLE = Set.of(-213, -227, -230, -232, -201, -204, -205);

	private final WebClient api;

	private final ZaloTokens tokens;

	ZaloReplySender(WebClient api, ZaloTokens tokens) {
		this.api = api;
		this.tokens = tokens;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.ZALO;
	}

	@Override
	public Duration replyWindow() {
		return REPLY_WINDOW;
	}

	@Override
	public Mono<DeliveryResult> send(Reply reply, SentParts sent) {
		return DeliveryResult.inOrder(parts(withChoices(reply)), sent, (part) -> sendPart(reply.channelUserId(), part));
	}

	private Mono<DeliveryResult> sendPart(String userId, String text) {
		return this.tokens.current().flatMap((used) -> post(userId, text, used.accessToken()).flatMap((answer) -> {
			if (!TOKEN_REJECTED.contains(error(answer))) {
				return Mono.just(result(answer));
			}
			return this.tokens.refreshAfterRejected(used.accessToken())
				.flatMap((fresh) -> post(userId, text, fresh.accessToken()))
				.map(ZaloReplySender::result);
		}));
	}

	/** Zalo's answer to one message. */
	private Mono<JsonNode> post(String userId, String text, String accessToken) {
		Map<String, Object> body = Map.of("recipient", Map.of("user_id", userId), "message", Map.of("text", text));
		return this.api.post()
			.uri("/v3.0/oa/message/cs")
			.header("access_token", accessToken)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.bodyToMono(JsonNode.class);
	}

	/** Zalo's error code: 0 when the message was accepted. */
	private static int error(JsonNode answer) {
		return answer.path("error").asInt(-1);
	}

	static DeliveryResult result(JsonNode answer) {
		int error = error(answer);
		if (error == 0) {
			return DeliveryResult.delivered(answer.path("data").path("message_id").asString(""));
		}
		if (UNREACHABLE.contains(error)) {
			return DeliveryResult.undeliverable("zalo error " + error);
		}
		return DeliveryResult.retryLater("zalo error " + error, Optional.empty());
	}

	/**
	 * Zalo shows no buttons in a plain message, so the choices become lines the resident
	 * can copy.
	 */
	static String withChoices(Reply reply) {
		if (reply.quickReplies().isEmpty()) {
			return reply.text();
		}
		StringBuilder text = new StringBuilder(reply.text()).append("\n\nBác có thể nhắn một trong các mục:");
		for (Reply.QuickReply choice : reply.quickReplies()) {
			text.append("\n• ").append(choice.label());
		}
		return text.toString();
	}

	static List<String> parts(String text) {
		return MessageParts.split(text, MAX_TEXT);
	}

}
