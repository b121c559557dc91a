package vn.hocvuso.helpdesk.nlu.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

import vn.hocvuso.helpdesk.text.NormalizedText;

/**
 * A trained topic classifier. Immutable and safe to share between threads: each call uses
 * its own OpenNLP categorizer over the shared model.
 */
public final class TopicModel {

	private final DoccatModel model;

	private final Features features;

	private final long version;

	TopicModel(DoccatModel model, Features features, long version) {
		this.model = model;
		this.features = features;
		this.version = version;
	}

	/**
	 * Ranks the topics for the message's most question-like part
	 * ({@link QuestionWindow}). Confidences are always between 0 and 1: should the
	 * model's arithmetic still overflow, every topic gets 0, so the bot is unsure and a
	 * person takes over.
	 */
	public Prediction predict(NormalizedText text) {
		DocumentCategorizerME categorizer = new DocumentCategorizerME(this.model);
		double[] outcomes = categorizer.categorize(this.features.of(QuestionWindow.of(text)));
		boolean finite = Arrays.stream(outcomes).allMatch(Double::isFinite);
		List<TopicScore> ranked = new ArrayList<>(outcomes.length);
		for (int i = 0; i < outcomes.length; i++) {
			ranked.add(new TopicScore(categorizer.getCategory(i), finite ? clamp(outcomes[i]) : 0));
		}
		ranked.sort(Comparator.comparingDouble(TopicScore::confidence).reversed());
		return new Prediction(ranked, this.version);
	}

	public long version() {
		return this.version;
	}

	/** The model as bytes, to keep it in the store. */
	public byte[] serialized() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			this.model.serialize(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the topic model", ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A model written by {@link #serialized()}, for a library version.
	 * @throws UncheckedIOException when the bytes are no model this OpenNLP can read
	 */
	public static TopicModel read(byte[] serialized, Features features, long version) {
		try {
			return new TopicModel(new DoccatModel(new ByteArrayInputStream(serialized)), features, version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read a saved topic model", ex);
		}
	}

	private static double clamp(double probability) {
		return Math.max(0, Math.min(1, probability));
	}

}
