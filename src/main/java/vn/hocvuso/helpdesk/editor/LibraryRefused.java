package vn.hocvuso.helpdesk.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.knowledge.LibraryProblem;

/**
 * A change refused because it breaks library rules: 422 problem+json whose
 * {@code problems} member lists every problem found, each with the article and the rule.
 */
class LibraryRefused extends ResponseStatusException {

	LibraryRefused(String detail, List<LibraryProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, detail + " " + summary(problems));
		getBody().setProperty("problems", problems.stream().map(LibraryRefused::member).toList());
	}

	private static String summary(List<LibraryProblem> problems) {
		return (problems.size() == 1) ? "Lỗi: " + problems.get(0) + "."
				: "Có " + problems.size() + " lỗi, đầu tiên: " + problems.get(0) + ".";
	}

	private static Map<String, Object> member(LibraryProblem problem) {
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("articleId", problem.articleId());
		member.put("rule", problem.rule().name());
		member.put("problem", problem.problem());
		return member;
	}

}
