package vn.hocvuso.helpdesk.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.nlu.model.TopicScore;
import vn.hocvuso.helpdesk.text.NormalizedText;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * Which topic an ambassador's reply most resembles (docs/adr/0004, "Suggestions"). Two
 * views, averaged: how alike the reply's words are to each guide (TF-IDF cosine over
 * syllables and syllable pairs, without diacritics, of the title, tags, short answer,
 * long guide and example questions), and how likely the live model finds each topic for
 * the reply. System intents are never suggested. Built once per library version.
 */
final class ReplyTopics {

	private final VietnameseNormalizer normalizer;

	private final Map<String, Double> idf;

	private final Map<String, Map<String, Double>> guides = new LinkedHashMap<>();

	private final int version;

	private ReplyTopics(Library library, VietnameseNormalizer normalizer) {
		this.normalizer = normalizer;
		this.version = library.version();
		Map<String, Map<String, Double>> counts = new LinkedHashMap<>();
		library.articles()
			.values()
			.stream()
			.filter((article) -> !SystemIntents.isSystem(article.id()))
			.forEach((article) -> counts.put(article.id(), terms(normalizer.normalize(words(article)))));
		Map<String, Double> documents = new HashMap<>();
		counts.values().forEach((terms) -> terms.keySet().forEach((term) -> documents.merge(term, 1.0, Double::sum)));
		this.idf = new HashMap<>();
		documents.forEach((term, n) -> this.idf.put(term, Math.log((1.0 + counts.size()) / (1.0 + n)) + 1));
		counts.forEach((topic, terms) -> this.guides.put(topic, weigh(terms)));
	}

	static ReplyTopics of(Library library, VietnameseNormalizer normalizer) {
		return new ReplyTopics(library, normalizer);
	}

	int version() {
		return this.version;
	}

	/**
	 * Every topic with its score from 0 to 1, the most alike first.
	 * @param modelView the live model's prediction for the reply
	 */
	List<TopicScore> rank(String reply, Prediction modelView) {
		Map<String, Double> words = weigh(terms(this.normalizer.normalize(reply)));
		Map<String, Double> likely = new HashMap<>();
		modelView.ranked().forEach((score) -> likely.put(score.topic(), score.confidence()));
		List<TopicScore> ranked = new ArrayList<>();
		this.guides.forEach((topic, guide) -> ranked
			.add(new TopicScore(topic, (cosine(words, guide) + likely.getOrDefault(topic, 0.0)) / 2)));
		ranked.sort(Comparator.comparingDouble(TopicScore::confidence).reversed());
		return ranked;
	}

	private static String words(Article article) {
		return String.join("\n", article.title(), String.join(" ", article.tags()), article.shortAnswer(),
				article.guide(), String.join("\n", article.examples()));
	}

	/** Syllables and syllable pairs without diacritics, with their counts. */
	private static Map<String, Double> terms(NormalizedText text) {
		List<String> tokens = text.strippedTokens();
		Map<String, Double> terms = new HashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			terms.merge(tokens.get(i), 1.0, Double::sum);
			if (i > 0) {
				terms.merge(tokens.get(i - 1) + " " + tokens.get(i), 1.0, Double::sum);
			}
		}
		return terms;
	}

	/** Sublinear counts times rarity; words no guide has are left out. */
	private Map<String, Double> weigh(Map<String, Double> terms) {
		Map<String, Double> weights = new HashMap<>();
		terms.forEach((term, count) -> {
			Double rarity = this.idf.get(term);
			if (rarity != null) {
				weights.put(term, (1 + Math.log(count)) * rarity);
			}
		});
		return weights;
	}

	private static double cosine(Map<String, Double> a, Map<String, Double> b) {
		double dot = 0;
		for (Map.Entry<String, Double> term : a.entrySet()) {
			dot += term.getValue() * b.getOrDefault(term.getKey(), 0.0);
		}
		double norms = Math.sqrt(squares(a) * squares(b));
		return (norms == 0) ? 0 : dot / norms;
	}

	private static double squares(Map<String, Double> vector) {
		return vector.values().stream().mapToDouble((value) -> value * value).sum();
	}

}
