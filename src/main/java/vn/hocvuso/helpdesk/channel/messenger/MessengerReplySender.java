package vn.hocvuso.helpdesk.channel.messenger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import vn.hocvuso.helpdesk.delivery.ChannelConnection;
import vn.hocvuso.helpdesk.delivery.DeliveryResult;
import vn.hocvuso.helpdesk.delivery.MessageParts;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplySender;
import vn.hocvuso.helpdesk.delivery.SentParts;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Sends replies with the Messenger Send API as answers to the resident's message
 * ({@code messaging_type RESPONSE}). Choices become quick-reply buttons: at most 13,
 * titles shortened to 20 characters with "…", the full label in the payload so a tap
 * comes back as the whole choice. Texts over 2,000 characters go in parts, the buttons on
 * the last. What Meta's answer means is decided by {@link MessengerErrors}; a refused
 * Page token (code 190) keeps replies waiting and shows staff a banner.
 */
class MessengerReplySender implements ReplySender {

	static final int MAX_TEXT = 2000;

	static final int MAX_QUICK_REPLIES = 13;

	static final int MAX_TITLE = 20;

	static final String PAGE_TOKEN_REFUSED = "Messenger không nhận mã truy cập của Trang Facebook nữa (đã hết hạn, "
			+ "bị thu hồi hoặc mật khẩu đã đổi). Tin trả lời đang chờ, tối đa 24 giờ. Cần tạo mã mới (Page access "
			+ "token) trong Meta for Developers, đặt vào helpdesk.channels.messenger.page-access-token rồi khởi "
			+ "động lại ứng dụng.";

	/** Meta accepts a standard reply within 24 hours of the resident's last message. */
	static final Duration REPLY_WINDOW = Duration.ofHours(24);

	private final WebClient api;

	private final MessengerProperties properties;

	private final MessengerErrors errors;

	/**
	 * Meta refused the Page token: replies wait, staff see a banner until one goes out.
	 */
	private final AtomicBoolean pageTokenRefused = new AtomicBoolean();

	MessengerReplySender(WebClient api, MessengerProperties properties, MessengerErrors errors) {
		this.api = api;
		this.properties = properties;
		this.errors = errors;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.MESSENGER;
	}

	@Override
	public Duration replyWindow() {
		return REPLY_WINDOW;
	}

	@Override
	public boolean windowFollowsResident() {
		return true;
	}

	@Override
	public Mono<ChannelConnection> connection() {
		return Mono.just(this.pageTokenRefused.get() ? ChannelConnection.needsStaff(PAGE_TOKEN_REFUSED, "")
				: ChannelConnection.fine());
	}

	@Override
	public Mono<DeliveryResult> send(Reply reply, SentParts sent) {
		List<Map<String, Object>> messages = messages(reply);
		return DeliveryResult.inOrder(messages, sent, (message) -> post(reply.channelUserId(), message));
	}

	private Mono<DeliveryResult> post(String recipientId, Map<String, Object> message) {
		Map<String, Object> body = Map.of("recipient", Map.of("id", recipientId), "messaging_type", "RESPONSE",
				"message", message);
		return this.api.post()
			.uri("/{version}/me/messages?access_token={token}", this.properties.apiVersion(),
					this.properties.pageAccessToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.bodyToMono(byte[].class)
			.map(this.errors::accepted)
			.defaultIfEmpty(DeliveryResult.delivered())
			.doOnNext((delivered) -> this.pageTokenRefused.set(false))
			.onErrorResume((failure) -> Mono.just(refused(failure)));
	}

	private DeliveryResult refused(Throwable failure) {
		if (!(failure instanceof WebClientResponseException refusal)) {
			return MessengerErrors.failed(failure);
		}
		if (this.errors.pageTokenRefused(refusal)) {
			this.pageTokenRefused.set(true);
			return DeliveryResult.retryLater("Messenger không nhận mã truy cập của Trang (mã 190)", Optional.empty());
		}
		return this.errors.refused(refusal);
	}

	/** One Send API message per part of the text; the buttons go with the last part. */
	static List<Map<String, Object>> messages(Reply reply) {
		List<String> parts = parts(reply.text());
		List<Map<String, Object>> messages = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("text", parts.get(i));
			if (i == parts.size() - 1 && !reply.quickReplies().isEmpty()) {
				message.put("quick_replies", quickReplies(reply.quickReplies()));
			}
			messages.add(message);
		}
		return messages;
	}

	static List<Map<String, String>> quickReplies(List<Reply.QuickReply> choices) {
		return choices.stream()
			.filter((choice) -> !choice.label().isBlank())
			.limit(MAX_QUICK_REPLIES)
			.map((choice) -> Map.of("content_type", "text", "title", title(choice.label()), "payload",
					choice.payload().isBlank() ? choice.label() : choice.payload()))
			.toList();
	}

	static String title(String label) {
		return MessageParts.shortened(label, MAX_TITLE);
	}

	static List<String> parts(String text) {
		return MessageParts.split(text, MAX_TEXT);
	}

}
