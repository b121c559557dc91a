package vn.hocvuso.helpdesk.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.knowledge.Article;

/**
 * An article as the edit form sends it. {@link #toArticle} checks the shape (lengths,
 * dates, links) and names the field of each problem; the library rules are checked after.
 */
record ArticleInput(@Nullable String title, @Nullable String shortAnswer, @Nullable String guide,
		@Nullable List<String> examples, @Nullable List<Article.Source> sources, @Nullable List<String> tags,
		@Nullable String reviewed, @Nullable String urgency) {

	static final int MAX_TITLE = 120, MAX_GUIDE = 20_000, MAX_EXAMPLE = 300, MAX_EXAMPLES = 400, MAX_ITEMS = 20;

	/** A level-2 heading would start a new section of the article file. */
	private static final Pattern SECTION_HEADING = Pattern.compile("(?m)^##(?!#)");

	Article toArticle(String id, int version) {
		String title = required(this.title, "title", "Tiêu đề").strip();
		check(title.length() <= MAX_TITLE, "Tiêu đề dài quá " + MAX_TITLE + " ký tự.");
		String shortAnswer = text(this.shortAnswer, "Trả lời ngắn", 2_000);
		String guide = text(this.guide, "Hướng dẫn chi tiết", MAX_GUIDE);
		return new Article(id, title, cleanTags(), version, reviewedDate(), urgencyLevel(), cleanSources(), shortAnswer,
				guide, cleanExamples());
	}

	private static String text(@Nullable String value, String label, int max) {
		String text = (value == null) ? "" : value.replace("\r\n", "\n").strip();
		check(text.length() <= max, "Phần \"" + label + "\" dài quá " + max + " ký tự.");
		check(!SECTION_HEADING.matcher(text).find(),
				"Phần \"" + label + "\" không được có dòng bắt đầu bằng \"##\" (dùng \"###\" cho tiêu đề nhỏ).");
		return text;
	}

	private List<String> cleanExamples() {
		List<String> given = (this.examples != null) ? this.examples : List.of();
		check(given.size() <= MAX_EXAMPLES, "Nhiều quá " + MAX_EXAMPLES + " câu hỏi mẫu.");
		Set<String> seen = new LinkedHashSet<>();
		List<String> examples = new ArrayList<>();
		for (String example : given) {
			String line = (example == null) ? "" : example.replaceAll("\\s+", " ").strip();
			check(line.length() <= MAX_EXAMPLE, "Câu hỏi mẫu \"" + line.substring(0, Math.min(40, line.length()))
					+ "…\" dài quá " + MAX_EXAMPLE + " ký tự.");
			if (!line.isEmpty() && seen.add(line.toLowerCase(Locale.ROOT))) {
				examples.add(line);
			}
		}
		return examples;
	}

	private List<Article.Source> cleanSources() {
		List<Article.Source> given = (this.sources != null) ? this.sources : List.of();
		check(given.size() <= MAX_ITEMS, "Nhiều quá " + MAX_ITEMS + " nguồn.");
		List<Article.Source> sources = new ArrayList<>();
		for (Article.Source source : given) {
			String url = required(source.url(), "sources.url", "Đường dẫn nguồn").strip();
			check(url.matches("https?://[^\\s]+") && url.length() <= 500,
					"Đường dẫn nguồn \"" + url + "\" không phải một địa chỉ web.");
			String title = (source.title() == null || source.title().isBlank()) ? url : source.title().strip();
			sources.add(new Article.Source(title, url));
		}
		return sources;
	}

	private List<String> cleanTags() {
		List<String> given = (this.tags != null) ? this.tags : List.of();
		check(given.size() <= MAX_ITEMS, "Nhiều quá " + MAX_ITEMS + " nhãn.");
		return given.stream().filter((tag) -> tag != null && !tag.isBlank()).map(String::strip).distinct().toList();
	}

	private LocalDate reviewedDate() {
		String value = required(this.reviewed, "reviewed", "Ngày rà soát");
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ServerWebInputException("Ngày rà soát \"" + value + "\" phải có dạng 2026-11-22.");
		}
	}

	private Article.Urgency urgencyLevel() {
		String value = (this.urgency == null || this.urgency.isBlank()) ? "normal" : this.urgency.strip();
		try {
			return Article.Urgency.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ServerWebInputException("Mức khẩn \"" + value + "\" phải là normal hoặc urgent.");
		}
	}

	private static String required(@Nullable String value, String field, String label) {
		check(value != null && !value.isBlank(), label + " (" + field + ") đang trống.");
		return value;
	}

	private static void check(boolean ok, String problem) {
		if (!ok) {
			throw new ServerWebInputException(problem);
		}
	}

}
