/**
 * Support cases: every message a resident sends becomes one case with its redacted text,
 * what the bot understood, what it decided and answered, and when. Cases are the
 * measurable record the ward reports from; a message delivered twice opens one case.
 */
@NullMarked
package vn.hocvuso.helpdesk.cases;

import org.jspecify.annotations.NullMarked;
