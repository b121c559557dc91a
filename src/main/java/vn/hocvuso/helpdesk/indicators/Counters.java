package vn.hocvuso.helpdesk.indicators;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;

/**
 * Counter documents flattened to paths ({@code all.cases},
 * {@code topics.vneid~install.escalated}) and summed, so any number of day documents fold
 * into one total.
 */
final class Counters {

	private static final Set<String> LABELS = Set.of("_id", "day", "month", "group", "ambassador");

	private final Map<String, Long> values = new HashMap<>();

	static Counters of(Iterable<Document> documents) {
		Counters counters = new Counters();
		documents.forEach(counters::add);
		return counters;
	}

	void add(Document document) {
		add("", document);
	}

	private void add(String prefix, Document document) {
		document.forEach((name, value) -> {
			if (prefix.isEmpty() && LABELS.contains(name)) {
				return;
			}
			if (value instanceof Document nested) {
				add(prefix + name + ".", nested);
			}
			else if (value instanceof Number number) {
				this.values.merge(prefix + name, number.longValue(), Long::sum);
			}
		});
	}

	long get(String path) {
		return this.values.getOrDefault(path, 0L);
	}

	/** The names directly under a prefix, such as the topics under {@code topics.}. */
	Set<String> namesUnder(String prefix) {
		Set<String> names = new TreeSet<>();
		for (String path : this.values.keySet()) {
			if (path.startsWith(prefix)) {
				String rest = path.substring(prefix.length());
				names.add(rest.substring(0, rest.indexOf('.')));
			}
		}
		return names;
	}

	/**
	 * The counts of the response-time buckets under a prefix such as
	 * {@code botResponse.}.
	 */
	long[] buckets(String prefix) {
		long[] counts = new long[ResponseTimes.BUCKETS];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = get(prefix + i);
		}
		return counts;
	}

	/** Without zero values, for comparing two sets of counters. */
	Map<String, Long> nonZero() {
		Map<String, Long> nonZero = new HashMap<>(this.values);
		nonZero.values().removeIf((value) -> value == 0);
		return nonZero;
	}

}
