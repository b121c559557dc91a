package vn.hocvuso.helpdesk.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff pages of the library editor (role STAFF). They are static HTML read once at
 * start-up; {@code /staff/library/library.js} fills them from the API.
 */
@RestController
class LibraryPagesController {

	private final String list = page("list");

	private final String article = page("article");

	private final String history = page("history");

	private final String suggestions = page("suggestions");

	@GetMapping(path = { "/staff/library", "/staff/library/" }, produces = MediaType.TEXT_HTML_VALUE)
	String list() {
		return this.list;
	}

	@GetMapping(path = "/staff/library/article", produces = MediaType.TEXT_HTML_VALUE)
	String article() {
		return this.article;
	}

	@GetMapping(path = "/staff/library/history", produces = MediaType.TEXT_HTML_VALUE)
	String history() {
		return this.history;
	}

	@GetMapping(path = "/staff/library/suggestions", produces = MediaType.TEXT_HTML_VALUE)
	String suggestions() {
		return this.suggestions;
	}

	private static String page(String name) {
		try {
			return new ClassPathResource("pages/library/" + name + ".html").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The page pages/library/" + name + ".html is missing from the build", ex);
		}
	}

}
