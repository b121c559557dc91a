/**
 * The quick-guide library as plain values: the article file format and its parser, the
 * topic catalogue, the validation rules, and the immutable {@link Library} snapshot the
 * bot answers from. No framework and no storage here; the {@code store} sub-package seeds
 * and reads articles in MongoDB.
 */
@NullMarked
package vn.hocvuso.helpdesk.knowledge;

import org.jspecify.annotations.NullMarked;
