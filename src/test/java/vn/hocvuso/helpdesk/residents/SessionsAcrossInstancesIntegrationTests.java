package vn.hocvuso.helpdesk.residents;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.WireServer;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one store, through the real driver over TCP: a resident's next
 * message may land on either, and each sees the session the other left.
 */
class SessionsAcrossInstancesIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final WireServer store = new WireServer();

	private ResidentDirectory first;

	private ResidentDirectory second;

	@BeforeEach
	void start() {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) 3);
		this.first = new ResidentDirectory(this.store.database(), new PersonalDataCipher(key), Clock.systemUTC());
		this.second = new ResidentDirectory(this.store.database(), new PersonalDataCipher(key), Clock.systemUTC());
		this.first.afterPropertiesSet();
	}

	@AfterEach
	void stop() {
		this.store.close();
	}

	@Test
	void eachInstanceContinuesTheSessionTheOtherLeft() {
		Resident asked = this.first.identify(ChannelType.ZALO, "zalo-42").block(WAIT);
		this.first.updateSession(asked, ResidentSession.awaitingChoice(List.of("vneid.install", "vneid.login")))
			.block(WAIT);

		Resident onSecond = this.second.identify(ChannelType.ZALO, "zalo-42").block(WAIT);
		assertThat(onSecond.id()).isEqualTo(asked.id());
		assertThat(onSecond.session().pendingChoices()).containsExactly("vneid.install", "vneid.login");
		this.second.updateSession(onSecond, ResidentSession.askedForGroup()).block(WAIT);

		Resident backOnFirst = this.first.identify(ChannelType.ZALO, "zalo-42").block(WAIT);
		assertThat(backOnFirst.session().pendingChoices()).as("the choice was made on the other instance").isEmpty();
		assertThat(backOnFirst.session().awaitingGroup()).isTrue();
		this.first.setGroup(backOnFirst, "TDP03").block(WAIT);
		assertThat(this.second.identify(ChannelType.ZALO, "zalo-42").block(WAIT).groupCode()).isEqualTo("TDP03");
	}

	@Test
	void twoInstancesMeetingANewResidentAtOnceKnowThemAsOne() {
		Resident onFirst = this.first.identify(ChannelType.WEBCHAT, "session-7").block(WAIT);
		Resident onSecond = this.second.identify(ChannelType.WEBCHAT, "session-7").block(WAIT);

		assertThat(onSecond.id()).isEqualTo(onFirst.id());
	}

}
