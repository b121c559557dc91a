package vn.hocvuso.helpdesk.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * One request from a resident and what became of it. The text is stored redacted; the
 * outcome fields are empty until the bot has decided.
 *
 * @param messageId the channel's id of the message; with the channel, unique
 * @param normalizedText the normalised tokens the classifier saw (numbers already
 * replaced by placeholders)
 * @param decision {@code answer}, {@code clarify} or {@code escalate}
 * @param urgent a person must follow up quickly (for example after a scam)
 * @param attachmentUrls pictures, files or voice messages the resident sent, for the
 * ambassador to open
 * @param deliveryProblem why the channel refused the reply, when it did
 * @param groupCode the resident's residential group when the case came in, if known
 * @param feedback {@code helpful} or {@code not_helpful}, when the resident rated the
 * help
 */
public record SupportCase(String id, ChannelType channel, String residentId, String messageId, String text,
		String normalizedText, @Nullable String topic, double confidence, @Nullable String decision,
		@Nullable String escalationReason, @Nullable String reply, CaseStatus status, boolean urgent,
		List<String> attachmentUrls, Instant receivedAt, @Nullable Instant repliedAt, @Nullable String deliveryProblem,
		@Nullable String groupCode, @Nullable String feedback) {

	/** The escalation reason of a case whose reply could not be delivered. */
	public static final String UNDELIVERABLE = "UNDELIVERABLE";

	public static final String HELPFUL = "helpful";

	public static final String NOT_HELPFUL = "not_helpful";

	public SupportCase {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(messageId, "messageId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(receivedAt, "receivedAt");
		attachmentUrls = List.copyOf(attachmentUrls);
	}

	public static SupportCase received(String id, ChannelType channel, String residentId, String messageId,
			String redactedText, String normalizedText, List<String> attachmentUrls, Instant receivedAt,
			@Nullable String groupCode) {
		return new SupportCase(id, channel, residentId, messageId, redactedText, normalizedText, null, 0, null, null,
				null, CaseStatus.RECEIVED, false, attachmentUrls, receivedAt, null, null, groupCode, null);
	}

	/** The same case with the bot's outcome recorded. */
	public SupportCase withOutcome(Outcome outcome, Instant repliedAt) {
		return new SupportCase(this.id, this.channel, this.residentId, this.messageId, this.text, this.normalizedText,
				outcome.topic(), outcome.confidence(), outcome.decision(), outcome.escalationReason(), outcome.reply(),
				outcome.status(), outcome.urgent(), this.attachmentUrls, this.receivedAt, repliedAt,
				this.deliveryProblem, this.groupCode, this.feedback);
	}

	/**
	 * The same case after its channel refused the reply for good: it goes to a person,
	 * who can phone the resident.
	 */
	public SupportCase undeliverable(String problem) {
		return new SupportCase(this.id, this.channel, this.residentId, this.messageId, this.text, this.normalizedText,
				this.topic, this.confidence, this.decision, UNDELIVERABLE, this.reply, CaseStatus.ESCALATED,
				this.urgent, this.attachmentUrls, this.receivedAt, this.repliedAt, problem, this.groupCode,
				this.feedback);
	}

	/** The same case with the resident's rating of the help they got. */
	public SupportCase withFeedback(String feedback) {
		return new SupportCase(this.id, this.channel, this.residentId, this.messageId, this.text, this.normalizedText,
				this.topic, this.confidence, this.decision, this.escalationReason, this.reply, this.status, this.urgent,
				this.attachmentUrls, this.receivedAt, this.repliedAt, this.deliveryProblem, this.groupCode, feedback);
	}

	/** The same case counted for the residential group its resident named later. */
	public SupportCase withGroup(String groupCode) {
		return new SupportCase(this.id, this.channel, this.residentId, this.messageId, this.text, this.normalizedText,
				this.topic, this.confidence, this.decision, this.escalationReason, this.reply, this.status, this.urgent,
				this.attachmentUrls, this.receivedAt, this.repliedAt, this.deliveryProblem, groupCode, this.feedback);
	}

	/** What the bot made of a case and answered. */
	public record Outcome(@Nullable String topic, double confidence, String decision, @Nullable String escalationReason,
			@Nullable String reply, CaseStatus status, boolean urgent) {
	}

}
