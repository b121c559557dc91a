package vn.hocvuso.helpdesk.channel.webchat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.WireServer;
import vn.hocvuso.helpdesk.delivery.DeliveryProperties;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web chat page asks for the replies after the newest one it has shown. A reply minted
 * earlier but put in the mailbox later (its sending was retried, or another instance sent
 * it) must still reach the page, through the real driver over TCP.
 */
class MailboxOrderIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Instant START = Instant.parse("2026-12-07T03:00:00Z");

	private final WireServer store = new WireServer();

	private MailboxStore mailbox;

	@BeforeEach
	void start() {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) 5);
		this.mailbox = new MailboxStore(this.store.database(), new PersonalDataCipher(key),
				new DeliveryProperties(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(1),
						Duration.ofMinutes(5), Duration.ofDays(30), 3));
		this.mailbox.afterPropertiesSet();
	}

	@AfterEach
	void stop() {
		this.store.close();
	}

	@Test
	void aReplyPutAfterALaterOneStillReachesThePage() {
		String earlier = new ObjectId(Date.from(START)).toHexString();
		String later = new ObjectId(Date.from(START.plusSeconds(1))).toHexString();
		this.mailbox.put(reply(later, "Bác mở ứng dụng VNeID."), START.plusSeconds(2)).block(WAIT);
		assertThat(ids("0")).containsExactly(later);
		assertThat(ids(later)).as("nothing new yet").containsExactly(later);

		this.mailbox.put(reply(earlier, "Cán bộ phường sẽ gọi bác."), START.plusSeconds(90)).block(WAIT);
		assertThat(ids(later)).as("the page shows each id once").contains(earlier);

		String newest = new ObjectId(Date.from(START.plusSeconds(100))).toHexString();
		this.mailbox.put(reply(newest, "Bác cần gì thêm không ạ?"), START.plusSeconds(100)).block(WAIT);
		assertThat(ids(later)).containsExactly(earlier, later, newest);
	}

	@Test
	void repliesPutLongBeforeTheNewestShownAreNotSentAgain() {
		Instant hourAndMinuteBefore = START.minusSeconds(60);
		String old = new ObjectId(Date.from(hourAndMinuteBefore)).toHexString();
		this.mailbox.put(reply(old, "Chào bác."), hourAndMinuteBefore).block(WAIT);
		String shown = new ObjectId(Date.from(START.plus(Duration.ofHours(1)))).toHexString();
		this.mailbox.put(reply(shown, "Bác hỏi gì ạ?"), START.plus(Duration.ofHours(1))).block(WAIT);

		assertThat(ids(shown)).as("not one minted over an hour before").containsExactly(shown);
		assertThat(ids(old)).as("the page's own newest comes again; it shows it once").containsExactly(old, shown);
	}

	private List<String> ids(String after) {
		return this.mailbox.repliesAfter("session-1", after, 50).map(WebChatReply::id).collectList().block(WAIT);
	}

	private static Reply reply(String id, String text) {
		return new Reply(id, ChannelType.WEBCHAT, "session-1", "case-" + id, text, List.of(), null, START);
	}

}
