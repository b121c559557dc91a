package vn.hocvuso.helpdesk.wards;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.reactivestreams.client.MongoDatabase;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The ward's residential groups and ambassadors. Both lists are small, so the whole ward
 * is read at once and kept for a short while; changes made here are seen at once, changes
 * made by another instance within {@link #FRESHNESS}.
 */
@Service
public class WardDirectory {

	static final Duration FRESHNESS = Duration.ofSeconds(20);

	private final WardStore store;

	private final AsyncLoadingCache<Boolean, Ward> ward;

	WardDirectory(MongoDatabase database) {
		this.store = new WardStore(database);
		this.ward = Caffeine.newBuilder()
			.expireAfterWrite(FRESHNESS)
			.buildAsync((key, executor) -> this.store.load().toFuture());
	}

	public Mono<Ward> ward() {
		return Mono.fromFuture(() -> this.ward.get(Boolean.TRUE));
	}

	/** Adds a group, or renames it when the code exists. */
	public Mono<ResidentialGroup> saveGroup(ResidentialGroup group) {
		return this.store.saveGroup(group).then(changed()).thenReturn(group);
	}

	/** Removes a group; false when there was none with the code. */
	public Mono<Boolean> deleteGroup(String code) {
		return this.store.deleteGroup(code).flatMap((deleted) -> changed().thenReturn(deleted));
	}

	/** Adds an ambassador's profile, or replaces it when the username exists. */
	public Mono<Ambassador> saveAmbassador(Ambassador ambassador) {
		return this.store.saveAmbassador(ambassador).then(changed()).thenReturn(ambassador);
	}

	public Mono<Boolean> deleteAmbassador(String username) {
		return this.store.deleteAmbassador(username).flatMap((deleted) -> changed().thenReturn(deleted));
	}

	private Mono<Void> changed() {
		return Mono.fromRunnable(() -> this.ward.synchronous().invalidateAll());
	}

}
