package vn.hocvuso.helpdesk.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules every library must keep before the bot may use it: known topic ids, short
 * answers within the chat limit, enough example questions, no example claimed by two
 * topics, official sources, and the password/OTP warning wherever accounts are touched.
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
			problems.add(new LibraryProblem(id, "unknown topic id"));
		}
		boolean outOfScope = id.equals(SystemIntents.OUT_OF_SCOPE);
		if (!outOfScope && article.shortAnswer().isBlank()) {
			problems.add(new LibraryProblem(id, "the short answer (## Trả lời ngắn) is empty"));
		}
		int length = article.shortAnswer().codePointCount(0, article.shortAnswer().length());
		if (length > MAX_SHORT_ANSWER) {
			problems.add(new LibraryProblem(id,
					"the short answer has " + length + " characters; the limit is " + MAX_SHORT_ANSWER));
		}
		if (article.examples().size() < MIN_EXAMPLES) {
			problems.add(new LibraryProblem(id, "has " + article.examples().size() + " example questions; at least "
					+ MIN_EXAMPLES + " are needed"));
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
				String key = comparable(example);
				String owner = owners.putIfAbsent(key, article.id());
				if (owner != null && !owner.equals(article.id())) {
					problems.add(new LibraryProblem(article.id(),
							"the example \"" + example + "\" is already an example of " + owner));
				}
			}
		}
		List<String> present = articles.stream().map(Article::id).toList();
		for (String topic : this.catalog.ids()) {
			if (!present.contains(topic)) {
				problems.add(new LibraryProblem(topic, "no article for this topic"));
			}
		}
		return problems;
	}

	private static void checkSources(Article article, List<LibraryProblem> problems) {
		if (article.sources().isEmpty()) {
			problems.add(new LibraryProblem(article.id(), "no official source is listed"));
		}
		for (Article.Source source : article.sources()) {
			if (!source.url().startsWith("https://")) {
				problems.add(new LibraryProblem(article.id(), "source " + source.url() + " is not an https:// link"));
			}
		}
	}

	/**
	 * Two examples are the same when they differ only in case, spacing or Unicode form.
	 */
	static String comparable(String example) {
		return Normalizer.normalize(example, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{Punct}\\s]+", " ")
			.strip();
	}

}
