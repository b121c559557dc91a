/**
 * The staff library editor: ward staff edit quick guides as drafts that the live bot
 * never sees, try questions against the live and the draft library side by side, publish
 * (the whole library is validated, a model is trained in the background and swapped in
 * atomically on every instance), look at the history, compare and roll back versions,
 * import and export the {@code knowledge-base/} files, turn escalated questions into new
 * example questions, and read the audit log of every change. Pages under
 * {@code /staff/library}, API under {@code /api/v1/library}.
 */
@NullMarked
package vn.hocvuso.helpdesk.editor;

import org.jspecify.annotations.NullMarked;
