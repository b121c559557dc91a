/**
 * The library's storage and wiring: seeds an empty {@code articles} collection from the
 * {@code knowledge-base/} files, reads the store into an immutable snapshot at start-up
 * and holds the live {@link vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase}. Staff
 * edits live in the store; the files are never read again once it has articles.
 */
@NullMarked
package vn.hocvuso.helpdesk.knowledge.store;

import org.jspecify.annotations.NullMarked;
