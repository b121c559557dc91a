package vn.hocvuso.helpdesk.web;

import java.util.Map;

import org.springframework.http.HttpMethod;

/**
 * One generated request.
 *
 * @param route the route it was made for
 * @param method the method sent, right or wrong for the route
 * @param uri the path and query, already percent-encoded
 * @param headers extra headers (signatures, Accept...)
 * @param body the body and its content type
 * @param caller who sends it
 * @param withCsrf whether a signed-in caller sends its CSRF token
 * @param input what was odd about it, for the report
 */
record FuzzRequest(FuzzRoute route, HttpMethod method, String uri, Map<String, String> headers, FuzzBodies.Body body,
		Caller caller, boolean withCsrf, String input) {

	/** Who sends a request. */
	enum Caller {

		/** Nobody signed in. */
		ANONYMOUS,
		/** Staff signed in with the login form (session cookie). */
		STAFF,
		/** An ambassador signed in with the login form. */
		AMBASSADOR,
		/** Staff with HTTP Basic, as an integration calls. */
		STAFF_BASIC,
		/** HTTP Basic with a user that does not exist. */
		BROKEN_BASIC

	}

	/** A short line naming the input, for the report. */
	String sample() {
		String uriSample = FuzzValues.sample(this.uri);
		return this.caller + " " + uriSample + " [" + this.input + "; body: " + this.body.label() + "]";
	}

}
