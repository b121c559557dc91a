package vn.hocvuso.helpdesk.channel.zalo;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.util.UriComponentsBuilder;

import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Staff connect the ward's OA without touching configuration: {@code connect} sends them
 * to Zalo's authorization page, Zalo sends them back to {@code callback} with a code that
 * is exchanged for the token pair; or they paste a pair from Zalo's API Explorer. The
 * channel's state is shown on {@code /staff/zalo.html}.
 */
@RestController
class ZaloConnectionRoutes {

	private static final Logger log = LoggerFactory.getLogger(ZaloConnectionRoutes.class);

	static final String CALLBACK = "/staff/channels/zalo/callback";

	private final ZaloProperties properties;

	private final ZaloOAuth oauth;

	private final ZaloTokens tokens;

	private final ReplyDelivery delivery;

	private final Clock clock;

	ZaloConnectionRoutes(ZaloProperties properties, ZaloOAuth oauth, ZaloTokens tokens, ReplyDelivery delivery,
			Clock clock) {
		this.properties = properties;
		this.oauth = oauth;
		this.tokens = tokens;
		this.delivery = delivery;
		this.clock = clock;
	}

	/** The channel's state for the staff page. */
	@GetMapping(path = "/api/v1/channels/zalo", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ZaloStatus> status(ServerWebExchange exchange) {
		String callback = callbackUrl(exchange);
		if (!this.properties.enabled()) {
			return Mono.just(new ZaloStatus(false, "OFF", null, null, "", null, "", false, callback));
		}
		return this.tokens.connection().map((stored) -> ZaloStatus.of(stored, this.tokens.paidReplies(), callback));
	}

	@GetMapping("/staff/channels/zalo/connect")
	Mono<ResponseEntity<Void>> connect(ServerWebExchange exchange) {
		requireEnabled();
		String callback = callbackUrl(exchange);
		// SecureRandom may read the system's entropy file: not on an event-loop thread.
		Mono<ZaloAuthorization> started = Mono.fromCallable(() -> ZaloAuthorization.start(this.clock.instant()))
			.subscribeOn(Schedulers.boundedElastic());
		return Mono.zip(started, exchange.getSession()).map((pair) -> {
			ZaloAuthorization authorization = pair.getT1();
			pair.getT2().getAttributes().put(ZaloAuthorization.SESSION_KEY, authorization);
			URI permission = UriComponentsBuilder.fromUriString(this.properties.oauthBaseUrl())
				.path("/v4/oa/permission")
				.queryParam("app_id", this.properties.appId())
				.queryParam("redirect_uri", callback)
				.queryParam("code_challenge", authorization.challenge())
				.queryParam("state", authorization.state())
				.encode()
				.build()
				.toUri();
			return ResponseEntity.status(HttpStatus.FOUND).location(permission).build();
		});
	}

	@GetMapping(CALLBACK)
	Mono<ResponseEntity<Void>> callback(@RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String state, WebSession session) {
		requireEnabled();
		Object started = session.getAttributes().remove(ZaloAuthorization.SESSION_KEY);
		if (!(started instanceof ZaloAuthorization authorization)
				|| !authorization.matches(state, this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Lượt kết nối này không khớp hoặc đã quá "
					+ "10 phút. Bấm lại “Kết nối Zalo OA” trên trang Zalo OA.");
		}
		if (code.isBlank() || code.length() > 2000) {
			return Mono.just(backToPage("tu-choi"));
		}
		return this.oauth.exchangeCode(code, authorization.verifier()).flatMap((answer) -> {
			if (answer instanceof ZaloOAuth.Issued issued) {
				return connected(issued.tokens(), issued.expiresAt()).thenReturn(backToPage("da-ket-noi"));
			}
			return Mono.just(backToPage("zalo-tu-choi"));
		}).onErrorResume((error) -> Mono.just(backToPage("loi-mang")));
	}

	/** A pair pasted by staff (from Zalo's API Explorer) replaces the stored one. */
	@PostMapping(path = "/api/v1/channels/zalo/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Void>> enterTokens(@RequestBody EnteredTokens entered) {
		requireEnabled();
		if (!usable(entered.accessToken()) || !usable(entered.refreshToken())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Cần dán cả access token và refresh token (mỗi mã tối đa 2.000 ký tự, không có khoảng trắng).");
		}
		long seconds = (entered.expiresIn() != null && entered.expiresIn() > 0) ? entered.expiresIn()
				: ZaloOAuth.ASSUMED_LIFETIME_SECONDS;
		return connected(new ZaloTokens.Tokens(entered.accessToken().strip(), entered.refreshToken().strip()),
				this.clock.instant().plus(Duration.ofSeconds(seconds)))
			.thenReturn(ResponseEntity.noContent().build());
	}

	/**
	 * Staff allow (or stop) replies Zalo charges for: more than 48 hours after the
	 * resident last wrote. Replies waiting for a person to phone are not sent again.
	 */
	@PutMapping(path = "/api/v1/channels/zalo/paid-replies", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Void>> paidReplies(@RequestBody PaidReplies choice, Principal who) {
		requireEnabled();
		if (choice.allowed() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Cần trường «allowed»: true (cho phép tin tính phí) hoặc false.");
		}
		log.info("{} set Zalo paid replies to {}", who.getName(), choice.allowed());
		return this.tokens.allowPaidReplies(choice.allowed()).thenReturn(ResponseEntity.noContent().build());
	}

	/** Stores the pair and sends the replies that waited for it. */
	private Mono<Void> connected(ZaloTokens.Tokens pair, Instant expiresAt) {
		return this.tokens.connect(pair, expiresAt).then(this.delivery.retryNow(ChannelType.ZALO)).then();
	}

	private static boolean usable(@Nullable String token) {
		return token != null && !token.isBlank() && token.strip().length() <= 2000
				&& token.strip().codePoints().noneMatch(Character::isWhitespace);
	}

	private void requireEnabled() {
		if (!this.properties.enabled()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"Kênh Zalo đang tắt (helpdesk.channels.zalo.enabled=false).");
		}
	}

	private String callbackUrl(ServerWebExchange exchange) {
		if (!this.properties.redirectUrl().isBlank()) {
			return this.properties.redirectUrl();
		}
		return UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
			.replacePath(CALLBACK)
			.replaceQuery(null)
			.build()
			.toUriString();
	}

	private static ResponseEntity<Void> backToPage(String outcome) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create("/staff/zalo.html?ket-qua=" + outcome))
			.build();
	}

	/**
	 * A token pair typed or pasted by staff.
	 *
	 * @param expiresIn the access token's lifetime in seconds as Zalo gave it; empty: 25
	 * hours
	 */
	record EnteredTokens(@Nullable String accessToken, @Nullable String refreshToken, @Nullable Long expiresIn) {

		@Override
		public String toString() {
			return "EnteredTokens[hidden]";
		}

	}

	/** Staff's choice on paid replies. */
	record PaidReplies(@Nullable Boolean allowed) {
	}

	/**
	 * What the staff page shows; never the tokens themselves.
	 *
	 * @param paidReplies whether replies Zalo charges for may be sent
	 */
	record ZaloStatus(boolean enabled, String state, @Nullable Instant expiresAt, @Nullable Instant refreshedAt,
			String lastError, @Nullable Instant lastErrorAt, String oaProblem, boolean paidReplies,
			String callbackUrl) {

		static ZaloStatus of(ZaloConnection stored, boolean paidReplies, String callbackUrl) {
			String state = stored.tokens().accessToken().isEmpty() ? "NOT_CONNECTED" : stored.state().name();
			return new ZaloStatus(true, state, stored.expiresAt(), stored.refreshedAt(), stored.lastError(),
					stored.lastErrorAt(), stored.oaProblem(), paidReplies, callbackUrl);
		}

	}

}
