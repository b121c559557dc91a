package vn.hocvuso.helpdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Counts sign-in attempts per account and client address, and per client address, and
 * says when an address must wait before it tries again. Nothing is ever counted against
 * an account alone: whoever guesses slows only themselves, and the account's owner still
 * signs in from anywhere else.
 * <p>
 * An attempt is counted when it starts ({@link #tryAttempt}), so a burst of parallel
 * guesses gets no more tries than a slow one; a right password then forgets that
 * address's failures for that account and gives its attempt back, and so does an attempt
 * that could not be checked at all. Counts live in this instance's memory, bounded, and
 * are forgotten a {@code window} after their latest attempt. Time is the app's
 * {@link Clock}, so tests can move it.
 */
final class SignInThrottle {

	/** Longer names are cut to this before they become keys. */
	private static final int MAX_NAME_LENGTH = 128;

	private final WebProperties.SignIn limits;

	private final Clock clock;

	private final Cache<AccountAt, Attempts> byAccount;

	private final Cache<ClientAddress, Attempts> byAddress;

	SignInThrottle(WebProperties.SignIn limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
		this.byAccount = cache(limits, clock);
		this.byAddress = cache(limits, clock);
	}

	private static <K> Cache<K, Attempts> cache(WebProperties.SignIn limits, Clock clock) {
		return Caffeine.newBuilder()
			.ticker(() -> nanos(clock.instant()))
			.expireAfterWrite(limits.window())
			.maximumSize(limits.maxTracked())
			.build();
	}

	private static long nanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	/**
	 * Counts an attempt of this address at this account, or says how long it must wait.
	 */
	Verdict tryAttempt(String account, ClientAddress address) {
		AccountAt pair = AccountAt.of(account, address);
		Instant now = this.clock.instant();
		Optional<Attempts> fromAddress = count(this.byAddress, address, this.limits.failuresPerAddress(), now);
		if (fromAddress.isEmpty()) {
			return refused(this.byAddress.getIfPresent(address));
		}
		Optional<Attempts> forAccount = count(this.byAccount, pair, this.limits.failuresPerAccount(), now);
		if (forAccount.isEmpty()) {
			giveBack(this.byAddress, address);
			return refused(this.byAccount.getIfPresent(pair));
		}
		return new Verdict.Allowed(fromAddress.get().count() == this.limits.failuresPerAddress()
				|| forAccount.get().count() == this.limits.failuresPerAccount());
	}

	/** A right password: this address's failures for this account are forgotten. */
	void succeeded(String account, ClientAddress address) {
		this.byAccount.invalidate(AccountAt.of(account, address));
		giveBack(this.byAddress, address);
	}

	/** The attempt could not be checked (the store did not answer): it does not count. */
	void undecided(String account, ClientAddress address) {
		giveBack(this.byAccount, AccountAt.of(account, address));
		giveBack(this.byAddress, address);
	}

	/**
	 * One more attempt for this key; empty, and nothing counted, when the key is at its
	 * limit already. A refused attempt writes nothing, so it does not extend the wait.
	 */
	private static <K> Optional<Attempts> count(Cache<K, Attempts> cache, K key, int limit, Instant now) {
		Attempts seen = cache.getIfPresent(key);
		if (seen != null && seen.count() >= limit) {
			return Optional.empty();
		}
		AtomicBoolean full = new AtomicBoolean();
		Attempts counted = cache.asMap().compute(key, (k, old) -> {
			if (old == null) {
				return Attempts.first(now);
			}
			full.set(old.count() >= limit);
			return full.get() ? old : old.plusOne(now);
		});
		return full.get() ? Optional.empty() : Optional.of(counted);
	}

	private static <K> void giveBack(Cache<K, Attempts> cache, K key) {
		cache.asMap().computeIfPresent(key, (k, old) -> (old.count() <= 1) ? null : old.minusOne());
	}

	private Verdict refused(@Nullable Attempts attempts) {
		if (attempts == null) {
			// Forgotten in the meantime: the wait is over.
			return new Verdict.Refused(Duration.ofSeconds(1));
		}
		Duration left = Duration.between(this.clock.instant(), attempts.latest().plus(this.limits.window()));
		return new Verdict.Refused(left.isNegative() ? Duration.ofSeconds(1) : left);
	}

	/** Whether an attempt may go on. */
	sealed interface Verdict {

		/** It may; {@code last} when it is the last one before refusals start. */
		record Allowed(boolean last) implements Verdict {
		}

		/** It may not, for this long still. */
		record Refused(Duration retryAfter) implements Verdict {
		}

	}

	/** One account tried from one address; names are compared without case. */
	record AccountAt(String account, ClientAddress address) {

		static AccountAt of(String account, ClientAddress address) {
			String name = account.toLowerCase(Locale.ROOT);
			return new AccountAt((name.length() > MAX_NAME_LENGTH) ? name.substring(0, MAX_NAME_LENGTH) : name,
					address);
		}

	}

	/** Attempts counted, and when the latest was. */
	record Attempts(int count, Instant latest) {

		static Attempts first(Instant at) {
			return new Attempts(1, at);
		}

		Attempts plusOne(Instant at) {
			return new Attempts(this.count + 1, at);
		}

		Attempts minusOne() {
			return new Attempts(this.count - 1, this.latest);
		}

	}

}
