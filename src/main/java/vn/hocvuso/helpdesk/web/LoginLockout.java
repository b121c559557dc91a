package vn.hocvuso.helpdesk.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;

/**
 * Signs people in, and locks an account for a while after too many wrong passwords in a
 * row, whether they came through the login form or HTTP Basic. A right password resets
 * the count. The count lives in this instance's memory.
 */
class LoginLockout implements ReactiveAuthenticationManager {

	private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

	private final ReactiveAuthenticationManager passwords;

	private final int maxFailures;

	private final Cache<String, Integer> failures;

	LoginLockout(ReactiveAuthenticationManager passwords, WebProperties properties) {
		this.passwords = passwords;
		this.maxFailures = properties.maxLoginFailures();
		this.failures = Caffeine.newBuilder().expireAfterWrite(properties.lockout()).maximumSize(100_000).build();
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (isLocked(username)) {
			log.warn("Refused sign-in for locked account '{}'", username);
			return Mono.error(new LockedException("Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần."));
		}
		return this.passwords.authenticate(authentication)
			.doOnNext((signedIn) -> this.failures.invalidate(username))
			.doOnError(BadCredentialsException.class, (wrong) -> recordFailure(username));
	}

	boolean isLocked(String username) {
		Integer count = this.failures.getIfPresent(username);
		return count != null && count >= this.maxFailures;
	}

	private void recordFailure(String username) {
		// A write, so the lock runs from the latest failure.
		int count = this.failures.asMap().merge(username, 1, Integer::sum);
		if (count == this.maxFailures) {
			log.warn("Account '{}' locked after {} wrong passwords", username, count);
		}
	}

}
