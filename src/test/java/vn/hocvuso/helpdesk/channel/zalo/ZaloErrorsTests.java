package vn.hocvuso.helpdesk.channel.zalo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.MissingNode;

import vn.hocvuso.helpdesk.delivery.DeliveryResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of Zalo's answers to a message lands in the outcome docs/channels/zalo.md gives
 * it.
 */
class ZaloErrorsTests {

	@ParameterizedTest
	@ValueSource(ints = { -201, -213, -217, -218, -227, -230, -232, -234, -244 })
	void aResidentZaloWillNotLetUsReachGoesToAPerson(int code) {
		assertThat(ZaloErrors.result(refusal(code))).isInstanceOf(DeliveryResult.Undeliverable.class);
		assertThat(kind(code)).isEqualTo(ZaloErrors.Kind.RESIDENT_UNREACHABLE);
	}

	@ParameterizedTest
	@ValueSource(ints = { -204, -205, -209, -211, -212, -219, -221, -224 })
	void aRefusalOfTheOaItselfGoesToAPersonAndToStaff(int code) {
		assertThat(ZaloErrors.result(refusal(code))).isInstanceOf(DeliveryResult.Undeliverable.class);
		assertThat(kind(code)).isEqualTo(ZaloErrors.Kind.OA_BLOCKED);
	}

	@ParameterizedTest
	@ValueSource(ints = { -32, -100 })
	void aPassingFaultIsRetried(int code) {
		assertThat(ZaloErrors.result(refusal(code))).isInstanceOf(DeliveryResult.RetryLater.class);
	}

	@ParameterizedTest
	@ValueSource(ints = { -216, -220 })
	void aRefusedTokenIsRefreshed(int code) {
		assertThat(ZaloErrors.tokenRefused(refusal(code))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { -999, -14014, -240, 1, -200 })
	void anUnknownCodeIsTriedAFewTimesThenAPersonIsAsked(int code) {
		assertThat(ZaloErrors.result(refusal(code))).isInstanceOf(DeliveryResult.Unrecognised.class)
			.hasToString("Unrecognised[reason=zalo error " + code + ": " + refusal(code) + "]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"error\":\"0\"}", "{\"error\":null}", "[]", "{\"message\":\"Success\"}",
			"{\"error\":0}", "{\"error\":0,\"data\":{}}" })
	void anAnswerWithoutAResultOrMessageIdIsNotDelivered(String body) {
		assertThat(ZaloErrors.result(ZaloSamples.json(body))).isInstanceOf(DeliveryResult.Unrecognised.class);
	}

	@Test
	void anEmptyBodyIsNotDelivered() {
		assertThat(ZaloErrors.result(MissingNode.getInstance())).isInstanceOf(DeliveryResult.Unrecognised.class);
	}

	@Test
	void zalosDocumentedSuccessIsDeliveredWithItsMessageId() {
		assertThat(ZaloErrors.result(ZaloSamples.json(ZaloSamples.raw("send_cs.success.docs-sample"))))
			.isEqualTo(DeliveryResult.delivered("63ecf43f0df7dba892e6"));
	}

	@Test
	void theCapturedRefusalsLandInTheirOutcome() {
		assertThat(ZaloErrors.result(ZaloSamples.json(ZaloSamples.raw("send_cs.error-230.logged"))))
			.isInstanceOf(DeliveryResult.Undeliverable.class);
		assertThat(ZaloErrors.tokenRefused(ZaloSamples.json(ZaloSamples.raw("send_cs.error-216")))).isTrue();
	}

	private static ZaloErrors.Kind kind(int code) {
		return ZaloErrors.refusal(code).orElseThrow().kind();
	}

	private static tools.jackson.databind.JsonNode refusal(int code) {
		return ZaloSamples.json("{\"error\":" + code + ",\"message\":\"refused\"}");
	}

}
