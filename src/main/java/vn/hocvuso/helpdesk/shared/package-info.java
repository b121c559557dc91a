/**
 * Tiny values and helpers shared by every feature: the channel types, background work
 * repeated at an interval. Nothing here knows about Spring or storage; a class belongs
 * here only when two or more features need the very same thing.
 */
@NullMarked
package vn.hocvuso.helpdesk.shared;

import org.jspecify.annotations.NullMarked;
