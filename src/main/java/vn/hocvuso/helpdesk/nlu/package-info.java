/**
 * Understanding a message: normalise it, rank the topics with the live model, and decide
 * between answering, asking which of two topics is meant, and handing over to a person
 * (with the thresholds escalation sets). The model is trained from the library's example
 * questions off the event loop and held as one immutable snapshot with its own prediction
 * cache.
 */
@NullMarked
package vn.hocvuso.helpdesk.nlu;

import org.jspecify.annotations.NullMarked;
