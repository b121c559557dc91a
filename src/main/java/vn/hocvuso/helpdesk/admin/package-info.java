/**
 * Staff and ambassador pages and API: accounts (with the first {@code admin}) and the
 * staff view of support cases. This package may use every feature; none uses it.
 */
@NullMarked
package vn.hocvuso.helpdesk.admin;

import org.jspecify.annotations.NullMarked;
