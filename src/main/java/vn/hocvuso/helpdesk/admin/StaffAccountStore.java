package vn.hocvuso.helpdesk.admin;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Staff and ambassador accounts in the {@code users} collection, with BCrypt password
 * hashes. On first start it creates the {@code admin} staff account.
 */
@Service
@ConditionalOnWebApplication
class StaffAccountStore implements ReactiveUserDetailsService, InitializingBean {

	static final String ADMIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(StaffAccountStore.class);

	private final MongoCollection<Document> users;

	private final PasswordEncoder encoder;

	private final AdminProperties properties;

	StaffAccountStore(MongoDatabase database, PasswordEncoder encoder, AdminProperties properties) {
		this.users = database.getCollection("users");
		this.encoder = encoder;
		this.properties = properties;
	}

	@Override
	public Mono<UserDetails> findByUsername(String username) {
		return Mono.from(this.users.find(Filters.eq("_id", username)).first())
			.map((user) -> User.withUsername(user.getString("_id"))
				.password(user.getString("passwordHash"))
				.roles(user.getList("roles", String.class).toArray(String[]::new))
				.build());
	}

	/** The roles of an account, empty when there is none. */
	Mono<List<String>> roles(String username) {
		return Mono.from(this.users.find(Filters.eq("_id", username)).first())
			.map((user) -> user.getList("roles", String.class, List.of()))
			.defaultIfEmpty(List.of());
	}

	/**
	 * Creates an account with one role, or changes its password when one is given; the
	 * password is stored as a BCrypt hash (hashed off the event loop).
	 */
	Mono<Void> save(String username, @Nullable String password, String role) {
		if (password == null) {
			return Mono.from(this.users.updateOne(Filters.eq("_id", username), Updates.set("roles", List.of(role))))
				.then();
		}
		return Mono.fromCallable(() -> this.encoder.encode(password))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(
					(hash) -> Mono
						.from(this.users.replaceOne(Filters.eq("_id", username),
								new Document("_id", username).append("passwordHash", hash)
									.append("roles", List.of(role)),
								new ReplaceOptions().upsert(true))))
			.then();
	}

	Mono<Void> delete(String username) {
		return Mono.from(this.users.deleteOne(Filters.eq("_id", username))).then();
	}

	/**
	 * Creates {@code admin} when it does not exist yet; an existing one is left alone.
	 */
	@Override
	public void afterPropertiesSet() {
		if (Boolean.TRUE.equals(Mono.from(this.users.find(Filters.eq("_id", ADMIN)).first())
			.hasElement()
			.block(Duration.ofSeconds(30)))) {
			return; // no bcrypt work at start-up when it exists
		}
		boolean generated = this.properties.initialPassword().isBlank();
		String password = generated ? randomPassword() : this.properties.initialPassword();
		Document admin = new Document("_id", ADMIN).append("passwordHash", this.encoder.encode(password))
			.append("roles", List.of("STAFF"));
		Boolean created = Mono.from(this.users.insertOne(admin))
			.thenReturn(true)
			.onErrorResume(StaffAccountStore::isDuplicate, (exists) -> Mono.just(false))
			.block(Duration.ofSeconds(30));
		if (Boolean.TRUE.equals(created) && generated) {
			log.warn("Created staff user 'admin' with the generated password: {}  (shown once; set "
					+ "HELPDESK_ADMIN_PASSWORD before the first start to choose it)", password);
		}
		else if (Boolean.TRUE.equals(created)) {
			log.info("Created staff user 'admin' with the password from HELPDESK_ADMIN_PASSWORD");
		}
	}

	static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

}
