package vn.hocvuso.helpdesk.web;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password: this client address made too many
 * wrong guesses lately. The login form shows a message and the API answers 429 with
 * {@code Retry-After}. (Not an {@code AuthenticationServiceException}: HTTP Basic's
 * failure handler rethrows those as server errors.)
 */
class SignInThrottled extends AuthenticationException {

	private final Duration retryAfter;

	SignInThrottled(ClientAddress address, Duration retryAfter) {
		super("Too many wrong passwords from " + address + "; refused for another " + retryAfter);
		this.retryAfter = retryAfter;
	}

	/** How long the address should wait, rounded up to whole seconds (at least one). */
	long retryAfterSeconds() {
		long seconds = this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

	/** The same, in whole minutes for people (at least one). */
	long retryAfterMinutes() {
		return Math.max(1, (retryAfterSeconds() + 59) / 60);
	}

}
