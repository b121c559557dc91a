/**
 * The HTTP edge shared by every feature: who may call what (Spring Security), the request
 * body limit, and the single mapping of errors to RFC 9457 problem+json, so clients
 * always get a precise status and a plain explanation, never a stack trace.
 */
@NullMarked
package vn.hocvuso.helpdesk.web;

import org.jspecify.annotations.NullMarked;
