/**
 * Residents' rights over their data (Law on Personal Data Protection 91/2025/QH15, Decree
 * 13/2023/NĐ-CP): staff export everything kept about one resident as JSON, and erase it
 * (their words in cases and tickets, their phone number, their pending conversation);
 * cases and tickets themselves stay, so every count stays. Each export and erasure is
 * written to the audit log. Staff page {@code /staff/residents.html}; API under
 * {@code /api/v1/residents}.
 */
@NullMarked
package vn.hocvuso.helpdesk.privacy;

import org.jspecify.annotations.NullMarked;
