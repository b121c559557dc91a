/**
 * Tickets: what the bot could not settle goes to a person. A ticket is offered to the
 * ambassadors of the resident's residential group, goes ward-wide when nobody claims it
 * in time, and is owned by the ambassador who claims it until they resolve or release it;
 * meanwhile the bot stays silent in that conversation.
 */
@NullMarked
package vn.hocvuso.helpdesk.tickets;

import org.jspecify.annotations.NullMarked;
