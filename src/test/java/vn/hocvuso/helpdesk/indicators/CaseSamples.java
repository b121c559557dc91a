package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.CaseIds;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Support cases with known outcomes, opened and changed through the real
 * {@link CaseStore}, so the indicators see them exactly as in production.
 */
final class CaseSamples {

	private final CaseStore cases;

	CaseSamples(CaseStore cases) {
		this.cases = cases;
	}

	/** A case the bot answered, {@code replyTime} after it came in. */
	SupportCase answered(String resident, String group, String topic, ChannelType channel, Instant at,
			Duration replyTime) {
		return open(sample(resident, group, channel, at, "cài vneid ở đâu", topic, "answer", CaseStatus.ANSWERED,
				at.plus(replyTime)));
	}

	SupportCase clarified(String resident, String group, String topic, ChannelType channel, Instant at,
			Duration replyTime) {
		return open(sample(resident, group, channel, at, "nộp hồ sơ", topic, "clarify", CaseStatus.CLARIFYING,
				at.plus(replyTime)));
	}

	SupportCase escalated(String resident, String group, @Nullable String topic, ChannelType channel, Instant at,
			Duration replyTime) {
		return open(sample(resident, group, channel, at, "giá vàng, \"hôm nay\"", topic, "escalate",
				CaseStatus.ESCALATED, at.plus(replyTime)));
	}

	SupportCase open(SupportCase supportCase) {
		return this.cases.open(supportCase).block(Duration.ofSeconds(10)).supportCase();
	}

	SupportCase undeliverable(SupportCase supportCase) {
		this.cases.markUndeliverable(supportCase.id(), "blocked by the resident").block(Duration.ofSeconds(10));
		return supportCase.undeliverable("blocked by the resident");
	}

	SupportCase feedback(SupportCase supportCase, String feedback) {
		this.cases.recordFeedback(supportCase.id(), feedback).block(Duration.ofSeconds(10));
		return supportCase.withFeedback(feedback);
	}

	/** The case after the resident's group became known. */
	SupportCase regrouped(SupportCase supportCase, String group) {
		return save(supportCase, group, supportCase.feedback());
	}

	private SupportCase save(SupportCase c, @Nullable String group, @Nullable String feedback) {
		SupportCase changed = new SupportCase(c.id(), c.channel(), c.residentId(), c.messageId(), c.text(),
				c.normalizedText(), c.topic(), c.confidence(), c.decision(), c.escalationReason(), c.reply(),
				c.status(), c.urgent(), c.attachmentUrls(), c.receivedAt(), c.repliedAt(), c.deliveryProblem(), group,
				feedback);
		return this.cases.save(changed).block(Duration.ofSeconds(10));
	}

	static SupportCase sample(String resident, @Nullable String group, ChannelType channel, Instant at, String text,
			@Nullable String topic, String decision, CaseStatus status, @Nullable Instant repliedAt) {
		String id = CaseIds.newId(at);
		return new SupportCase(id, channel, resident, "m-" + id, text, text, topic, 0.9, decision, null, "Trả lời",
				status, false, List.of(), at, repliedAt, null, group, null);
	}

	/** A group code no other test uses. */
	static String newGroup() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	static String newResident() {
		return "r-" + UUID.randomUUID();
	}

}
