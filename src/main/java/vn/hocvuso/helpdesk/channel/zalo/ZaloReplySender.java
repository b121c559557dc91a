package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import vn.hocvuso.helpdesk.delivery.ChannelConnection;
import vn.hocvuso.helpdesk.delivery.DeliveryResult;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplySender;
import vn.hocvuso.helpdesk.delivery.SentParts;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Sends replies as Zalo customer-service messages. Each answer of Zalo's is read with
 * {@link ZaloErrors}: a refused access token is refreshed once and the message retried
 * once; a resident Zalo will not let us reach goes to a person who phones; a refusal of
 * the OA itself also shows staff a banner; while staff must reconnect the OA, replies
 * wait. What is sent is shaped by {@link ZaloMessages}.
 */
class ZaloReplySender implements ReplySender {

	/** Zalo lets the OA reply for 7 days after the resident's last interaction. */
	static final Duration REPLY_WINDOW = Duration.ofDays(7);

	/** Replies within 48 hours of the resident's last message are free. */
	static final Duration FREE_REPLY_WINDOW = Duration.ofHours(48);

	/** How long replies wait before looking again whether staff reconnected the OA. */
	static final Duration RECONNECT_CHECK = Duration.ofMinutes(1);

	static final String STAFF_PAGE = "/staff/zalo.html";

	private final WebClient api;

	private final ZaloTokens tokens;

	private final ZaloProperties properties;

	private final JsonMapper json;

	/**
	 * Whether an OA refusal may be noted in the store; cleared by the next message sent.
	 */
	private final AtomicBoolean oaProblemNoted = new AtomicBoolean(true);

	ZaloReplySender(WebClient api, ZaloTokens tokens, ZaloProperties properties, JsonMapper json) {
		this.api = api;
		this.tokens = tokens;
		this.properties = properties;
		this.json = json;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.ZALO;
	}

	/**
	 * 48 hours from the resident's last message, when replies are free; up to Zalo's 7
	 * days only when staff allowed paid replies.
	 */
	@Override
	public Duration replyWindow() {
		return this.tokens.paidReplies() ? REPLY_WINDOW : FREE_REPLY_WINDOW;
	}

	@Override
	public Mono<DeliveryResult> send(Reply reply, SentParts sent) {
		return DeliveryResult.inOrder(ZaloMessages.of(reply), sent, (message) -> sendPart(reply, message))
			.onErrorResume(ZaloTokens.NeedsReconnect.class, (error) -> Mono
				.just(DeliveryResult.retryLater("Zalo OA cần kết nối lại", Optional.of(RECONNECT_CHECK))));
	}

	@Override
	public boolean windowFollowsResident() {
		return true;
	}

	@Override
	public Mono<ChannelConnection> connection() {
		if (!this.properties.enabled()) {
			return Mono.just(ChannelConnection.fine());
		}
		return this.tokens.connection().map((stored) -> {
			if (stored.tokens().accessToken().isEmpty()) {
				return ChannelConnection.needsStaff("Zalo OA chưa được kết nối: bấm “Kết nối Zalo OA”.", STAFF_PAGE);
			}
			if (!stored.connected()) {
				return ChannelConnection.needsStaff("Zalo OA cần kết nối lại: Zalo không nhận token nữa. "
						+ "Tin trả lời đang chờ, sẽ gửi khi kết nối lại.", STAFF_PAGE);
			}
			if (!stored.oaProblem().isEmpty()) {
				return ChannelConnection.needsStaff("Zalo không cho OA gửi tin: " + stored.oaProblem()
						+ ". Kiểm tra gói dịch vụ của OA trên oa.zalo.me.", STAFF_PAGE);
			}
			return ChannelConnection.fine();
		});
	}

	private Mono<DeliveryResult> sendPart(Reply reply, ZaloMessages.Message message) {
		Map<String, Object> body = ZaloMessages.body(reply, message);
		return this.tokens.current().flatMap((used) -> post(body, used.accessToken()).flatMap((answer) -> {
			if (!ZaloErrors.tokenRefused(answer)) {
				return outcome(answer);
			}
			return this.tokens.refreshReplacing(used.accessToken())
				.flatMap((fresh) -> post(body, fresh.accessToken()))
				.flatMap(this::outcome);
		}));
	}

	/** Zalo's answer to one message; an empty or broken body is a missing node. */
	private Mono<JsonNode> post(Map<String, Object> body, String accessToken) {
		return this.api.post()
			.uri("/v3.0/oa/message/cs")
			.header("access_token", accessToken)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.bodyToMono(String.class)
			.defaultIfEmpty("")
			.map(this::parse);
	}

	private JsonNode parse(String body) {
		try {
			return body.isBlank() ? MissingNode.getInstance() : this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	/** The result of one message; a refusal of the OA itself is noted for the banner. */
	private Mono<DeliveryResult> outcome(JsonNode answer) {
		DeliveryResult result = ZaloErrors.result(answer);
		var refusal = ZaloErrors.code(answer).flatMap(ZaloErrors::refusal);
		if (refusal.isPresent() && refusal.get().kind() == ZaloErrors.Kind.OA_BLOCKED) {
			this.oaProblemNoted.set(true);
			return this.tokens.oaProblem(refusal.get().meaning()).thenReturn(result);
		}
		if (result instanceof DeliveryResult.Delivered && this.oaProblemNoted.compareAndSet(true, false)) {
			return this.tokens.oaProblem("").thenReturn(result);
		}
		return Mono.just(result);
	}

}
