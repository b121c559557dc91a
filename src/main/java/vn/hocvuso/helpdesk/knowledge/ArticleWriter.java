package vn.hocvuso.helpdesk.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes an article in the {@code knowledge-base/} file format, so that
 * {@link ArticleParser} reads back the same article. Used to export the library.
 */
public final class ArticleWriter {

	/** Characters that Markdown would read as formatting inside an example question. */
	private static final Pattern INLINE_MARKUP = Pattern.compile("([\\\\`*_\\[\\]<&!])");

	/** A line start that Markdown would read as a heading, a list or a quote. */
	private static final Pattern BLOCK_START = Pattern.compile("^(\\d*)([#+>.)-])");

	private final Yaml yaml;

	public ArticleWriter() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setWidth(Integer.MAX_VALUE);
		this.yaml = new Yaml(options);
	}

	public String write(Article article) {
		StringBuilder out = new StringBuilder("---\n").append(this.yaml.dump(frontMatter(article))).append("---\n\n");
		out.append("## Trả lời ngắn\n\n").append(article.shortAnswer()).append("\n\n");
		out.append("## Hướng dẫn chi tiết\n\n").append(article.guide()).append("\n\n");
		out.append("## Câu hỏi mẫu\n\n");
		article.examples().forEach((example) -> out.append("- ").append(escape(example)).append('\n'));
		return out.toString();
	}

	public static String fileName(Article article) {
		return article.id() + ".md";
	}

	private static Map<String, Object> frontMatter(Article article) {
		Map<String, Object> front = new LinkedHashMap<>();
		front.put("id", article.id());
		front.put("title", article.title());
		front.put("tags", article.tags());
		front.put("version", article.version());
		front.put("reviewed", article.reviewed().toString());
		front.put("urgency", article.urgency().name().toLowerCase(Locale.ROOT));
		List<Map<String, String>> sources = article.sources().stream().map(ArticleWriter::source).toList();
		front.put("sources", sources);
		return front;
	}

	private static Map<String, String> source(Article.Source source) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", source.title());
		fields.put("url", source.url());
		return fields;
	}

	static String escape(String example) {
		String escaped = INLINE_MARKUP.matcher(example).replaceAll("\\\\$1");
		return BLOCK_START.matcher(escaped).replaceFirst("$1\\\\$2");
	}

}
