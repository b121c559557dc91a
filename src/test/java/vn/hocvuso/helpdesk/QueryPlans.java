package vn.hocvuso.helpdesk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How MongoDB runs a command the app sent: {@code explain} at "queryPlanner" verbosity,
 * and the stages of the winning plan. Only a real MongoDB answers {@code explain}; on the
 * embedded store the check ends as skipped, with {@link RealMongo#SKIPPED}.
 */
public final class QueryPlans {

	/** Stages that read an index rather than the whole collection. */
	private static final Set<String> INDEX_STAGES = Set.of("IXSCAN", "IDHACK", "COUNT_SCAN", "DISTINCT_SCAN");

	/** Fields of a sent command that {@code explain} does not take. */
	private static final Set<String> SESSION_FIELDS = Set.of("lsid", "txnNumber", "readConcern", "writeConcern",
			"maxTimeMS", "apiVersion", "apiStrict", "apiDeprecationErrors");

	private QueryPlans() {
	}

	/** Asks the server how it runs the command; skips the test on the embedded store. */
	public static BsonDocument explain(MongoDatabase database, BsonDocument sent) {
		assumeTrue(RealMongo.uri().isPresent(), RealMongo.SKIPPED);
		BsonDocument command = new BsonDocument();
		sent.forEach((name, value) -> {
			if (!name.startsWith("$") && !SESSION_FIELDS.contains(name)) {
				command.put(name, value);
			}
		});
		BsonDocument explain = new BsonDocument("explain", command).append("verbosity", new BsonString("queryPlanner"));
		return Mono.from(database.runCommand(explain, BsonDocument.class)).block(Duration.ofSeconds(30));
	}

	/**
	 * The winning plan's stages, outermost first (classic and slot-based plans, shards).
	 */
	public static List<String> stages(BsonDocument explain) {
		List<String> stages = new ArrayList<>();
		collect(explain.getDocument("queryPlanner").getDocument("winningPlan"), stages);
		return stages;
	}

	private static void collect(BsonValue value, List<String> stages) {
		if (value instanceof BsonArray array) {
			array.forEach((element) -> collect(element, stages));
			return;
		}
		if (!(value instanceof BsonDocument plan)) {
			return;
		}
		if (plan.isString("stage")) {
			stages.add(plan.getString("stage").getValue());
		}
		for (String child : List.of("queryPlan", "winningPlan", "inputStage", "inputStages", "shards")) {
			if (plan.containsKey(child)) {
				collect(plan.get(child), stages);
			}
		}
	}

	/** An index is read, no collection is scanned, and nothing is sorted in memory. */
	public static void assertIndexedWithoutSort(BsonDocument explain) {
		assertIndexed(explain);
		assertThat(stages(explain)).as("sorted in memory: %s", explain.toJson()).doesNotContain("SORT");
	}

	/** An index is read and no collection is scanned. */
	public static void assertIndexed(BsonDocument explain) {
		List<String> stages = stages(explain);
		assertThat(stages).as("plan: %s", explain.toJson())
			.doesNotContain("COLLSCAN")
			.anyMatch((stage) -> INDEX_STAGES.contains(stage) || stage.startsWith("EXPRESS_"));
	}

}
