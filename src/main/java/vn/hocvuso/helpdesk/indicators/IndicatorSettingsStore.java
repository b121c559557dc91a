package vn.hocvuso.helpdesk.indicators;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * What staff set in {@code indicator_settings}: each month's targets per residential
 * group (residents guided, as in the plans' quotas) and whether the public leaderboard
 * shows.
 */
@Component
class IndicatorSettingsStore {

	/** Group codes as staff write them: {@code TDP05}. */
	static final Pattern GROUP_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final MongoCollection<Document> settings;

	private final IndicatorsProperties properties;

	IndicatorSettingsStore(MongoDatabase database, IndicatorsProperties properties) {
		this.settings = database.getCollection("indicator_settings");
		this.properties = properties;
	}

	/** The month's targets by group code, in code order. */
	Mono<Map<String, Long>> targets(Period month) {
		return Mono.from(this.settings.find(Filters.eq("_id", targetsId(month))).first()).map((document) -> {
			Map<String, Long> targets = new TreeMap<>();
			document.get("residents", Document.class)
				.forEach((group, value) -> targets.put(group, ((Number) value).longValue()));
			return targets;
		}).defaultIfEmpty(Map.of());
	}

	/** Replaces the month's targets; the caller has checked the codes and numbers. */
	Mono<Void> setTargets(Period month, Map<String, Long> targets) {
		Document residents = new Document();
		new TreeMap<>(targets).forEach(residents::append);
		Document document = new Document("_id", targetsId(month)).append("residents", residents);
		return Mono
			.from(this.settings.replaceOne(Filters.eq("_id", document.get("_id")), document,
					new ReplaceOptions().upsert(true)))
			.then();
	}

	Mono<Boolean> leaderboardEnabled() {
		return Mono.from(this.settings.find(Filters.eq("_id", "leaderboard")).first())
			.map((document) -> document.getBoolean("enabled", true))
			.defaultIfEmpty(this.properties.leaderboardEnabled());
	}

	Mono<Void> setLeaderboardEnabled(boolean enabled) {
		return Mono
			.from(this.settings.replaceOne(Filters.eq("_id", "leaderboard"),
					new Document("_id", "leaderboard").append("enabled", enabled), new ReplaceOptions().upsert(true)))
			.then();
	}

	private static String targetsId(Period month) {
		if (month.kind() != Period.Kind.MONTH) {
			throw new IllegalArgumentException("targets are set per month, not per " + month.kind());
		}
		return "targets|" + month.key();
	}

}
