package vn.hocvuso.helpdesk.store;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Reports the store as up when it answers a ping. */
@Component("store")
class StoreHealthIndicator extends AbstractReactiveHealthIndicator {

	private final MongoDatabase database;

	StoreHealthIndicator(MongoDatabase database) {
		this.database = database;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return Mono.from(this.database.runCommand(new Document("ping", 1)))
			.map((answer) -> builder.up().withDetail("database", this.database.getName()).build());
	}

}
