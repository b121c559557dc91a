package vn.hocvuso.helpdesk.nlu.model;

import java.util.ArrayList;
import java.util.List;

import vn.hocvuso.helpdesk.text.NormalizedText;

/**
 * The features the classifier sees for a message: each syllable without diacritics, the
 * accented syllable where it differs (so "bị" and "bỉ" can still be told apart when the
 * resident typed accents), and pairs of neighbouring syllables without diacritics
 * ("mat_khau"), which carry most of the meaning of Vietnamese compound words.
 */
public final class Features {

	private Features() {
	}

	public static String[] of(NormalizedText text) {
		List<String> stripped = text.strippedTokens();
		List<String> accented = text.tokens();
		List<String> features = new ArrayList<>(stripped.size() * 3);
		for (int i = 0; i < stripped.size(); i++) {
			features.add(stripped.get(i));
			if (!accented.get(i).equals(stripped.get(i))) {
				features.add("a=" + accented.get(i));
			}
			if (i + 1 < stripped.size()) {
				features.add("b=" + stripped.get(i) + "_" + stripped.get(i + 1));
			}
		}
		return features.toArray(String[]::new);
	}

}
