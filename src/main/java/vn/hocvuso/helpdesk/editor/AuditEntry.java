package vn.hocvuso.helpdesk.editor;

import java.time.Instant;

/**
 * One change to the library.
 *
 * @param action what was done, e.g. {@code draft.save}, {@code publish}, {@code rollback}
 * @param subject what it was done to: an article id, a version number, a file
 * @param detail a short description in Vietnamese
 */
record AuditEntry(String id, Instant at, String who, String action, String subject, String detail) {
}
