package vn.hocvuso.helpdesk.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Puts alike questions together so staff review them at once. Two questions are alike
 * when the replies point to the same topic (or to none) and their normalised words,
 * without diacritics, share enough three-letter pieces (Jaccard similarity of character
 * trigrams, so "quen mk vneid" and "quên mật khẩu vneid rồi" meet, and a typo costs
 * little). A question joins the first group holding one alike question, else starts its
 * own; groups keep the order of the questions given.
 */
final class QuestionGroups {

	private QuestionGroups() {
	}

	/**
	 * @param topic the topic each question's reply points to, or null
	 * @param words each question's normalised words without diacritics
	 * @param threshold from 0 to 1: the similarity from which two questions are alike
	 */
	static <T> List<List<T>> group(List<T> questions, Function<T, @Nullable String> topic, Function<T, String> words,
			double threshold) {
		List<List<T>> groups = new ArrayList<>();
		List<List<Set<String>>> pieces = new ArrayList<>();
		for (T question : questions) {
			Set<String> mine = trigrams(words.apply(question));
			int joined = -1;
			for (int g = 0; g < groups.size() && joined < 0; g++) {
				boolean sameTopic = Objects.equals(topic.apply(groups.get(g).get(0)), topic.apply(question));
				if (sameTopic && pieces.get(g).stream().anyMatch((other) -> similarity(mine, other) >= threshold)) {
					joined = g;
				}
			}
			if (joined < 0) {
				groups.add(new ArrayList<>());
				pieces.add(new ArrayList<>());
				joined = groups.size() - 1;
			}
			groups.get(joined).add(question);
			pieces.get(joined).add(mine);
		}
		return groups;
	}

	/** Jaccard similarity of two sets of pieces. */
	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / (a.size() + b.size() - shared);
	}

	/** The three-letter pieces of each word, padded with a space at both ends. */
	static Set<String> trigrams(String words) {
		Set<String> pieces = new HashSet<>();
		for (String word : words.split(" ")) {
			String padded = " " + word + " ";
			for (int i = 0; i + 3 <= padded.length(); i++) {
				pieces.add(padded.substring(i, i + 3));
			}
		}
		return pieces;
	}

}
