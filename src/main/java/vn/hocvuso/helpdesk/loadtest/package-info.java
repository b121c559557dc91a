/**
 * Support for the HTTP load benchmark only: a bare store-and-commit endpoint as the
 * ceiling, and a stand-in for Zalo's send API. Nothing here is active unless
 * {@code helpdesk.loadtest.enabled=true}. It also makes up cases for the
 * {@code bench-cases} batch command (bench/indicators.sh); no feature uses it.
 */
@NullMarked
package vn.hocvuso.helpdesk.loadtest;

import org.jspecify.annotations.NullMarked;
