package vn.hocvuso.helpdesk.channel.telegram;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import vn.hocvuso.helpdesk.delivery.DeliveryResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's pure parts: outcomes of Bot API answers, chat ids, splitting and error
 * descriptions.
 */
class TelegramReplySenderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "200|{\"ok\":true,\"result\":{}}|Delivered",
			"429|{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 5\"}|RetryLater",
			"403|{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was kicked\"}|Undeliverable",
			"400|{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}|Undeliverable",
			"401|{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}|RetryLater",
			"404|{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}|RetryLater",
			"502|<html>Bad Gateway</html>|RetryLater", "200|{\"ok\":false}|RetryLater" })
	void mapsEachBotApiAnswerToADeliveryOutcome(int status, String body, String outcome) {
		TelegramApi.Answer answer = new TelegramApi.Answer(status, parse(body));
		assertThat(TelegramReplySender.result(answer).getClass().getSimpleName()).isEqualTo(outcome);
	}

	@Test
	void anAcceptedMessageKeepsTelegramsMessageId() {
		TelegramApi.Answer answer = new TelegramApi.Answer(200,
				JSON.readTree("{\"ok\":true,\"result\":{\"message_id\":4711,\"chat\":{\"id\":12}}}"));
		assertThat(TelegramReplySender.result(answer)).isEqualTo(DeliveryResult.delivered("4711"));
	}

	@Test
	void aRateLimitCarriesTelegramsRetryAfter() {
		TelegramApi.Answer answer = new TelegramApi.Answer(429,
				JSON.readTree("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 5\","
						+ "\"parameters\":{\"retry_after\":5}}"));
		DeliveryResult.RetryLater retry = (DeliveryResult.RetryLater) TelegramReplySender.result(answer);
		assertThat(retry.notBefore()).isEqualTo(Optional.of(Duration.ofSeconds(5)));
	}

	@Test
	void numericChatIdsAreSentAsExactNumbersAndUsernamesAsText() {
		assertThat(TelegramReplySender.chatId("-1009007199254740993"))
			.isEqualTo(new BigInteger("-1009007199254740993"));
		assertThat(JSON.writeValueAsString(TelegramReplySender.chatId("-1009007199254740993")))
			.isEqualTo("-1009007199254740993");
		assertThat(TelegramReplySender.chatId("@phuong_channel")).isEqualTo("@phuong_channel");
	}

	@Test
	void splitsLongTextsBetweenWordsAndNeverInsideACharacter() {
		String words = "chữ ".repeat(2000).strip();
		List<String> parts = TelegramReplySender.parts(words);
		assertThat(parts).hasSize(2).allSatisfy((part) -> assertThat(part).hasSizeLessThanOrEqualTo(4096));
		assertThat(String.join(" ", parts)).isEqualTo(words);
		String emoji = "a" + "😀".repeat(3000);
		List<String> cut = TelegramReplySender.parts(emoji);
		assertThat(String.join("", cut)).isEqualTo(emoji);
		assertThat(cut)
			.allSatisfy((part) -> assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse());
	}

	@Test
	void describesFailuresWithoutTheRequestUrl() {
		Exception error = new IllegalStateException("POST http://x/bot123:secret/sendMessage",
				new IOException("Connection reset by peer"));
		assertThat(TelegramReplySender.describe(error)).isEqualTo("IOException (Connection reset by peer)")
			.doesNotContain("secret");
	}

	private static JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

}
