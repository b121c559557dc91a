package vn.hocvuso.helpdesk.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two libraries, article by article: the fields whose text changed
 * (before and after), and the example questions added and removed.
 *
 * @param changes only the articles that differ, in the order of the newer library
 */
public record LibraryDiff(int fromVersion, int toVersion, List<ArticleChange> changes) {

	public LibraryDiff {
		changes = List.copyOf(changes);
	}

	public static LibraryDiff between(Library from, Library to) {
		List<ArticleChange> changes = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>(to.articles().keySet());
		ids.addAll(from.articles().keySet());
		for (String id : ids) {
			Article before = from.articles().get(id);
			Article after = to.articles().get(id);
			if (before == null || after == null || !before.sameContentAs(after)) {
				changes.add(ArticleChange.of(id, before, after));
			}
		}
		return new LibraryDiff(from.version(), to.version(), changes);
	}

	/** One article's changes; a field that did not change is left out. */
	public record ArticleChange(String id, String title, List<FieldChange> fields, List<String> examplesAdded,
			List<String> examplesRemoved) {

		public ArticleChange {
			fields = List.copyOf(fields);
			examplesAdded = List.copyOf(examplesAdded);
			examplesRemoved = List.copyOf(examplesRemoved);
		}

		public static ArticleChange of(String id, @Nullable Article before, @Nullable Article after) {
			List<FieldChange> fields = new ArrayList<>();
			compare(fields, "title", before, after, Article::title);
			compare(fields, "shortAnswer", before, after, Article::shortAnswer);
			compare(fields, "guide", before, after, Article::guide);
			compare(fields, "tags", before, after, (article) -> String.join(", ", article.tags()));
			compare(fields, "sources", before, after,
					(article) -> String.join("\n", article.sources().stream().map(Source::line).toList()));
			compare(fields, "reviewed", before, after, (article) -> article.reviewed().toString());
			compare(fields, "urgency", before, after, (article) -> article.urgency().name());
			List<String> beforeExamples = (before != null) ? before.examples() : List.of();
			List<String> afterExamples = (after != null) ? after.examples() : List.of();
			String title = (after != null) ? after.title() : Objects.requireNonNull(before).title();
			return new ArticleChange(id, title, fields, minus(afterExamples, beforeExamples),
					minus(beforeExamples, afterExamples));
		}

		private static void compare(List<FieldChange> fields, String name, @Nullable Article before,
				@Nullable Article after, Function<Article, String> field) {
			String old = (before != null) ? field.apply(before) : "";
			String now = (after != null) ? field.apply(after) : "";
			if (!old.equals(now)) {
				fields.add(new FieldChange(name, old, now));
			}
		}

		private static List<String> minus(List<String> these, List<String> those) {
			Set<String> removed = new LinkedHashSet<>(these);
			those.forEach(removed::remove);
			return List.copyOf(removed);
		}

	}

	/** A field's text before and after; empty when the article did not exist. */
	public record FieldChange(String field, String before, String after) {
	}

	private static final class Source {

		static String line(Article.Source source) {
			return source.title() + " – " + source.url();
		}

	}

}
