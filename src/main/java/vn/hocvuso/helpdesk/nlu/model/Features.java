package vn.hocvuso.helpdesk.nlu.model;

import java.util.ArrayList;
import java.util.List;

import vn.hocvuso.helpdesk.text.NormalizedText;

/**
 * The features the classifier sees for a message. Always each syllable without
 * diacritics; optionally the accented syllable where it differs (so "bị" and "bỉ" can be
 * told apart when the resident typed accents), pairs and triples of neighbouring
 * syllables without diacritics ("mat_khau"), which carry most of the meaning of
 * Vietnamese compound words, and character n-grams of each syllable, which forgive typos.
 *
 * @param accented add the accented syllable where it differs from the stripped one
 * @param bigrams add neighbouring pairs of stripped syllables
 * @param trigrams add neighbouring triples of stripped syllables
 * @param charNgrams length of character n-grams within each stripped syllable; 0 for none
 */
public record Features(boolean accented, boolean bigrams, boolean trigrams, int charNgrams) {

	public Features {
		if (charNgrams < 0 || charNgrams == 1) {
			throw new IllegalArgumentException("charNgrams must be 0 (none) or at least 2, was " + charNgrams);
		}
	}

	/**
	 * Parses a list like {@code accented,bigrams,trigrams,chars3}; {@code words} alone
	 * means none of them.
	 */
	public static Features parse(String spec) {
		List<String> parts = List.of(spec.replace(" ", "").split(","));
		int chars = parts.stream()
			.filter((part) -> part.startsWith("chars"))
			.mapToInt((part) -> Integer.parseInt(part.substring(5)))
			.findFirst()
			.orElse(0);
		return new Features(parts.contains("accented"), parts.contains("bigrams"), parts.contains("trigrams"), chars);
	}

	public String[] of(NormalizedText text) {
		List<String> stripped = text.strippedTokens();
		List<String> accented = text.tokens();
		List<String> features = new ArrayList<>(stripped.size() * 4);
		for (int i = 0; i < stripped.size(); i++) {
			String syllable = stripped.get(i);
			features.add(syllable);
			if (this.accented && !accented.get(i).equals(syllable)) {
				features.add("a=" + accented.get(i));
			}
			if (this.bigrams && i + 1 < stripped.size()) {
				features.add("b=" + syllable + "_" + stripped.get(i + 1));
			}
			if (this.trigrams && i + 2 < stripped.size()) {
				features.add("t=" + syllable + "_" + stripped.get(i + 1) + "_" + stripped.get(i + 2));
			}
			if (this.charNgrams > 0) {
				addCharNgrams(syllable, features);
			}
		}
		return features.toArray(String[]::new);
	}

	private void addCharNgrams(String syllable, List<String> features) {
		String padded = "<" + syllable + ">";
		for (int start = 0; start + this.charNgrams <= padded.length(); start++) {
			features.add("c=" + padded.substring(start, start + this.charNgrams));
		}
	}

}
