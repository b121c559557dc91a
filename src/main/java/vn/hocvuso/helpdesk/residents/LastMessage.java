package vn.hocvuso.helpdesk.residents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The resident's last message: what a later message from the ward answers, so the channel
 * carries it as a reply (free inside its reply window).
 *
 * @param messageId the channel's id of the message; {@code null} when not known
 * @param at when it was received; {@code null} when not known
 */
public record LastMessage(@Nullable String messageId, @Nullable Instant at) {

	/** A resident whose last message was not noted (before it was kept). */
	public static final LastMessage UNKNOWN = new LastMessage(null, null);

}
