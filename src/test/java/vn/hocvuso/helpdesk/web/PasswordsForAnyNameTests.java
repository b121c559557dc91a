package vn.hocvuso.helpdesk.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong password costs one bcrypt check whether the name exists or not. Timing itself
 * is measured in {@code bench/signin-timing.sh}, not asserted here; this counts the
 * checks of Spring's real encoder (an outside library, wrapped only to count).
 */
class PasswordsForAnyNameTests {

	private final AtomicInteger checks = new AtomicInteger();

	private final PasswordEncoder encoder = new CountingEncoder(new BCryptPasswordEncoder(4), this.checks);

	private final UserDetailsRepositoryReactiveAuthenticationManager passwords = passwords();

	@Test
	void anUnknownNameCostsOneBcryptCheckLikeAKnownOne() {
		StepVerifier.create(this.passwords.authenticate(attempt("lan", "wrong")))
			.expectError(BadCredentialsException.class)
			.verify();
		assertThat(this.checks).hasValue(1);
		StepVerifier.create(this.passwords.authenticate(attempt("nobody", "wrong")))
			.expectError(BadCredentialsException.class)
			.verify();
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void theStandInNeverSignsAnyoneIn() {
		for (String password : new String[] { "", "password", "(no such account)" }) {
			StepVerifier.create(this.passwords.authenticate(attempt("(no such account)", password)))
				.expectError(BadCredentialsException.class)
				.verify();
		}
	}

	@Test
	void aKnownNameWithItsPasswordStillSignsIn() {
		StepVerifier.create(this.passwords.authenticate(attempt("lan", "mat-khau-dung")))
			.assertNext((signedIn) -> assertThat(signedIn.getName()).isEqualTo("lan"))
			.verifyComplete();
	}

	private UserDetailsRepositoryReactiveAuthenticationManager passwords() {
		MapReactiveUserDetailsService accounts = new MapReactiveUserDetailsService(
				User.withUsername("lan").password(this.encoder.encode("mat-khau-dung")).roles("AMBASSADOR").build());
		UserDetailsRepositoryReactiveAuthenticationManager manager = new UserDetailsRepositoryReactiveAuthenticationManager(
				new PasswordsForAnyName(accounts, this.encoder));
		manager.setPasswordEncoder(this.encoder);
		this.checks.set(0);
		return manager;
	}

	private static UsernamePasswordAuthenticationToken attempt(String name, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
	}

	private record CountingEncoder(PasswordEncoder encoder, AtomicInteger checks) implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			return this.encoder.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.checks.incrementAndGet();
			return this.encoder.matches(raw, encoded);
		}

	}

}
