/**
 * The ward's audit log of what concerns people rather than the library: sign-ins and
 * failed sign-ins, and the export or erasure of a resident's data. Each entry says who,
 * what, about whom and when; it never holds a password or a resident's message. Staff
 * read it at {@code GET /api/v1/audit}. The library keeps its own history of changes
 * (package {@code editor}).
 */
@NullMarked
package vn.hocvuso.helpdesk.audit;

import org.jspecify.annotations.NullMarked;
