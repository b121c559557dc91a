package vn.hocvuso.helpdesk.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one quick-guide file: YAML front matter, then Markdown with the sections "Trả lời
 * ngắn", "Hướng dẫn chi tiết" and "Câu hỏi mẫu" (see
 * {@code docs/knowledge-base-format.md}). Problems are reported as
 * {@link ArticleFormatException} naming the file.
 */
public final class ArticleParser {

	static final String SHORT_ANSWER = "trả lời ngắn", GUIDE = "hướng dẫn chi tiết", EXAMPLES = "câu hỏi mẫu";

	private final Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

	public Article parse(String fileName, String content) {
		String text = content.replace("\r\n", "\n").strip();
		if (!text.startsWith("---\n")) {
			throw new ArticleFormatException(fileName,
					"tệp phải mở đầu bằng phần thông tin đầu bài, bắt đầu bằng một dòng '---'");
		}
		int end = text.indexOf("\n---", 4);
		if (end < 0) {
			throw new ArticleFormatException(fileName, "phần thông tin đầu bài thiếu dòng '---' để kết thúc");
		}
		FrontMatter front = new FrontMatter(fileName, readYaml(fileName, text.substring(4, end)));
		Sections sections = sections(text.substring(end + 4));
		return new Article(front.text("id"), front.text("title"), front.list("tags"), front.number("version"),
				front.date("reviewed"), front.urgency(), front.sources(), sections.text(SHORT_ANSWER),
				sections.text(GUIDE), sections.examples());
	}

	private static Map<String, Object> readYaml(String fileName, String yaml) {
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			if (loaded instanceof Map<?, ?> map) {
				@SuppressWarnings("unchecked")
				Map<String, Object> fields = (Map<String, Object>) map;
				return fields;
			}
			throw new ArticleFormatException(fileName, "phần thông tin đầu bài phải gồm các dòng dạng 'tên: giá trị'");
		}
		catch (YAMLException ex) {
			// The file's line: the front matter starts on the file's second line.
			String where = (ex instanceof MarkedYAMLException marked && marked.getProblemMark() != null)
					? " (dòng " + (marked.getProblemMark().getLine() + 2) + ")" : "";
			throw new ArticleFormatException(fileName, "phần thông tin đầu bài viết sai cú pháp YAML" + where
					+ ", hãy xem lại dấu hai chấm, ngoặc và dấu gạch đầu dòng", ex);
		}
	}

	private Sections sections(String body) {
		Node document = this.markdown.parse(body);
		Sections sections = new Sections(body);
		String current = null;
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading && heading.getLevel() == 2) {
				current = plainText(heading).strip().toLowerCase(Locale.ROOT);
			}
			else if (current != null) {
				sections.add(current, node);
			}
		}
		return sections;
	}

	static String plainText(Node node) {
		StringBuilder out = new StringBuilder();
		collectText(node, out);
		return out.toString();
	}

	private static void collectText(Node node, StringBuilder out) {
		if (node instanceof Text text) {
			out.append(text.getLiteral());
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			collectText(child, out);
		}
	}

	/** The blocks under each level-2 heading, kept as their original Markdown lines. */
	private static final class Sections {

		private final String[] lines;

		private final Map<String, StringBuilder> texts = new java.util.HashMap<>();

		private final List<String> examples = new ArrayList<>();

		Sections(String body) {
			this.lines = body.split("\n", -1);
		}

		void add(String section, Node block) {
			StringBuilder text = this.texts.computeIfAbsent(section, (key) -> new StringBuilder());
			for (SourceSpan span : block.getSourceSpans()) {
				text.append(this.lines[span.getLineIndex()], span.getColumnIndex(),
						span.getColumnIndex() + span.getLength());
				text.append('\n');
			}
			text.append('\n');
			if (section.equals(EXAMPLES)) {
				for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
					if (item instanceof ListItem) {
						this.examples.add(plainText(item).strip());
					}
				}
			}
		}

		String text(String section) {
			StringBuilder text = this.texts.get(section);
			return (text != null) ? text.toString().strip() : "";
		}

		List<String> examples() {
			return this.examples.stream().filter((example) -> !example.isEmpty()).toList();
		}

	}

	/** Typed access to the front matter, with the file named in every problem. */
	private record FrontMatter(String fileName, Map<String, Object> fields) {

		String text(String key) {
			Object value = this.fields.get(key);
			if (value == null || value.toString().isBlank()) {
				throw new ArticleFormatException(this.fileName, "phần thông tin đầu bài thiếu mục '" + key + "'");
			}
			return value.toString().strip();
		}

		int number(String key) {
			Object value = this.fields.getOrDefault(key, 1);
			if (value instanceof Integer number && number >= 1) {
				return number;
			}
			throw new ArticleFormatException(this.fileName,
					"'" + key + "' phải là số nguyên từ 1 trở lên, không phải '" + value + "'");
		}

		LocalDate date(String key) {
			Object value = this.fields.get(key);
			if (value instanceof java.util.Date date) {
				return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
			}
			try {
				return LocalDate.parse(text(key));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new ArticleFormatException(this.fileName, "'" + key + "' phải là một ngày dạng 2026-11-22", ex);
			}
		}

		List<String> list(String key) {
			Object value = this.fields.get(key);
			if (value == null) {
				return List.of();
			}
			if (value instanceof List<?> items) {
				return items.stream().map(Object::toString).toList();
			}
			throw new ArticleFormatException(this.fileName, "'" + key + "' phải là danh sách dạng [a, b]");
		}

		Article.Urgency urgency() {
			String value = this.fields.getOrDefault("urgency", "normal").toString();
			try {
				return Article.Urgency.valueOf(value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new ArticleFormatException(this.fileName,
						"'urgency' phải là normal hoặc urgent, không phải '" + value + "'");
			}
		}

		List<Article.Source> sources() {
			Object value = this.fields.get("sources");
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof List<?> items)) {
				throw new ArticleFormatException(this.fileName,
						"'sources' phải là danh sách các nguồn, mỗi nguồn có title và url");
			}
			List<Article.Source> sources = new ArrayList<>();
			for (Object item : items) {
				if (!(item instanceof Map<?, ?> source) || source.get("url") == null) {
					throw new ArticleFormatException(this.fileName, "mỗi nguồn cần có 'url' và 'title'");
				}
				String url = source.get("url").toString();
				Object title = source.get("title");
				sources.add(new Article.Source((title != null) ? title.toString() : url, url));
			}
			return sources;
		}

	}

}
