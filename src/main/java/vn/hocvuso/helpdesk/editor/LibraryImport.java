package vn.hocvuso.helpdesk.editor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.ArticleFormatException;
import vn.hocvuso.helpdesk.knowledge.ArticleParser;
import vn.hocvuso.helpdesk.knowledge.ArticleWriter;
import vn.hocvuso.helpdesk.knowledge.LibraryProblem;
import vn.hocvuso.helpdesk.knowledge.store.DraftStore;

/**
 * Imports a zip of article files into the drafts, all or nothing: when any file is
 * unsafe, unreadable or breaks a rule a draft must keep, nothing is saved and the report
 * lists every problem. Otherwise each article that differs from the draft library becomes
 * a draft; problems that only stop a publish are reported as warnings.
 */
@Service
class LibraryImport {

	private final DraftLibraries libraries;

	private final DraftStore drafts;

	private final ArticleEditor editor;

	private final AuditLogStore audit;

	private final EditorProperties properties;

	private final Clock clock;

	LibraryImport(DraftLibraries libraries, DraftStore drafts, ArticleEditor editor, AuditLogStore audit,
			EditorProperties properties, Clock clock) {
		this.libraries = libraries;
		this.drafts = drafts;
		this.editor = editor;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	Mono<ImportReport> importZip(byte[] zip, String who) {
		LibraryZip.Contents contents = LibraryZip.read(zip, this.properties.maxZipEntries(),
				this.properties.maxZipEntrySize().toBytes());
		List<LibraryProblem> problems = new ArrayList<>();
		contents.problems().forEach((problem) -> problems.add(unreadable("zip", problem)));
		List<String> ignored = new ArrayList<>();
		Map<String, Article> articles = parse(contents.files(), problems, ignored);
		return this.libraries.current().flatMap((library) -> {
			Map<String, Article> merged = new LinkedHashMap<>();
			library.articles().forEach((article) -> merged.put(article.id(), article));
			merged.putAll(articles);
			List<LibraryProblem> warnings = new ArrayList<>();
			for (Article article : articles.values()) {
				List<LibraryProblem> found = this.editor.problems(article, List.copyOf(merged.values()));
				found.forEach((problem) -> (problem.rule().refusesDraft() ? problems : warnings).add(problem));
			}
			if (!problems.isEmpty()) {
				return Mono.error(new LibraryRefused("Chưa nhập tệp zip, chưa thay đổi gì.", problems));
			}
			List<Article> changed = articles.values()
				.stream()
				.filter((article) -> library.articles()
					.stream()
					.noneMatch((current) -> current.id().equals(article.id()) && current.sameContentAs(article)))
				.toList();
			return Flux.fromIterable(changed)
				.concatMap((article) -> this.drafts.save(article, who, this.clock.instant()))
				.then(this.audit.record(who, "import", "zip",
						"Nhập tệp zip: " + changed.size() + " bài thành bản nháp"))
				.thenReturn(new ImportReport(changed.stream().map(Article::id).toList(),
						articles.values().stream().filter((a) -> !changed.contains(a)).map(Article::id).toList(),
						ignored, warnings));
		});
	}

	private Map<String, Article> parse(List<LibraryZip.File> files, List<LibraryProblem> problems,
			List<String> ignored) {
		ArticleParser parser = new ArticleParser();
		Map<String, Article> articles = new LinkedHashMap<>();
		for (LibraryZip.File file : files) {
			if (file.name().equals("topics.tsv")) {
				ignored.add(file.name());
				continue;
			}
			Optional<String> text = file.text();
			if (!file.name().endsWith(".md") || text.isEmpty()) {
				problems.add(unreadable(file.name(), "chỉ nhận tệp bài hướng dẫn .md viết bằng UTF-8"));
				continue;
			}
			try {
				Article article = parser.parse(file.name(), text.get());
				if (!ArticleWriter.fileName(article).equals(file.name())) {
					problems.add(unreadable(file.name(), "tên tệp phải là " + ArticleWriter.fileName(article)));
				}
				else if (articles.putIfAbsent(article.id(), article) != null) {
					problems.add(unreadable(file.name(), "có hai tệp cho cùng chủ đề " + article.id()));
				}
			}
			catch (ArticleFormatException ex) {
				problems.add(unreadable(file.name(), ex.getMessage()));
			}
		}
		return articles;
	}

	private static LibraryProblem unreadable(String file, String problem) {
		return new LibraryProblem(file, LibraryProblem.Rule.UNREADABLE_FILE, problem);
	}

	/**
	 * @param saved articles saved as drafts
	 * @param unchanged articles identical to what is there already
	 * @param ignored files that are not articles and were skipped
	 * @param warnings problems that will stop a publish until fixed
	 */
	record ImportReport(List<String> saved, List<String> unchanged, List<String> ignored,
			List<LibraryProblem> warnings) {
	}

}
