/**
 * Residents: the people who write to the help desk, known by their identity on a channel
 * (a Zalo user id, a web chat session). Holds the little state the bot needs between two
 * messages, such as the choices offered in a clarify question, read from and written to
 * the store on every turn, so any app instance can take the next message.
 */
@NullMarked
package vn.hocvuso.helpdesk.residents;

import org.jspecify.annotations.NullMarked;
