/**
 * Campaign messages: staff write a themed message ("Tháng an toàn trên không gian mạng"),
 * see it as the resident will, and send it to the residents each channel lets the ward
 * reach free (never a paid Zalo message unless staff turned paid replies on); the rest
 * are counted, and a copy-ready text is given for the ambassadors' Zalo groups.
 */
@NullMarked
package vn.hocvuso.helpdesk.campaigns;

import org.jspecify.annotations.NullMarked;
