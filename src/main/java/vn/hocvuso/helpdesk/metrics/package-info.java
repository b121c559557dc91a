/**
 * Meter names and tag keys as constants, so every feature counts the same things the same
 * way and dashboards can rely on them. Depends on nothing but the JDK.
 */
@NullMarked
package vn.hocvuso.helpdesk.metrics;

import org.jspecify.annotations.NullMarked;
