package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The OA's access and refresh tokens, shared by every instance through the store. Zalo's
 * refresh token is single-use, so one refresh runs at a time across all instances: the
 * instance that takes the store's lease refreshes and writes the new pair before using
 * it; the others wait and read it from the store. A refresh Zalo refuses for good marks
 * the channel "cần kết nối lại" and replies wait until staff reconnect the OA.
 */
class ZaloTokens {

	private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);

	private static final Duration POLL = Duration.ofMillis(250);

	private final ZaloTokenStore store;

	private final ZaloOAuth oauth;

	private final ZaloProperties properties;

	private final Clock clock;

	/** This instance, as the owner of a refresh lease. */
	private final String owner = UUID.randomUUID().toString();

	private final AtomicReference<Tokens> current = new AtomicReference<>();

	private final AtomicReference<Mono<Tokens>> refreshing = new AtomicReference<>();

	/**
	 * Staff's choice on paid replies as last read from the store (each instance reads it
	 * at every connection check); null until staff choose.
	 */
	private final AtomicReference<Boolean> paidChoice = new AtomicReference<>();

	private final RefreshPacing pacing;

	ZaloTokens(ZaloTokenStore store, ZaloOAuth oauth, ZaloProperties properties, Clock clock) {
		this.store = store;
		this.oauth = oauth;
		this.properties = properties;
		this.clock = clock;
		this.pacing = new RefreshPacing(properties.refreshMinInterval());
	}

	/**
	 * The pair to send with; fails with {@link NeedsReconnect} while staff must
	 * reconnect.
	 */
	Mono<Tokens> current() {
		Tokens known = this.current.get();
		return (known != null) ? Mono.just(known) : connection().flatMap(this::usable);
	}

	/**
	 * The connection as stored (the configured pair is stored first when there is none).
	 */
	Mono<ZaloConnection> connection() {
		// A read, not a write, once the first pair is stored: staff pages and health ask
		// often.
		return this.store.read()
			.switchIfEmpty(Mono.defer(
					() -> this.store.load(new Tokens(this.properties.accessToken(), this.properties.refreshToken()))))
			.doOnNext((stored) -> this.paidChoice.set(stored.paidReplies()));
	}

	/**
	 * Whether replies Zalo charges for may be sent: staff's choice on the Zalo page, else
	 * configuration.
	 */
	boolean paidReplies() {
		Boolean chosen = this.paidChoice.get();
		return (chosen != null) ? chosen : this.properties.paidReplies();
	}

	/**
	 * Staff allowed (or stopped) paid replies; every instance follows at its next check.
	 */
	Mono<Void> allowPaidReplies(boolean allowed) {
		return this.store.paidReplies(allowed).doOnSuccess((done) -> this.paidChoice.set(allowed));
	}

	/**
	 * A pair newer than the one whose access token is {@code spent} (rejected by Zalo, or
	 * about to expire). If another sender or instance has already refreshed, its pair is
	 * returned; otherwise one refresh runs and every caller of this instance waits for
	 * it.
	 */
	Mono<Tokens> refreshReplacing(String spent) {
		Tokens known = this.current.get();
		if (known != null && !known.accessToken().equals(spent)) {
			return Mono.just(known);
		}
		Mono<Tokens> flight = this.refreshing.get();
		if (flight != null) {
			return flight;
		}
		Instant now = this.clock.instant();
		if (this.pacing.tooSoon(now)) {
			return Mono.error(new IllegalStateException("Zalo rejected the access token again; the next refresh "
					+ "is allowed after " + this.pacing.nextAllowed()));
		}
		Mono<Tokens> started = refreshOnce(spent, maxPolls()).doOnSuccess((fresh) -> this.pacing.succeeded())
			.doOnError((error) -> this.pacing.failed())
			.doFinally((signal) -> this.refreshing.set(null))
			.cache();
		if (!this.refreshing.compareAndSet(null, started)) {
			return refreshReplacing(spent);
		}
		this.pacing.started(now);
		return started;
	}

	/** Staff connected the OA (authorization or form): the new pair is used at once. */
	Mono<Void> connect(Tokens pair, Instant expiresAt) {
		return this.store.connect(pair, expiresAt, this.clock.instant())
			.doOnSuccess((done) -> this.current.set(pair))
			.doOnSuccess((done) -> log.info("Zalo OA connected by staff"));
	}

	Mono<Void> oaProblem(String problem) {
		return this.store.oaProblem(problem);
	}

	private Mono<Tokens> refreshOnce(String spent, int pollsLeft) {
		return connection().flatMap((stored) -> {
			if (!stored.connected() || !stored.tokens().accessToken().equals(spent)) {
				return usable(stored);
			}
			return this.store.takeLease(spent, this.owner, this.clock.instant(), this.properties.refreshLease())
				.flatMap((mine) -> mine ? refresh(stored.tokens()) : waitForOther(spent, pollsLeft));
		});
	}

	/** Another instance holds the lease: its new pair is read from the store. */
	private Mono<Tokens> waitForOther(String spent, int pollsLeft) {
		if (pollsLeft <= 0) {
			return Mono.error(new IllegalStateException("Another instance is still refreshing the Zalo token"));
		}
		return Mono.delay(POLL).then(Mono.defer(() -> refreshOnce(spent, pollsLeft - 1)));
	}

	private Mono<Tokens> refresh(Tokens spent) {
		log.info("Refreshing the Zalo access token");
		return this.oauth.refresh(spent.refreshToken()).flatMap((answer) -> {
			if (answer instanceof ZaloOAuth.Issued issued) {
				return this.store.saveRefreshed(spent, issued.tokens(), issued.expiresAt(), this.clock.instant())
					.flatMap((saved) -> saved ? Mono.just(issued.tokens()) : connection().flatMap(this::usable))
					.doOnNext(this.current::set);
			}
			String reason = ((ZaloOAuth.Refused) answer).reason();
			log.error("Zalo refused the refresh token for good ({}); staff must reconnect the OA", reason);
			this.current.set(null);
			return this.store.needsReconnect(reason, this.clock.instant())
				.then(Mono.<Tokens>error(new NeedsReconnect(reason)));
		})
			.onErrorResume((error) -> !(error instanceof NeedsReconnect),
					(error) -> this.store.releaseLease(this.owner, error.toString(), this.clock.instant())
						.then(Mono.error(error)));
	}

	private Mono<Tokens> usable(ZaloConnection stored) {
		if (!stored.connected()) {
			this.current.set(null);
			return Mono.error(new NeedsReconnect(stored.lastError()));
		}
		this.current.set(stored.tokens());
		return Mono.just(stored.tokens());
	}

	private int maxPolls() {
		return (int) (this.properties.refreshLease().toMillis() / POLL.toMillis()) + 20;
	}

	record Tokens(String accessToken, String refreshToken) {

		@Override
		public String toString() {
			return "Tokens[hidden]";
		}

	}

	/** Staff must reconnect the OA before anything can be sent. */
	static final class NeedsReconnect extends RuntimeException {

		NeedsReconnect(String reason) {
			super("Zalo OA needs to be reconnected by staff" + (reason.isEmpty() ? "" : ": " + reason));
		}

	}

}
