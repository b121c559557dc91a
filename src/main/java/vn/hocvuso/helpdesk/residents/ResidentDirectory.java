package vn.hocvuso.helpdesk.residents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;
import vn.hocvuso.helpdesk.store.IndexBuilds;

/**
 * Finds the resident behind a channel identity and keeps their session. Every turn reads
 * the resident from the store and every change is written there: with several app
 * instances, the next message may land on another one, which must see the pending choices
 * and the "which group?" question this one left (issue 19). A restart loses nothing.
 */
@Service
public class ResidentDirectory implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ResidentDirectory.class);

	private static final int MAX_DISPLAY_NAME = 100;

	private final ResidentStore repository;

	private final Clock clock;

	/**
	 * Residents known to have had the privacy notice, so most turns need no store write.
	 */
	private final Cache<String, Boolean> noticed = Caffeine.newBuilder().maximumSize(50_000).build();

	ResidentDirectory(MongoDatabase database, PersonalDataCipher cipher, Clock clock) {
		this.repository = new ResidentStore(database, cipher);
		this.clock = clock;
	}

	/**
	 * Declares the indexes at start-up, before the server takes requests, and seals any
	 * phone number a version before sealing kept in clear.
	 */
	@Override
	public void afterPropertiesSet() {
		IndexBuilds.declare("the residents", this.repository.createIndexes());
		Long sealed = this.repository.sealClearPhones().block(Duration.ofSeconds(60));
		if (sealed != null && sealed > 0) {
			log.info("Sealed {} phone numbers kept in clear by an earlier version", sealed);
		}
	}

	/** The resident as stored now; one is created on their first message. */
	public Mono<Resident> identify(ChannelType channel, String channelUserId) {
		return this.repository.find(channel, channelUserId)
			.switchIfEmpty(
					Mono.defer(() -> this.repository.findOrCreate(channel, channelUserId, this.clock.instant())));
	}

	/**
	 * Notes that the resident stopped following the ward's account; replies to them will
	 * be refused.
	 */
	public Mono<Void> markUnfollowed(ChannelType channel, String channelUserId) {
		return this.repository.markUnfollowed(channel, channelUserId, this.clock.instant());
	}

	public Mono<Resident> updateSession(Resident resident, ResidentSession session) {
		if (resident.session().equals(session)) {
			return Mono.just(resident);
		}
		Resident updated = resident.withSession(session);
		return this.repository.saveSession(updated).thenReturn(updated);
	}

	/** Records the resident's residential group (they said it, or a person set it). */
	public Mono<Resident> setGroup(Resident resident, String groupCode) {
		Resident updated = resident.withGroup(groupCode);
		return this.repository.saveGroup(updated).thenReturn(updated);
	}

	/**
	 * Records the resident's phone number (digits only), or forgets it when empty. Never
	 * logged.
	 */
	public Mono<Resident> setPhone(Resident resident, @Nullable String phone) {
		Resident updated = resident.withPhone(phone);
		return this.repository.savePhone(updated).thenReturn(updated);
	}

	/**
	 * Records the name the resident shows on their channel (kept sealed), for the people
	 * who help them; a blank name is ignored, a long one shortened.
	 */
	public Mono<Void> setDisplayName(ChannelType channel, String channelUserId, String name) {
		String shown = name.replaceAll("\\p{Cntrl}", " ").strip();
		if (shown.isEmpty()) {
			return Mono.empty();
		}
		return this.repository.saveDisplayName(channel, channelUserId,
				shown.substring(0, Math.min(shown.length(), MAX_DISPLAY_NAME)));
	}

	public Mono<Void> forgetDisplayName(String residentId) {
		return this.repository.forgetDisplayName(residentId);
	}

	/**
	 * How to reach the resident: their phone number and the name they show on their
	 * channel, each when known; nothing known for an unknown id.
	 */
	/** Notes the resident's last message, what a later message from the ward answers. */
	public Mono<Void> heard(String residentId, String messageId, Instant at) {
		return this.repository.heard(residentId, messageId, at);
	}

	/** The resident's last message; {@link LastMessage#UNKNOWN} when none was noted. */
	public Mono<LastMessage> lastMessage(String residentId) {
		return this.repository.lastMessage(residentId).defaultIfEmpty(LastMessage.UNKNOWN);
	}

	/**
	 * The residents who still follow the ward's account, of these residential groups
	 * (everyone when none is given), for a campaign message.
	 */
	public Flux<Resident> following(List<String> groupCodes) {
		return this.repository.following(groupCodes);
	}

	public Mono<Contact> contact(String residentId) {
		return this.repository.contact(residentId).defaultIfEmpty(Contact.UNKNOWN);
	}

	/**
	 * Whether this is the first time the resident is told how their data is kept (each
	 * resident is told once, whichever instance answers).
	 */
	public Mono<Boolean> firstPrivacyNotice(Resident resident) {
		if (this.noticed.getIfPresent(resident.id()) != null) {
			return Mono.just(false);
		}
		return this.repository.markPrivacyNotice(resident.id(), this.clock.instant())
			.doOnNext((first) -> this.noticed.put(resident.id(), Boolean.TRUE));
	}

	/**
	 * The resident as stored, for pages that must not show another instance's stale copy.
	 */
	public Mono<Resident> byId(String id) {
		return this.repository.findById(id);
	}

	/** The resident with this identity if they have ever written; never creates one. */
	public Mono<Resident> known(ChannelType channel, String channelUserId) {
		return this.repository.find(channel, channelUserId);
	}

}
