package vn.hocvuso.helpdesk.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff dashboard ({@code /staff/dashboard}, role STAFF; its script reads the API)
 * and the public leaderboard ({@code /leaderboard}), rendered here with group codes and
 * counts only, or a notice when staff have switched it off.
 */
@RestController
class IndicatorPagesController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final String dashboard;

	private final String leaderboardTemplate;

	private final IndicatorReader reader;

	private final IndicatorSettingsStore settings;

	IndicatorPagesController(IndicatorReader reader, IndicatorSettingsStore settings) {
		this.reader = reader;
		this.settings = settings;
		this.dashboard = page("pages/dashboard.html");
		this.leaderboardTemplate = page("pages/leaderboard.html");
	}

	@GetMapping(path = "/staff/dashboard", produces = MediaType.TEXT_HTML_VALUE)
	String dashboard() {
		return this.dashboard;
	}

	@GetMapping(path = "/leaderboard", produces = MediaType.TEXT_HTML_VALUE)
	Mono<ResponseEntity<String>> leaderboard() {
		return this.settings.leaderboardEnabled().flatMap((enabled) -> {
			if (!enabled) {
				return Mono.just(ResponseEntity.status(HttpStatus.NOT_FOUND)
					.contentType(MediaType.TEXT_HTML)
					.body(render(Period.containing(Period.Kind.MONTH, this.reader.today()).label(),
							"<p class=\"notice\">" + escape(Leaderboard.SWITCHED_OFF) + "</p>")));
			}
			return this.reader.leaderboard()
				.map((board) -> ResponseEntity.ok()
					.contentType(MediaType.TEXT_HTML)
					.body(render(board.month(), table(board))));
		});
	}

	private String render(String month, String body) {
		return this.leaderboardTemplate.replace("{{month}}", escape(month)).replace("{{body}}", body);
	}

	private static String table(Leaderboard board) {
		if (board.rows().isEmpty()) {
			return "<p class=\"card empty\">Tháng này chưa có số liệu.</p>";
		}
		StringBuilder html = new StringBuilder(
				"<div class=\"card\"><div class=\"chart-box\"><canvas id=\"chart\" role=\"img\" "
						+ "aria-label=\"Biểu đồ số người dân được hỗ trợ của các tổ\"></canvas></div></div>"
						+ "<div class=\"card scroll\"><table id=\"ranking\"><thead><tr><th>Hạng</th><th>Tổ dân phố</th>"
						+ "<th class=\"number\">Đã hỗ trợ</th><th class=\"number\">Chỉ tiêu</th>"
						+ "<th>Hoàn thành</th><th class=\"number\">Lớp đã học</th>"
						+ "<th class=\"number\">Người dự lớp</th></tr></thead><tbody>");
		for (Leaderboard.Row row : board.rows()) {
			html.append("<tr data-name=\"")
				.append(escape(row.name()))
				.append("\" data-residents=\"")
				.append(row.residents())
				.append("\"><td class=\"rank\">")
				.append(row.rank())
				.append("</td><td>")
				.append(escape(row.name()))
				.append("</td><td class=\"number\">")
				.append(number(row.residents()))
				.append("</td><td class=\"number\">")
				.append(orDash(row.target()))
				.append("</td><td>")
				.append(completion(row.completionPercent()))
				.append("</td><td class=\"number\">")
				.append(number(row.classesHeld()))
				.append("</td><td class=\"number\">")
				.append(number(row.classAttendees()))
				.append("</td></tr>");
		}
		return html.append("</tbody></table></div>").toString();
	}

	private static String completion(@Nullable Double percent) {
		if (percent == null) {
			return "–";
		}
		// A <progress> element, not a bar sized by a style attribute: the
		// Content-Security-Policy
		// allows no inline styles.
		return "<progress class=\"progress\" max=\"100\" value=\"" + Math.min(100, percent) + "\"></progress>"
				+ "<span class=\"small\">" + String.valueOf(percent).replace('.', ',') + "%</span>";
	}

	private static String orDash(@Nullable Long value) {
		return (value != null) ? number(value) : "–";
	}

	/** 2207 as Vietnamese write it: 2.207. */
	private static String number(long value) {
		return String.format(VIETNAMESE, "%,d", value);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String page(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The page " + path + " is missing from the build", ex);
		}
	}

}
