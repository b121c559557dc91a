package vn.hocvuso.helpdesk;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.reactivestreams.client.MongoDatabase;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * With {@code MONGODB_URI} set, gives each Spring test context a database of its own on
 * that MongoDB and drops it when the context closes, so test classes never see each
 * other's documents. Without it, does nothing: the contexts use the embedded store.
 * Registered in {@code META-INF/spring.factories}.
 */
class RealMongoDatabases implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return RealMongo.uri().isPresent() ? new OwnDatabase() : null;
	}

	/** All equal, so that test classes still share a context as they would otherwise. */
	private static final class OwnDatabase implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			String database = RealMongo.freshDatabase();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(
						new MapPropertySource("real-mongo-test-database", Map.of("helpdesk.store.database", database)));
			context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (closed) -> Mono
				.from(closed.getApplicationContext().getBean(MongoDatabase.class).drop())
				.block(Duration.ofSeconds(30)));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof OwnDatabase;
		}

		@Override
		public int hashCode() {
			return OwnDatabase.class.hashCode();
		}

	}

}
