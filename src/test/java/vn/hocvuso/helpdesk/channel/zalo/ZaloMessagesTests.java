package vn.hocvuso.helpdesk.channel.zalo;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/** The Zalo messages one reply becomes: one per answer, choices as buttons. */
class ZaloMessagesTests {

	static final List<Reply.QuickReply> THREE = List.of(Reply.QuickReply.of("Cài đặt ứng dụng VNeID"),
			Reply.QuickReply.of("Quên mật khẩu VNeID"), new Reply.QuickReply("Gặp người hỗ trợ", "3"));

	@Test
	void aThreeChoiceAnswerIsOneMessageWithThreeButtonsThatSendTheirWordsBack() {
		Reply reply = reply("Bác muốn hỏi việc nào ạ?", THREE, "msg-1");
		List<ZaloMessages.Message> messages = ZaloMessages.of(reply);
		assertThat(messages).singleElement().satisfies((message) -> {
			assertThat(message.text()).isEqualTo("Bác muốn hỏi việc nào ạ?");
			assertThat(message.buttons()).isEqualTo(THREE);
		});
		Map<String, Object> body = ZaloMessages.body(reply, messages.get(0));
		assertThat(ZaloSamples.json(json(body)).at("/message/attachment/payload/buttons")).isEqualTo(ZaloSamples
			.json("[{\"payload\":\"Cài đặt ứng dụng VNeID\",\"title\":\"Cài đặt ứng dụng VNeID\",\"type\":\"oa.query.show\"},"
					+ "{\"payload\":\"Quên mật khẩu VNeID\",\"title\":\"Quên mật khẩu VNeID\",\"type\":\"oa.query.show\"},"
					+ "{\"payload\":\"3\",\"title\":\"Gặp người hỗ trợ\",\"type\":\"oa.query.show\"}]"));
		assertThat(ZaloSamples.json(json(body)).at("/message/attachment/type").asString()).isEqualTo("template");
	}

	@Test
	void aReplyToAResidentsMessageIsAddressedToThatMessage() {
		Reply reply = reply("Dạ, bác làm như sau ạ.", List.of(), "msg-42");
		Map<String, Object> body = ZaloMessages.body(reply, ZaloMessages.of(reply).get(0));
		assertThat(body.get("recipient")).isEqualTo(Map.of("message_id", "msg-42"));
		assertThat(ZaloSamples.json(json(body)).at("/message/attachment").isMissingNode()).isTrue();
	}

	@Test
	void aMessageThatAnswersNoMessageIsAddressedToTheResident() {
		for (String none : new String[] { null, "", "  " }) {
			Reply reply = reply("Chào bác ạ.", List.of(), none);
			assertThat(ZaloMessages.body(reply, ZaloMessages.of(reply).get(0)).get("recipient"))
				.isEqualTo(Map.of("user_id", "2512523625412515"));
		}
	}

	@Test
	void aPersonWhoDoesNotFollowTheOaIsAnsweredInTheirAnonymousConversation() {
		String id = AnonymousChat.id("8f3a11", "conv-77");
		Reply reply = new Reply("r1", ChannelType.ZALO, id, null, "Dạ, bác làm như sau ạ.", List.of(), "msg-9", null);
		assertThat(ZaloMessages.body(reply, ZaloMessages.of(reply).get(0)).get("recipient"))
			.isEqualTo(Map.of("anonymous_id", "8f3a11", "conversation_id", "conv-77"));
		assertThat(AnonymousChat.of(id)).contains(new AnonymousChat("8f3a11", "conv-77"));
	}

	@Test
	void anAnonymousConversationWithAPartMissingHasNoId() {
		assertThat(AnonymousChat.id("", "conv-77")).isEmpty();
		assertThat(AnonymousChat.id("8f3a11", " ")).isEmpty();
		assertThat(AnonymousChat.id("a:b", "conv")).isEmpty();
		assertThat(AnonymousChat.of("2512523625412515")).isEmpty();
		assertThat(AnonymousChat.of("anonymous:onlyone")).isEmpty();
		assertThat(AnonymousChat.of("anonymous:x:")).isEmpty();
	}

	@Test
	void moreChoicesThanZaloHasButtonsForAreListedAsLinesToCopy() {
		List<Reply.QuickReply> six = IntStream.rangeClosed(1, 6)
			.mapToObj((i) -> Reply.QuickReply.of("Mục " + i))
			.toList();
		List<ZaloMessages.Message> messages = ZaloMessages.of(reply("Bác chọn một mục ạ:", six, "msg-1"));
		assertThat(messages).singleElement().satisfies((message) -> {
			assertThat(message.buttons()).isEmpty();
			assertThat(message.text()).contains("\n• Mục 1").contains("\n• Mục 6");
		});
	}

	@Test
	void aLongLabelIsShortenedOnTheButtonButSendsItsWholePayload() {
		String label = "Hướng dẫn ".repeat(20).strip();
		Reply reply = reply("Bác chọn ạ:", List.of(Reply.QuickReply.of(label)), null);
		Map<String, Object> body = ZaloMessages.body(reply, ZaloMessages.of(reply).get(0));
		var button = ZaloSamples.json(json(body)).at("/message/attachment/payload/buttons/0");
		assertThat(button.path("title").asString()).hasSizeLessThanOrEqualTo(ZaloMessages.MAX_TITLE).endsWith("…");
		assertThat(button.path("payload").asString()).isEqualTo(label);
	}

	@Test
	void aTextLongerThanZalosLimitIsSplitWithTheButtonsOnTheLastPart() {
		String text = "Bước một. ".repeat(250) + "\n" + "Bước hai. ".repeat(250);
		List<ZaloMessages.Message> messages = ZaloMessages.of(reply(text, THREE, "msg-1"));
		assertThat(messages).hasSizeGreaterThan(1)
			.allSatisfy((message) -> assertThat(message.text().length()).isLessThanOrEqualTo(ZaloMessages.MAX_TEXT));
		assertThat(messages.subList(0, messages.size() - 1)).allSatisfy((m) -> assertThat(m.buttons()).isEmpty());
		assertThat(messages.get(messages.size() - 1).buttons()).isEqualTo(THREE);
	}

	private static Reply reply(String text, List<Reply.QuickReply> choices, String inReplyTo) {
		return new Reply("reply-1", ChannelType.ZALO, "2512523625412515", "case-1", text, choices, inReplyTo, null);
	}

	private static String json(Map<String, Object> body) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
	}

}
