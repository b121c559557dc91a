package vn.hocvuso.helpdesk.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;

import vn.hocvuso.helpdesk.audit.AuditStore;

/**
 * Signs people in through one way in ({@link Way}): first asks the {@link SignInThrottle}
 * whether this client address may try this name now, then checks the password, then
 * counts the outcome and writes it to the audit log: {@code sign-in} (form sign-ins only;
 * HTTP Basic authenticates every single API call), {@code sign-in-failed} with the name
 * that was tried, and {@code sign-in-throttled} when an address reaches a limit. Never
 * the password.
 */
final class ThrottledSignIn implements ReactiveAuthenticationManager {

	private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

	/** Names longer than this are cut in the audit log. */
	private static final int AUDITED_NAME_LENGTH = 64;

	private final ReactiveAuthenticationManager passwords;

	private final SignInThrottle throttle;

	private final AuditStore audit;

	private final Way way;

	ThrottledSignIn(ReactiveAuthenticationManager passwords, SignInThrottle throttle, AuditStore audit, Way way) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.way = way;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication attempt) {
		return ClientAddress.current().flatMap((address) -> {
			String name = attempt.getName();
			SignInThrottle.Verdict verdict = this.throttle.tryAttempt(name, address);
			if (verdict instanceof SignInThrottle.Verdict.Refused refused) {
				return Mono.error(new SignInThrottled(address, refused.retryAfter()));
			}
			return checkPassword(attempt, name, address, ((SignInThrottle.Verdict.Allowed) verdict).last());
		});
	}

	private Mono<Authentication> checkPassword(Authentication attempt, String name, ClientAddress address,
			boolean lastTry) {
		return this.passwords.authenticate(attempt)
			.flatMap((signedIn) -> succeeded(signedIn, name, address))
			.onErrorResume((failure) -> {
				if (failure instanceof BadCredentialsException) {
					return failed(name, address, lastTry).then(Mono.error(failure));
				}
				this.throttle.undecided(name, address);
				return Mono.error(failure);
			});
	}

	private Mono<Authentication> succeeded(Authentication signedIn, String name, ClientAddress address) {
		this.throttle.succeeded(name, address);
		if (!this.way.auditsSuccess()) {
			return Mono.just(signedIn);
		}
		return this.audit.record(signedIn.getName(), "sign-in", signedIn.getName(), detail(address))
			.thenReturn(signedIn);
	}

	private Mono<Void> failed(String name, ClientAddress address, boolean lastTry) {
		String tried = audited(name);
		Mono<Void> failure = this.audit.record(tried, "sign-in-failed", tried, detail(address));
		if (!lastTry) {
			return failure;
		}
		log.warn("Sign-ins from {} refused for a while after too many wrong passwords (latest for '{}')", address,
				tried);
		return failure.then(this.audit.record(tried, "sign-in-throttled", address.value(),
				detail(address) + "; tạm chặn đăng nhập từ địa chỉ này"));
	}

	private String detail(ClientAddress address) {
		return "từ " + address + " qua " + this.way.label();
	}

	private static String audited(String name) {
		return (name.length() > AUDITED_NAME_LENGTH) ? name.substring(0, AUDITED_NAME_LENGTH) + "…" : name;
	}

	/** How a sign-in came in. */
	enum Way {

		FORM("trang đăng nhập", true), BASIC("HTTP Basic", false);

		private final String label;

		private final boolean auditsSuccess;

		Way(String label, boolean auditsSuccess) {
			this.label = label;
			this.auditsSuccess = auditsSuccess;
		}

		String label() {
			return this.label;
		}

		boolean auditsSuccess() {
			return this.auditsSuccess;
		}

	}

}
