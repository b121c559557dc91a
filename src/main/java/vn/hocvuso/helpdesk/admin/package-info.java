/**
 * Staff and ambassador pages and API: accounts (with the first {@code admin}) and the
 * staff view of support cases, residential groups and ambassadors. It uses cases and
 * wards; no other package uses it.
 */
@NullMarked
package vn.hocvuso.helpdesk.admin;

import org.jspecify.annotations.NullMarked;
