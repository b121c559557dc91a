/**
 * Exports for the ward: every case of a date range as CSV, streamed from the store so a
 * year of cases never sits in memory, and the periodic report of the plans' indicators as
 * an Excel workbook, ready to send to the Department of Science and Technology.
 */
@NullMarked
package vn.hocvuso.helpdesk.reports;

import org.jspecify.annotations.NullMarked;
