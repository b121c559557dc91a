package vn.hocvuso.helpdesk.nlu;

import java.util.Locale;
import java.util.Set;

import vn.hocvuso.helpdesk.text.Diacritics;

/**
 * The part of a long message that asks something: its sentence with a question mark or
 * the most question words ("làm sao", "ở đâu", "thế nào", "bao nhiêu"...), the latest
 * when several tie, since people tend to end with their question. A message of up to
 * {@link #LONG} characters is read whole. One pass over the text.
 */
final class QuestionPart {

	/** Longer than nearly every real question; shorter messages are read whole. */
	static final int LONG = 400;

	private static final Set<String> QUESTION_WORDS = Set.of("sao", "nao", "dau", "gi", "khong", "chua", "bao", "nhieu",
			"giup", "hoi", "cach", "the", "lam", "ai", "may", "k", "ko");

	private QuestionPart() {
	}

	static String of(String text) {
		if (text.length() <= LONG) {
			return text;
		}
		String best = text;
		int bestScore = -1;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || isSentenceEnd(text.charAt(i))) {
				String sentence = text.substring(start, Math.min(i + 1, text.length())).strip();
				int score = score(sentence);
				if (!sentence.isEmpty() && score >= bestScore) {
					best = sentence;
					bestScore = score;
				}
				start = i + 1;
			}
		}
		return best;
	}

	private static boolean isSentenceEnd(char c) {
		return c == '?' || c == '？' || c == '.' || c == '!' || c == ';' || c == '\n';
	}

	/** A question mark counts as much as three question words. */
	private static int score(String sentence) {
		int score = (sentence.endsWith("?") || sentence.endsWith("？")) ? 3 : 0;
		for (String word : Diacritics.strip(sentence.toLowerCase(Locale.ROOT)).split("[^\\p{L}]+")) {
			if (QUESTION_WORDS.contains(word)) {
				score++;
			}
		}
		return score;
	}

}
