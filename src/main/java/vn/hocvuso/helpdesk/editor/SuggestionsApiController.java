package vn.hocvuso.helpdesk.editor;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

/**
 * Suggested example questions from resolved tickets: list, accept, dismiss. Role STAFF.
 */
@RestController
@RequestMapping(path = "/api/v1/library/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
class SuggestionsApiController {

	static final int MAX_QUESTIONS = 100;

	private final SuggestionReview review;

	SuggestionsApiController(SuggestionReview review) {
		this.review = review;
	}

	@GetMapping
	Mono<List<SuggestionGroup>> suggestions() {
		return this.review.groups();
	}

	@PostMapping(path = "/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<SuggestionReview.Accepted> accept(@RequestBody Choice choice, Principal who) {
		if (choice.topic() == null || choice.topic().isBlank()) {
			throw new ServerWebInputException("Hãy chọn chủ đề (topic) để thêm các câu hỏi vào.");
		}
		return this.review.accept(choice.ids(), choice.topic().strip(), who.getName());
	}

	@PostMapping(path = "/dismiss", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<Dismissed> dismiss(@RequestBody Choice choice, Principal who) {
		return this.review.dismiss(choice.ids(), who.getName()).map(Dismissed::new);
	}

	/**
	 * Which suggested questions, and for an accept the topic they go to.
	 */
	record Choice(@Nullable List<String> questions, @Nullable String topic) {

		List<String> ids() {
			List<String> ids = (this.questions != null) ? this.questions.stream()
				.filter((id) -> id != null && !id.isBlank())
				.map(String::strip)
				.distinct()
				.toList() : List.of();
			if (ids.isEmpty() || ids.size() > MAX_QUESTIONS || ids.stream().anyMatch((id) -> id.length() > 64)) {
				throw new ServerWebInputException(
						"Hãy chọn từ 1 đến " + MAX_QUESTIONS + " câu hỏi gợi ý (questions: danh sách mã gợi ý).");
			}
			return ids;
		}

	}

	record Dismissed(int dismissed) {
	}

}
