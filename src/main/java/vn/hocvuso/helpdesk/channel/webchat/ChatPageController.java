package vn.hocvuso.helpdesk.channel.webchat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import vn.hocvuso.helpdesk.shared.SiteMetaTag;

/**
 * Serves the chat page at {@code /}, with the domain-verification meta tags that channel
 * providers ask for (Zalo) added to its head. Built once at start-up.
 */
@RestController
class ChatPageController {

	private final String page;

	ChatPageController(List<SiteMetaTag> metaTags) {
		StringBuilder tags = new StringBuilder();
		for (SiteMetaTag tag : metaTags) {
			if (tag.isPresent()) {
				tags.append("\t<meta name=\"")
					.append(HtmlUtils.htmlEscape(tag.name()))
					.append("\" content=\"")
					.append(HtmlUtils.htmlEscape(tag.content()))
					.append("\">\n");
			}
		}
		this.page = template().replace("</head>", tags + "</head>");
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String page() {
		return this.page;
	}

	private static String template() {
		try {
			return new ClassPathResource("static/index.html").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The chat page static/index.html is missing from the build", ex);
		}
	}

}
