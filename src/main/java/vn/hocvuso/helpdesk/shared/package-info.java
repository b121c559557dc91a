/**
 * Tiny values shared by every feature: the channel types. Nothing here knows about Spring
 * or storage; a class belongs here only when two or more features need the very same
 * value.
 */
@NullMarked
package vn.hocvuso.helpdesk.shared;

import org.jspecify.annotations.NullMarked;
