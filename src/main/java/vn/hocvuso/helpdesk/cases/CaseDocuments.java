package vn.hocvuso.helpdesk.cases;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/** Maps support cases to and from their MongoDB documents. */
final class CaseDocuments {

	private CaseDocuments() {
	}

	static Document toDocument(SupportCase supportCase) {
		return new Document("_id", supportCase.id()).append("channel", supportCase.channel().id())
			.append("residentId", supportCase.residentId())
			.append("messageId", supportCase.messageId())
			.append("text", supportCase.text())
			.append("normalizedText", supportCase.normalizedText())
			.append("topic", supportCase.topic())
			.append("confidence", supportCase.confidence())
			.append("decision", supportCase.decision())
			.append("escalationReason", supportCase.escalationReason())
			.append("reply", supportCase.reply())
			.append("status", supportCase.status().name())
			.append("urgent", supportCase.urgent())
			.append("attachmentUrls", supportCase.attachmentUrls())
			.append("deliveryProblem", supportCase.deliveryProblem())
			.append("receivedAt", Date.from(supportCase.receivedAt()))
			.append("repliedAt", date(supportCase.repliedAt()))
			.append("groupCode", supportCase.groupCode())
			.append("feedback", supportCase.feedback());
	}

	static SupportCase fromDocument(Document document) {
		return new SupportCase(document.getString("_id"), ChannelType.fromId(document.getString("channel")),
				document.getString("residentId"), document.getString("messageId"), document.getString("text"),
				document.getString("normalizedText"), document.getString("topic"), document.get("confidence", 0.0),
				document.getString("decision"), document.getString("escalationReason"), document.getString("reply"),
				CaseStatus.valueOf(document.getString("status")), document.getBoolean("urgent", false),
				document.getList("attachmentUrls", String.class, List.of()), document.getDate("receivedAt").toInstant(),
				instant(document.getDate("repliedAt")), document.getString("deliveryProblem"),
				document.getString("groupCode"), document.getString("feedback"));
	}

	private static @Nullable Date date(@Nullable Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static @Nullable Instant instant(@Nullable Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
