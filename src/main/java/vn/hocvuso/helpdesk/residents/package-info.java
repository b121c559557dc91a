/**
 * Residents: the people who write to the help desk, known by their identity on a channel
 * (a Zalo user id, a web chat session). Holds the little state the bot needs between two
 * messages, such as the choices offered in a clarify question, cached in memory and
 * always written through to the store.
 */
@NullMarked
package vn.hocvuso.helpdesk.residents;

import org.jspecify.annotations.NullMarked;
