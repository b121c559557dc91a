package vn.hocvuso.helpdesk.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hocvuso.helpdesk.shared.PersonalDataCipher;

/**
 * Connects to the store: the MongoDB named by {@code MONGODB_URI}, or an embedded one
 * started here. Everything after this point uses the same driver and code path.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

	@Bean(destroyMethod = "close")
	StoreConnection storeConnection(StoreProperties properties) {
		if (!properties.useEmbedded()) {
			ConnectionString uri = new ConnectionString(properties.uri());
			log.info("Store: MongoDB at {} (database '{}')", String.join(",", uri.getHosts()), properties.database());
			return new StoreConnection(MongoClients.create(settings(uri)), null);
		}
		EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
		log.info("Store: embedded MongoDB-wire server on {}, {} (database '{}')", server.connectionString(),
				server.description(), properties.database());
		return new StoreConnection(MongoClients.create(settings(new ConnectionString(server.connectionString()))),
				server);
	}

	@Bean
	StoreDurability storeDurability(StoreConnection connection) {
		EmbeddedMongoServer embedded = connection.embedded();
		if (embedded == null) {
			return Mono::empty;
		}
		return new GroupCommit(embedded::commit);
	}

	@Bean
	PersonalDataCipher personalDataCipher(StoreProperties properties) {
		return new PersonalDataCipher(PersonalDataKey.of(properties));
	}

	@Bean
	MongoDatabase mongoDatabase(StoreConnection connection, StoreProperties properties) {
		return connection.client().getDatabase(properties.database());
	}

	private static MongoClientSettings settings(ConnectionString uri) {
		return MongoClientSettings.builder().applyConnectionString(uri).applicationName("helpdesk").build();
	}

	/**
	 * The driver's client, and the embedded server when there is one; closed together.
	 */
	record StoreConnection(MongoClient client, @Nullable EmbeddedMongoServer embedded) implements AutoCloseable {

		@Override
		public void close() {
			this.client.close();
			EmbeddedMongoServer server = this.embedded;
			if (server != null) {
				server.close();
			}
		}

	}

}
