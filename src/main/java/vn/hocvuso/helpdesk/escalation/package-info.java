/**
 * The hand-off to a person: when the bot stops and a digital ambassador takes over. The
 * rules are one table ({@link vn.hocvuso.helpdesk.escalation.HandOffRules}): a ticket
 * opens when the bot cannot settle a message, a resident's next messages join it (a
 * repeated failure makes it urgent), a message soon after resolution reopens it, and the
 * bot stays silent while a person owns it. Around that: urgency (a scam victim, a repeat,
 * a reopened ticket, a reply the channel refused), the one-time residential-group
 * question, the question "did it help?" after resolution and its answers, a refused reply
 * becoming a phone call, Zalo notices to ambassadors, and the re-route of tickets nobody
 * claimed in time. Every setting, from the confidence below which a person takes over to
 * the SLA, is in {@link vn.hocvuso.helpdesk.escalation.EscalationProperties}
 * ({@code helpdesk.escalation.*}). The conversation asks this package; this package
 * changes tickets through {@link vn.hocvuso.helpdesk.tickets.TicketChanges}.
 */
@NullMarked
package vn.hocvuso.helpdesk.escalation;

import org.jspecify.annotations.NullMarked;
