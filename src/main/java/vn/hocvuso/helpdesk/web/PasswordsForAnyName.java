package vn.hocvuso.helpdesk.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts, seen by the password check: an unknown name gets a stand-in account whose
 * hash was made by the same encoder from a random password that is thrown away. The check
 * then runs one full bcrypt for unknown names as for known ones, so how long a wrong
 * password takes does not tell which accounts exist. The stand-in can never sign in: no
 * password matches its hash, and even if one did its credentials are marked expired and
 * it has no role. Its hash is made once, on a worker thread as the app starts, so the
 * start does not wait for it.
 */
final class PasswordsForAnyName implements ReactiveUserDetailsService {

	private final ReactiveUserDetailsService accounts;

	private final Mono<UserDetails> standIn;

	PasswordsForAnyName(ReactiveUserDetailsService accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.standIn = Mono.fromCallable(() -> standIn(encoder)).subscribeOn(Schedulers.boundedElastic()).cache();
		this.standIn.subscribe();
	}

	@Override
	public Mono<UserDetails> findByUsername(String username) {
		return this.accounts.findByUsername(username).switchIfEmpty(this.standIn);
	}

	private static UserDetails standIn(PasswordEncoder encoder) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return User.withUsername("(no such account)")
			.password(encoder.encode(Base64.getEncoder().encodeToString(secret)))
			.credentialsExpired(true)
			.authorities(List.of())
			.build();
	}

}
