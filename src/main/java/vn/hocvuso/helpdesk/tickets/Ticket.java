package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * A resident's problem in a person's hands, with the conversation so far (redacted).
 *
 * @param groupCode the resident's residential group, empty while unknown
 * @param urgentReason why it is urgent (scam, asked again, reopened); empty when not
 * @param wardWide offered to every ambassador: nobody claimed it in time, or the group is
 * unknown
 * @param slaDueAt when it goes ward-wide if still unclaimed
 * @param overdue nobody had claimed it when its deadline passed (until it is reopened)
 * @param guesses the bot's best topics for the first message
 * @param feedback {@code helpful} or {@code not_helpful}, the resident's answer after
 * resolution
 * @param version how many times it was changed since it was opened
 */
public record Ticket(String id, String residentId, ChannelType channel, String channelUserId,
		@Nullable String groupCode, TicketState state, @Nullable String urgentReason, boolean wardWide,
		Instant openedAt, Instant slaDueAt, boolean overdue, @Nullable String claimedBy, @Nullable Instant claimedAt,
		@Nullable Instant firstAnsweredAt, @Nullable Instant resolvedAt, @Nullable String resolvedBy,
		@Nullable String outcomeNote, int reopenCount, String firstCaseId, List<Guess> guesses,
		List<String> attachmentUrls, List<Entry> conversation, @Nullable String feedback, long version) {

	public Ticket {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(state, "state");
		guesses = List.copyOf(guesses);
		attachmentUrls = List.copyOf(attachmentUrls);
		conversation = List.copyOf(conversation);
	}

	/**
	 * A ticket just opened: waiting, offered to the resident's group, or to the whole
	 * ward while the group is unknown.
	 */
	public static Ticket opened(String id, NewTicket request, Instant now) {
		return new Ticket(id, request.residentId(), request.channel(), request.channelUserId(), request.groupCode(),
				TicketState.WAITING, request.urgentReason(), request.groupCode() == null, now, request.claimBy(), false,
				null, null, null, null, null, null, 0, request.firstCaseId(), request.guesses(),
				request.attachmentUrls(), request.conversation(), null, 0);
	}

	/**
	 * A ticket opened by a person who wrote to the resident outside the console: held by
	 * them, answered, offered to nobody.
	 * @param openedBy what it names as its start, in place of a support case
	 */
	static Ticket heldOutside(String id, PersonsMessage message, String openedBy) {
		return new Ticket(id, message.residentId(), message.channel(), message.channelUserId(), message.groupCode(),
				TicketState.ANSWERED, null, false, message.at(), message.at(), false, message.by(), message.at(),
				message.at(), null, null, null, 0, openedBy, List.of(), List.of(), List.of(Entry.outside(message)),
				null, 0);
	}

	public boolean urgent() {
		return this.urgentReason != null;
	}

	/** Whether this reply to the resident is part of the conversation. */
	public boolean hasReply(String replyId) {
		return this.conversation.stream().anyMatch((entry) -> replyId.equals(entry.replyId()));
	}

	/** The resident's first message (redacted), to show the ticket in a list. */
	public String preview() {
		return this.conversation.stream()
			.filter((entry) -> entry.author() == Author.RESIDENT)
			.map(Entry::text)
			.findFirst()
			.orElse("");
	}

	/** One of the bot's guesses at what the resident needs. */
	public record Guess(String topic, String title, double confidence, String shortAnswer) {
	}

	/**
	 * One message in the conversation.
	 *
	 * @param by the ambassador's username for their replies
	 * @param replyId the outbox id of a reply sent to the resident, to show whether it
	 * arrived
	 */
	public record Entry(Instant at, Author author, String text, @Nullable String by, @Nullable String caseId,
			@Nullable String replyId) {

		/** The resident's message of this case (redacted). */
		public static Entry resident(Instant at, String text, String caseId) {
			return new Entry(at, Author.RESIDENT, text, null, caseId, null);
		}

		/** The bot's reply to this case; in the outbox it has the case's id. */
		public static Entry bot(Instant at, String text, String caseId) {
			return new Entry(at, Author.BOT, text, null, caseId, caseId);
		}

		/** An ambassador's reply, sent as the outbox's reply {@code replyId}. */
		static Entry ambassador(Instant at, String text, String username, String replyId) {
			return new Entry(at, Author.AMBASSADOR, text, username, null, replyId);
		}

		/**
		 * A person's message written outside the console; the channel's message id stands
		 * for the reply.
		 */
		static Entry outside(PersonsMessage message) {
			return new Entry(message.at(), Author.AMBASSADOR, message.text(), message.by(), null, message.messageId());
		}

		/** A line from the help desk itself ("daisu01 đã nhận phiếu"). */
		static Entry system(Instant at, String text) {
			return new Entry(at, Author.SYSTEM, text, null, null, null);
		}

	}

	/** Who wrote a message. */
	public enum Author {

		RESIDENT, BOT, AMBASSADOR, SYSTEM

	}

}
