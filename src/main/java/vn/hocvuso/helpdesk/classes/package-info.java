/**
 * The ward's "Bình dân học vụ số" classes: staff and the groups' ambassadors put classes
 * on the schedule ({@code /api/v1/classes}), residents ask the bot when the next class is
 * and sign up with one tap, and the teaching ambassador ticks who came. The conversation
 * asks {@link vn.hocvuso.helpdesk.classes.ClassSchedule}; this package keeps its own
 * collections ({@code classes}, {@code class_attendees}).
 */
@NullMarked
package vn.hocvuso.helpdesk.classes;

import org.jspecify.annotations.NullMarked;
