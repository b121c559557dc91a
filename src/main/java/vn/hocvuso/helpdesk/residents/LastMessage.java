package vn.hocvuso.helpdesk.residents;

import java.time.Instant;

/**
 * The resident's last message: what a later message from the ward answers, so the channel
 * carries it as a reply (free inside its reply window).
 *
 * @param messageId the channel's id of the message
 * @param at when it was received
 */
public record LastMessage(String messageId, Instant at) {

}
