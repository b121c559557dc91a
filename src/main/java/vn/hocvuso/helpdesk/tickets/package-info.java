/**
 * Tickets: a resident's problem in a person's hands. This package keeps the ticket and
 * its named state changes, its storage, the console's API and its live stream. A ticket
 * waits for the ambassadors of the resident's residential group, goes ward-wide when
 * nobody claims it in time, and is owned by the ambassador who claims it until they
 * resolve or release it. When a ticket opens, is joined, reopens or goes ward-wide is
 * escalation's decision ({@link vn.hocvuso.helpdesk.tickets.TicketChanges}); the console
 * claims, releases, replies, resolves and moves ({@code ConsoleActions}). Other features
 * read tickets ({@link vn.hocvuso.helpdesk.tickets.TicketQueries}) and hear of changes
 * ({@link vn.hocvuso.helpdesk.tickets.TicketListener}).
 */
@NullMarked
package vn.hocvuso.helpdesk.tickets;

import org.jspecify.annotations.NullMarked;
