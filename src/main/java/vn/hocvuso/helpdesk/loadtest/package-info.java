/**
 * Support for the HTTP load benchmark only: a bare store-and-commit endpoint as the
 * ceiling, and a stand-in for Zalo's send API. Nothing here is active unless
 * {@code helpdesk.loadtest.enabled=true}; nothing depends on this package.
 */
@NullMarked
package vn.hocvuso.helpdesk.loadtest;

import org.jspecify.annotations.NullMarked;
