/**
 * The ward's people on the ground: residential groups (tổ dân phố) and the digital
 * ambassadors (Đại sứ số) who coach the residents of one or more groups.
 */
@NullMarked
package vn.hocvuso.helpdesk.wards;

import org.jspecify.annotations.NullMarked;
