package vn.hocvuso.helpdesk.channel.telegram;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.delivery.DeliveryResult;
import vn.hocvuso.helpdesk.delivery.MessageParts;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplySender;
import vn.hocvuso.helpdesk.delivery.SentParts;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Sends replies with the Bot API's {@code sendMessage}. Quick replies become a one-time
 * reply keyboard (on the last part only: texts over 4,096 characters are sent in parts);
 * a reply without them removes an earlier keyboard. A rate limit is retried after the
 * {@code retry_after} Telegram gives; a blocked bot, a missing chat or any other refusal
 * of the request cannot be fixed by retrying, so a person must reach the resident; server
 * errors, timeouts and broken connections are retried later.
 */
class TelegramReplySender implements ReplySender {

	static final int MAX_TEXT = 4096;

	private static final Logger log = LoggerFactory.getLogger(TelegramReplySender.class);

	private static final Pattern NUMERIC_ID = Pattern.compile("-?\\d+");

	private final TelegramApi api;

	TelegramReplySender(TelegramApi api) {
		this.api = api;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.TELEGRAM;
	}

	@Override
	public Mono<DeliveryResult> send(Reply reply, SentParts sent) {
		List<String> parts = parts(reply.text());
		List<Integer> indexes = IntStream.range(0, parts.size()).boxed().toList();
		return DeliveryResult.inOrder(indexes, sent,
				(index) -> sendPart(reply, parts.get(index), index == parts.size() - 1));
	}

	private Mono<DeliveryResult> sendPart(Reply reply, String text, boolean last) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("chat_id", chatId(reply.channelUserId()));
		body.put("text", text);
		if (last) {
			body.put("reply_markup", markup(reply.quickReplies()));
		}
		return this.api.call("sendMessage", body)
			.map(TelegramReplySender::result)
			.onErrorResume((error) -> Mono
				.just(DeliveryResult.retryLater("telegram unreachable: " + describe(error), Optional.empty())));
	}

	static DeliveryResult result(TelegramApi.Answer answer) {
		if (answer.ok()) {
			return DeliveryResult.delivered(answer.body().path("result").path("message_id").asString(""));
		}
		int code = answer.errorCode();
		String reason = "telegram " + code + ": " + abbreviate(answer.description());
		if (code == 429) {
			return DeliveryResult.retryLater(reason, answer.retryAfter());
		}
		if (code == 400 || code == 403) {
			return DeliveryResult.undeliverable(reason);
		}
		if (code == 401 || code == 404) {
			log.error("Telegram refused the bot token ({}); check helpdesk.channels.telegram.bot-token", reason);
		}
		return DeliveryResult.retryLater(reason, Optional.empty());
	}

	/** A number for numeric chat ids (exact, however large), else the text itself. */
	static Object chatId(String channelUserId) {
		return NUMERIC_ID.matcher(channelUserId).matches() ? new BigInteger(channelUserId) : channelUserId;
	}

	static Map<String, Object> markup(List<Reply.QuickReply> quickReplies) {
		if (quickReplies.isEmpty()) {
			return Map.of("remove_keyboard", true);
		}
		List<List<Map<String, String>>> rows = quickReplies.stream()
			.map((choice) -> List.of(Map.of("text", choice.label())))
			.toList();
		return Map.of("keyboard", rows, "resize_keyboard", true, "one_time_keyboard", true);
	}

	static List<String> parts(String text) {
		return MessageParts.split(text, MAX_TEXT);
	}

	/**
	 * What went wrong, without the request URL (it holds the bot token): the innermost
	 * cause, such as a read timeout or a connection reset.
	 */
	static String describe(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root == error) ? null : root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? " (" + abbreviate(message) + ")" : "");
	}

	private static String abbreviate(String text) {
		return (text.length() <= 200) ? text : text.substring(0, 200) + "…";
	}

}
