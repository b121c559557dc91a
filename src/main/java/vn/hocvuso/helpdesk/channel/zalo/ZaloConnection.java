package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The OA's connection as stored: the token pair, when the access token expires, and
 * whether staff must reconnect.
 *
 * @param expiresAt when the access token expires; null for a pair from configuration,
 * whose age is unknown
 * @param refreshedAt when the pair was last stored
 * @param lastError the last refresh that failed, or empty
 * @param oaProblem Zalo's last refusal of the OA itself (package, quota), or empty
 * @param paidReplies whether staff allowed replies Zalo charges for; null until staff
 * choose (configuration decides)
 */
record ZaloConnection(ZaloTokens.Tokens tokens, State state, @Nullable Instant expiresAt, @Nullable Instant refreshedAt,
		String lastError, @Nullable Instant lastErrorAt, String oaProblem, @Nullable Boolean paidReplies) {

	enum State {

		CONNECTED, NEEDS_RECONNECT

	}

	static ZaloConnection of(Document document) {
		return new ZaloConnection(
				new ZaloTokens.Tokens(document.get("accessToken", ""), document.get("refreshToken", "")),
				State.valueOf(document.get("state", State.CONNECTED.name())), instant(document, "expiresAt"),
				instant(document, "refreshedAt"), document.get("lastError", ""), instant(document, "lastErrorAt"),
				document.get("oaProblem", ""), document.getBoolean("paidReplies"));
	}

	boolean connected() {
		return this.state == State.CONNECTED && !this.tokens.accessToken().isEmpty();
	}

	private static @Nullable Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
