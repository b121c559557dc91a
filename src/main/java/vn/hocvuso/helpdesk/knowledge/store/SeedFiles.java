package vn.hocvuso.helpdesk.knowledge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.ArticleFormatException;
import vn.hocvuso.helpdesk.knowledge.ArticleParser;
import vn.hocvuso.helpdesk.knowledge.LibraryProblem;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;

/**
 * Reads the article files that seed an empty store. A file that cannot be read or breaks
 * a rule is logged with its name and the problem, and the others still load. Blocking
 * file IO: call off the event loop.
 */
class SeedFiles {

	private static final Logger log = LoggerFactory.getLogger(SeedFiles.class);

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final ArticleParser parser = new ArticleParser();

	private final LibraryValidator validator;

	SeedFiles(LibraryValidator validator) {
		this.validator = validator;
	}

	List<Article> read(String location) {
		List<Article> articles = new ArrayList<>();
		for (Resource file : files(location)) {
			String name = file.getFilename();
			try {
				Article article = this.parser.parse(name, file.getContentAsString(StandardCharsets.UTF_8));
				List<LibraryProblem> problems = this.validator.check(article);
				if (problems.isEmpty()) {
					articles.add(article);
				}
				else {
					log.error("Skipping article file {}: {}", name, problems);
				}
			}
			catch (ArticleFormatException ex) {
				log.error("Skipping article file {}", ex.getMessage());
			}
			catch (IOException ex) {
				log.error("Skipping article file {}: cannot read it ({})", name, ex.getMessage());
			}
		}
		return articles;
	}

	private Resource[] files(String location) {
		try {
			Resource[] files = this.resolver.getResources(location + "*.md");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(String::compareTo)));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list article files in " + location, ex);
		}
	}

}
