package vn.hocvuso.helpdesk.channel.webchat;

import java.util.List;

import java.time.Clock;
import java.util.regex.Pattern;

import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.conversation.ConversationService;
import vn.hocvuso.helpdesk.conversation.InboundMessage;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.conversation.TurnResult;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * The web chat channel: the page at {@code /} posts each message here and gets the bot's
 * reply in the same request. Replies written later (by a person) are read from the
 * mailbox.
 */
@RestController
@RequestMapping("/api/v1/webchat/messages")
class WebChatController {

	static final int MAX_TEXT_LENGTH = 2000;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private final ConversationService conversations;

	private final MailboxStore mailbox;

	private final Clock clock;

	WebChatController(ConversationService conversations, MailboxStore mailbox, Clock clock) {
		this.conversations = conversations;
		this.mailbox = mailbox;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<WebChatApi.MessageResponse> post(@RequestBody WebChatApi.MessageRequest request) {
		InboundMessage message = InboundMessage.text(ChannelType.WEBCHAT, validId(request.sessionId(), "sessionId"),
				messageId(request.messageId()), validText(request.text()), this.clock.instant());
		return this.conversations.handle(message).map(WebChatController::toResponse);
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<WebChatReply> replies(@RequestParam String sessionId, @RequestParam(defaultValue = "0") String after) {
		if (!after.equals("0") && !ObjectId.isValid(after)) {
			throw new ServerWebInputException("'after' phải là mã của một tin trả lời trước đó.");
		}
		return this.mailbox.repliesAfter(validId(sessionId, "sessionId"), after, 50);
	}

	private static WebChatApi.MessageResponse toResponse(TurnResult turn) {
		Reply reply = turn.reply();
		if (reply == null) {
			// A person is answering this resident; their replies come through the
			// mailbox.
			return new WebChatApi.MessageResponse(null, List.of(), turn.caseId(), null, turn.decision(), turn.topic(),
					turn.duplicate());
		}
		return new WebChatApi.MessageResponse(reply.text(),
				reply.quickReplies().stream().map(Reply.QuickReply::label).toList(), turn.caseId(), reply.id(),
				turn.decision(), turn.topic(), turn.duplicate());
	}

	private static String validId(String value, String field) {
		if (value == null || !ID.matcher(value).matches()) {
			throw new ServerWebInputException(
					"'" + field + "' phải có từ 8 đến 64 ký tự gồm chữ không dấu, số, '-' hoặc '_'.");
		}
		return value;
	}

	private static String messageId(String value) {
		return (value == null) ? new ObjectId().toHexString() : validId(value, "messageId");
	}

	private static String validText(String text) {
		String cleaned = (text == null) ? "" : text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
		if (cleaned.isEmpty()) {
			throw new ServerWebInputException("Tin nhắn đang trống. Bác hãy gõ câu hỏi rồi bấm Gửi.");
		}
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_TEXT_LENGTH) {
			throw new ServerWebInputException("Tin nhắn dài quá " + MAX_TEXT_LENGTH + " ký tự. Bác hãy gửi ngắn hơn.");
		}
		return cleaned;
	}

}
