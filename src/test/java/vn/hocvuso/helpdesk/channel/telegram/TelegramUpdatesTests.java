package vn.hocvuso.helpdesk.channel.telegram;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import vn.hocvuso.helpdesk.conversation.InboundMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading Telegram updates: exact ids, commands and content. */
class TelegramUpdatesTests {

	/** The time messages are read at; the updates' own dates are shortly before. */
	private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "{\"update_id\":123}|123", "{\"update_id\":9007199254740993}|9007199254740993",
					"{\"update_id\":-1009007199254740993}|-1009007199254740993",
					"{\"update_id\":18446744073709551617}|18446744073709551617", "{\"update_id\":\"42\"}|42",
					"{\"update_id\":1.5}|''", "{\"update_id\":1e3}|''", "{\"update_id\":\"abc\"}|''", "{}|''" })
	void readsIdsAsTheExactDigitsOfIntegersOnly(String json, String expected) {
		assertThat(TelegramUpdates.updateId(JSON.readTree(json))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/start|true", "/start abc123|true", "/start@hoidapso_bot|true",
			"/started|false", "xin chào /start|false" })
	void recognisesTheStartCommandWithOrWithoutAPayload(String text, boolean start) {
		assertThat(TelegramUpdates.isStart(JSON.readTree("{\"text\":\"" + text + "\"}"))).isEqualTo(start);
	}

	@Test
	void aGifIsOneAnimationNotAlsoADocumentAndItsCaptionIsTheText() {
		String message = "{\"date\":1700000000,\"caption\":\"cái này là gì\","
				+ "\"animation\":{\"file_id\":\"CgAnim\"},\"document\":{\"file_id\":\"CgAnim\"}}";
		InboundMessage inbound = TelegramUpdates.message(JSON.readTree(message), "111", "7", NOW).orElseThrow();
		assertThat(inbound.attachments()).containsExactly(new InboundMessage.Attachment("gif", "tg-file:CgAnim"));
		assertThat(inbound.text()).isEqualTo("cái này là gì");
		assertThat(inbound.receivedAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
	}

	@Test
	void aServiceMessageCarriesNothingToAnswer() {
		String message = "{\"date\":1700000000,\"new_chat_members\":[{\"id\":5,\"is_bot\":false,\"first_name\":\"B\"}]}";
		assertThat(TelegramUpdates.message(JSON.readTree(message), "111", "8", NOW)).isEmpty();
	}

}
