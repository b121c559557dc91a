package vn.hocvuso.helpdesk.conversation;

import java.util.List;
import java.util.Optional;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.nlu.Decision;
import vn.hocvuso.helpdesk.residents.ResidentSession;
import vn.hocvuso.helpdesk.text.NormalizedText;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * Recognises a tap on one of the buttons of a clarify question: the message is then the
 * title of one of the offered topics, and the bot answers that topic without guessing. On
 * channels that show the choices as a numbered list, the number works too. A message that
 * is exactly any guide's title (a button of the welcome, or typed) chooses that guide.
 */
class ChoiceMatcher {

	private final VietnameseNormalizer normalizer;

	ChoiceMatcher(VietnameseNormalizer normalizer) {
		this.normalizer = normalizer;
	}

	Optional<Decision> match(String raw, NormalizedText message, ResidentSession session, Library library) {
		List<String> offered = session.pendingChoices();
		for (int i = 0; i < offered.size(); i++) {
			Optional<Article> article = library.article(offered.get(i));
			boolean chosen = raw.strip().equals(String.valueOf(i + 1))
					|| article.isPresent() && sameText(message, article.get().title());
			if (article.isPresent() && chosen) {
				return Optional.of(decisionFor(article.get()));
			}
		}
		// The buttons of a welcome or of "not sure" offer guides too, with no question
		// pending: a message that is exactly a guide's title chose that guide.
		return library.articles()
			.values()
			.stream()
			.filter((article) -> !article.id().equals(SystemIntents.OUT_OF_SCOPE))
			.filter((article) -> sameText(message, article.title()))
			.findFirst()
			.map(ChoiceMatcher::decisionFor);
	}

	private boolean sameText(NormalizedText message, String title) {
		return message.strippedText().equals(this.normalizer.normalize(title).strippedText());
	}

	private static Decision decisionFor(Article article) {
		if (article.id().equals(SystemIntents.HUMAN)) {
			return new Decision.Escalate(Decision.Reason.ASKED_FOR_HUMAN);
		}
		return new Decision.Answer(article.id(), 1.0, article.isUrgent());
	}

}
