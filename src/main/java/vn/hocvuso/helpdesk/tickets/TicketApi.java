package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The JSON shapes of the tickets API. */
final class TicketApi {

	private TicketApi() {
	}

	/**
	 * A ticket in a queue, with the resident's first message as its preview.
	 *
	 * @param channel the channel's id ({@code zalo})
	 * @param channelName its name for people ({@code Zalo})
	 */
	record Summary(String id, String state, @Nullable String urgentReason, boolean wardWide, @Nullable String groupCode,
			String channel, String channelName, Instant openedAt, Instant slaDueAt, @Nullable String claimedBy,
			String preview) {

		static Summary of(Ticket ticket) {
			return new Summary(ticket.id(), ticket.state().name(), ticket.urgentReason(), ticket.wardWide(),
					ticket.groupCode(), ticket.channel().id(), ticket.channel().label(), ticket.openedAt(),
					ticket.slaDueAt(), ticket.claimedBy(), ticket.preview());
		}

	}

	/**
	 * A ticket with its conversation.
	 *
	 * @param mine the viewer has claimed it
	 * @param phone the resident's phone number, digits only, when known
	 * @param residentName the name the resident shows on their channel (Zalo), when known
	 * @param replyUndelivered a reply to the resident was refused by their channel or
	 * given up: someone should phone them
	 */
	record Detail(Summary summary, boolean mine, List<Message> conversation, List<Ticket.Guess> guesses,
			List<String> attachmentUrls, @Nullable String outcomeNote, @Nullable String feedback,
			@Nullable Instant resolvedAt, @Nullable String phone, @Nullable String residentName,
			boolean replyUndelivered) {
	}

	/**
	 * One message; for the ambassador's replies, whether it reached the resident.
	 *
	 * @param delivery {@code PENDING}, {@code SENDING}, {@code SENT}, {@code FAILED} or
	 * {@code UNDELIVERABLE}
	 */
	record Message(Instant at, String author, String text, @Nullable String by, @Nullable String delivery) {

		boolean undelivered() {
			return "UNDELIVERABLE".equals(this.delivery) || "FAILED".equals(this.delivery);
		}

	}

	record ReplyRequest(@Nullable String text) {
	}

	record ResolveRequest(@Nullable String note) {
	}

	record GroupRequest(@Nullable String groupCode) {
	}

	record PhoneRequest(@Nullable String phone) {
	}

	/** What live pages hear. */
	record Notice(String kind, String ticketId, boolean urgent, String message) {
	}

}
