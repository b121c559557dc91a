package vn.hocvuso.helpdesk.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The topics the help desk must cover, read from {@code knowledge-base/topics.tsv}
 * (columns: id, Vietnamese title, scope, urgency).
 */
public record TopicCatalog(Map<String, String> titles) {

	public TopicCatalog {
		titles = Map.copyOf(titles);
	}

	public static TopicCatalog parse(String tsv) {
		Map<String, String> titles = new LinkedHashMap<>();
		String[] lines = tsv.strip().split("\\R");
		for (int i = 1; i < lines.length; i++) {
			String[] columns = lines[i].split("\t");
			if (columns.length < 2) {
				throw new IllegalArgumentException("topics.tsv line " + (i + 1) + " needs an id and a title");
			}
			titles.put(columns[0].strip(), columns[1].strip());
		}
		return new TopicCatalog(titles);
	}

	public Set<String> ids() {
		return this.titles.keySet();
	}

	public boolean isKnown(String id) {
		return this.titles.containsKey(id) || SystemIntents.isSystem(id);
	}

}
