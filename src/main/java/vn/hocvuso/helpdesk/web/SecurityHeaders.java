package vn.hocvuso.helpdesk.web;

import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * Headers every answer carries, on top of Spring Security's defaults (no sniffing, no
 * framing, no caching of signed-in pages): a Content-Security-Policy that lets pages run
 * and style only what this app serves, with no inline script, style or handler; a
 * Permissions-Policy that switches off device features no page uses; and a
 * Referrer-Policy that keeps addresses (ticket ids) from leaving the site.
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
			+ "xr-spatial-tracking=()";

	private SecurityHeaders() {
	}

	static void configure(ServerHttpSecurity.HeaderSpec headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.permissionsPolicy((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

}
