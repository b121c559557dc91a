package vn.hocvuso.helpdesk.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.hocvuso.helpdesk.knowledge.LibraryProblem.Rule;

/**
 * The rules every library must keep before the bot may use it: known topic ids, short
 * answers within the chat limit, enough example questions, no example claimed by two
 * topics, and official sources. Problems are worded in Vietnamese for staff.
 */
public final class LibraryValidator {

	public static final int MAX_SHORT_ANSWER = 600;

	public static final int MIN_EXAMPLES = 25;

	private final TopicCatalog catalog;

	public LibraryValidator(TopicCatalog catalog) {
		this.catalog = catalog;
	}

	/** Problems of each article on its own. */
	public List<LibraryProblem> check(Article article) {
		List<LibraryProblem> problems = new ArrayList<>();
		String id = article.id();
		if (!this.catalog.isKnown(id)) {
			problems.add(new LibraryProblem(id, Rule.UNKNOWN_TOPIC, "mã chủ đề không có trong danh mục chủ đề"));
		}
		boolean outOfScope = id.equals(SystemIntents.OUT_OF_SCOPE);
		if (!outOfScope && article.shortAnswer().isBlank()) {
			problems.add(new LibraryProblem(id, Rule.EMPTY_SHORT_ANSWER, "phần trả lời ngắn đang trống"));
		}
		int length = article.shortAnswer().codePointCount(0, article.shortAnswer().length());
		if (length > MAX_SHORT_ANSWER) {
			problems.add(new LibraryProblem(id, Rule.SHORT_ANSWER_TOO_LONG,
					"phần trả lời ngắn có " + length + " ký tự, vượt giới hạn " + MAX_SHORT_ANSWER + " ký tự"));
		}
		if (article.examples().size() < MIN_EXAMPLES) {
			problems.add(new LibraryProblem(id, Rule.TOO_FEW_EXAMPLES,
					"mới có " + article.examples().size() + " câu hỏi mẫu, cần ít nhất " + MIN_EXAMPLES + " câu"));
		}
		if (!SystemIntents.isSystem(id)) {
			checkSources(article, problems);
		}
		return problems;
	}

	/** Problems of the library as a whole, including each article's. */
	public List<LibraryProblem> check(List<Article> articles) {
		List<LibraryProblem> problems = new ArrayList<>();
		Map<String, String> owners = new HashMap<>();
		for (Article article : articles) {
			problems.addAll(check(article));
			for (String example : article.examples()) {
				String owner = owners.putIfAbsent(comparable(example), article.id());
				if (owner != null && !owner.equals(article.id())) {
					problems.add(duplicate(article.id(), example, owner));
				}
			}
		}
		List<String> present = articles.stream().map(Article::id).toList();
		for (String topic : this.catalog.ids()) {
			if (!present.contains(topic)) {
				problems.add(new LibraryProblem(topic, Rule.MISSING_ARTICLE, "chủ đề này chưa có bài hướng dẫn"));
			}
		}
		return problems;
	}

	/**
	 * The examples of one article that another article already has, each naming that
	 * other topic.
	 */
	public List<LibraryProblem> conflicts(Article article, Collection<Article> others) {
		Map<String, String> owners = new HashMap<>();
		for (Article other : others) {
			if (!other.id().equals(article.id())) {
				other.examples().forEach((example) -> owners.putIfAbsent(comparable(example), other.id()));
			}
		}
		List<LibraryProblem> problems = new ArrayList<>();
		for (String example : article.examples()) {
			String owner = owners.get(comparable(example));
			if (owner != null) {
				problems.add(duplicate(article.id(), example, owner));
			}
		}
		return problems;
	}

	private LibraryProblem duplicate(String id, String example, String owner) {
		String title = this.catalog.titles().getOrDefault(owner, owner);
		return new LibraryProblem(id, Rule.DUPLICATE_EXAMPLE,
				"câu hỏi mẫu \"" + example + "\" đã là câu hỏi mẫu của chủ đề " + owner + " (" + title + ")");
	}

	private static void checkSources(Article article, List<LibraryProblem> problems) {
		if (article.sources().isEmpty()) {
			problems.add(new LibraryProblem(article.id(), Rule.NO_SOURCE, "chưa ghi nguồn chính thức nào"));
		}
		for (Article.Source source : article.sources()) {
			if (!source.url().startsWith("https://")) {
				problems.add(new LibraryProblem(article.id(), Rule.SOURCE_NOT_HTTPS,
						"nguồn " + source.url() + " không phải đường dẫn https://"));
			}
		}
	}

	/**
	 * Two examples are the same when they differ only in case, spacing, punctuation or
	 * Unicode form.
	 */
	public static String comparable(String example) {
		return Normalizer.normalize(example, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{Punct}\\s]+", " ")
			.strip();
	}

}
