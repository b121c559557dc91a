package vn.hocvuso.helpdesk.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param id the entry's id
 * @param at when it happened
 * @param who the account (or, for a failed sign-in, the name that was tried)
 * @param action what happened, a short code such as {@code sign-in}
 * @param subject what it was about (an account, a resident's id)
 * @param detail a few words more, never a password or a message text
 */
public record AuditEntry(String id, Instant at, String who, String action, String subject, String detail) {
}
