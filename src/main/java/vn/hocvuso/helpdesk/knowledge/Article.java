package vn.hocvuso.helpdesk.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One quick guide: what the bot answers for a topic, the longer guide behind it, and the
 * example questions the classifier learns the topic from.
 *
 * @param id the topic id ({@code vneid.install}) or a system id
 * @param shortAnswer plain text shown in chat
 * @param guide the longer guide in Markdown
 */
public record Article(String id, String title, List<String> tags, int version, LocalDate reviewed, Urgency urgency,
		List<Source> sources, String shortAnswer, String guide, List<String> examples) {

	public Article {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(reviewed, "reviewed");
		Objects.requireNonNull(urgency, "urgency");
		tags = List.copyOf(tags);
		sources = List.copyOf(sources);
		examples = List.copyOf(examples);
		if (version < 1) {
			throw new IllegalArgumentException("Article " + id + " has version " + version + "; versions start at 1");
		}
	}

	/** The same article under another version number. */
	public Article withVersion(int newVersion) {
		return new Article(this.id, this.title, this.tags, newVersion, this.reviewed, this.urgency, this.sources,
				this.shortAnswer, this.guide, this.examples);
	}

	/** The same article with these example questions. */
	public Article withExamples(List<String> newExamples) {
		return new Article(this.id, this.title, this.tags, this.version, this.reviewed, this.urgency, this.sources,
				this.shortAnswer, this.guide, newExamples);
	}

	/** Whether the two say the same thing, whatever their version numbers. */
	public boolean sameContentAs(Article other) {
		return withVersion(1).equals(other.withVersion(1));
	}

	public boolean isUrgent() {
		return this.urgency == Urgency.URGENT;
	}

	/** How urgently a topic needs a person as well as the bot's answer. */
	public enum Urgency {

		NORMAL, URGENT

	}

	/** An official page the article is based on. */
	public record Source(String title, String url) {

		public Source {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(url, "url");
		}

	}

}
