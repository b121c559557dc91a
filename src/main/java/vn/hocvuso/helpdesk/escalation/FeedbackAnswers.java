package vn.hocvuso.helpdesk.escalation;

import java.util.Locale;
import java.util.Optional;

import vn.hocvuso.helpdesk.text.Diacritics;

/**
 * Reads a resident's answer to "did it help?": the buttons' words, or how people type it
 * ("có", "tốt rồi", "cảm ơn", "chưa", "không được"...). Empty when it is not an answer,
 * so the message is handled as a new question.
 */
final class FeedbackAnswers {

	private FeedbackAnswers() {
	}

	static Optional<Boolean> helpful(String text) {
		String said = Diacritics.strip(text.toLowerCase(Locale.ROOT))
			.replaceAll("[^a-z0-9 ]", " ")
			.trim()
			.replaceAll("\\s+", " ");
		if (said.matches("(chua giup duoc|chua duoc|chua|khong|ko|k|khong giup duoc|khong co ich|chua co ich|"
				+ "van chua duoc|van khong duoc)( a| nhe| chau)?")) {
			return Optional.of(false);
		}
		if (said.matches("(co ich|co|co a|duoc|duoc roi|tot|tot roi|hay|ok|oke|cam on|cam on chau|cam on nhieu|"
				+ "co giup duoc|giup duoc|hai long)( a| nhe| chau| lam)?")) {
			return Optional.of(true);
		}
		return Optional.empty();
	}

}
