package vn.hocvuso.helpdesk.channel.zalo;

import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import vn.hocvuso.helpdesk.delivery.DeliveryResult;

/**
 * What each of Zalo's answers to a message means for the reply, in one table; the sources
 * are listed in {@code docs/channels/zalo.md}. Zalo reports most refusals in the body of
 * an HTTP 200, so an answer without an {@code error} field (an empty or broken body) is
 * not taken as delivered.
 */
final class ZaloErrors {

	/** How a refusal is handled. */
	enum Kind {

		/**
		 * The resident cannot be reached now (window closed, not following, blocked): a
		 * person phones.
		 */
		RESIDENT_UNREACHABLE,

		/**
		 * The OA itself cannot send (package, quota, OA removed): a person phones, staff
		 * see a banner.
		 */
		OA_BLOCKED,

		/** A passing fault at Zalo (rate limit, internal error): tried again later. */
		PASSING,

		/** The access token was refused: refreshed, then the message is sent again. */
		TOKEN_REFUSED

	}

	/** Zalo's codes and what they mean for us (reasons in Vietnamese for staff). */
	private static final Map<Integer, Refusal> KNOWN = Map.ofEntries(
			refusal(-201, Kind.RESIDENT_UNREACHABLE, "Zalo không nhận mã người dùng hoặc nội dung tin"),
			refusal(-213, Kind.RESIDENT_UNREACHABLE, "người dân chưa quan tâm OA hoặc đã bỏ quan tâm"),
			refusal(-217, Kind.RESIDENT_UNREACHABLE, "người dân đã chặn OA"),
			refusal(-218, Kind.RESIDENT_UNREACHABLE, "người dân đã nhận đủ số tin Zalo cho phép"),
			refusal(-227, Kind.RESIDENT_UNREACHABLE,
					"tài khoản Zalo của người dân bị khóa hoặc quá 45 ngày không dùng"),
			refusal(-230, Kind.RESIDENT_UNREACHABLE, "người dân không tương tác với OA trong 7 ngày qua"),
			refusal(-232, Kind.RESIDENT_UNREACHABLE, "người dân chưa tương tác với OA, hoặc lần tương tác đã hết hạn"),
			refusal(-234, Kind.RESIDENT_UNREACHABLE, "Zalo không cho gửi loại tin này ban đêm (22 giờ – 6 giờ)"),
			refusal(-244, Kind.RESIDENT_UNREACHABLE, "người dân đã chặn loại tin này của OA"),
			refusal(-204, Kind.OA_BLOCKED, "OA đã bị vô hiệu hóa"), refusal(-205, Kind.OA_BLOCKED, "OA không tồn tại"),
			refusal(-209, Kind.OA_BLOCKED, "ứng dụng Zalo chưa được kích hoạt cho API này"),
			refusal(-211, Kind.OA_BLOCKED, "OA đã hết hạn mức gửi tin"),
			refusal(-212, Kind.OA_BLOCKED, "ứng dụng Zalo chưa đăng ký API gửi tin"),
			refusal(-219, Kind.OA_BLOCKED, "ứng dụng Zalo đã bị gỡ hoặc tạm khóa"),
			refusal(-221, Kind.OA_BLOCKED, "OA cần được xác thực để gửi tin"),
			refusal(-224, Kind.OA_BLOCKED, "gói dịch vụ của OA không cho gửi loại tin này"),
			refusal(-32, Kind.PASSING, "gửi quá nhanh, Zalo yêu cầu chờ"),
			refusal(-100, Kind.PASSING, "lỗi tạm thời ở Zalo"),
			refusal(-216, Kind.TOKEN_REFUSED, "access token không hợp lệ"),
			refusal(-220, Kind.TOKEN_REFUSED, "access token đã hết hạn hoặc bị thu hồi"));

	private ZaloErrors() {
	}

	/** Zalo's error code in an answer, or empty when the answer has none. */
	static Optional<Integer> code(JsonNode answer) {
		JsonNode error = answer.path("error");
		return error.isIntegralNumber() ? Optional.of(error.asInt()) : Optional.empty();
	}

	/** What a code means, or empty for a code this table does not know. */
	static Optional<Refusal> refusal(int code) {
		return Optional.ofNullable(KNOWN.get(code));
	}

	static boolean tokenRefused(JsonNode answer) {
		return code(answer).flatMap(ZaloErrors::refusal).map((r) -> r.kind() == Kind.TOKEN_REFUSED).orElse(false);
	}

	/** The outcome of one message from Zalo's answer. */
	static DeliveryResult result(JsonNode answer) {
		Optional<Integer> code = code(answer);
		if (code.isEmpty()) {
			return DeliveryResult.unrecognised("Zalo answered without a result: " + abbreviated(answer));
		}
		if (code.get() == 0) {
			String messageId = answer.path("data").path("message_id").asString("");
			return messageId.isEmpty()
					? DeliveryResult.unrecognised("Zalo accepted without a message id: " + abbreviated(answer))
					: DeliveryResult.delivered(messageId);
		}
		return refusal(code.get()).map((refusal) -> switch (refusal.kind()) {
			case RESIDENT_UNREACHABLE, OA_BLOCKED -> DeliveryResult.undeliverable(refusal.describe());
			case PASSING, TOKEN_REFUSED -> DeliveryResult.retryLater(refusal.describe(), Optional.empty());
		}).orElseGet(() -> DeliveryResult.unrecognised("zalo error " + code.get() + ": " + abbreviated(answer)));
	}

	private static String abbreviated(JsonNode answer) {
		String text = answer.isMissingNode() ? "(empty)" : answer.toString();
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	private static Map.Entry<Integer, Refusal> refusal(int code, Kind kind, String meaning) {
		return Map.entry(code, new Refusal(code, kind, meaning));
	}

	/** One of Zalo's refusal codes. */
	record Refusal(int code, Kind kind, String meaning) {

		String describe() {
			return "zalo error " + this.code + ": " + this.meaning;
		}

	}

}
