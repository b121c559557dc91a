/**
 * Meter names and tag keys as constants, so every feature counts the same things the same
 * way and dashboards can rely on them, and the filter that keeps
 * {@code /actuator/prometheus} within Prometheus's naming rules. Depends on Micrometer
 * only.
 */
@NullMarked
package vn.hocvuso.helpdesk.metrics;

import org.jspecify.annotations.NullMarked;
