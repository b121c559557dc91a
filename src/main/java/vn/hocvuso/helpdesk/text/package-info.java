/**
 * Vietnamese text handling with no framework: normalisation for the classifier (NFC, tone
 * marks, teencode, a diacritics-free twin, number placeholders) and redaction of personal
 * numbers before anything is stored. Everything here is a pure function of its input, so
 * it is tested with plain tables of examples.
 */
@NullMarked
package vn.hocvuso.helpdesk.text;

import org.jspecify.annotations.NullMarked;
