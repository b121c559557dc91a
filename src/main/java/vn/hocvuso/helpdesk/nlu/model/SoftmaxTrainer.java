package vn.hocvuso.helpdesk.nlu.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * Trains the same kind of model as OpenNLP's MAXENT (multinomial logistic regression over
 * the message's features), in a fraction of the time: a few passes of stochastic gradient
 * descent with per-feature AdaGrad steps and L2 shrinkage, in a fixed order, so the same
 * examples always give the same model. The weights of the later passes are averaged, and
 * so are those of {@link #MODELS} such runs, each shuffling the examples differently: the
 * model then depends much less on the order of the examples, and a small edit of the
 * library moves it less (ADR 2). The result is an OpenNLP {@link GISModel}, so the app
 * predicts, saves and loads it as before.
 */
final class SoftmaxTrainer {

	/** OpenNLP's bag-of-words generator names each feature so. */
	static final String PREFIX = "bow=";

	private static final double RATE = 0.5;

	/**
	 * How strongly weights are pulled towards zero at each step: enough that the model
	 * stays unsure of what its examples did not teach it (ADR 2).
	 */
	private static final double SHRINK = 2e-3;

	private static final long SEED = 20261206L;

	/**
	 * How many runs, each with its own shuffling, are averaged into the model. Three runs
	 * of four passes cost about what one run of ten did (ADR 2, revision of 2026-12-07).
	 */
	private static final int MODELS = 3;

	private final int passes;

	private final int cutoff;

	SoftmaxTrainer(int passes, int cutoff) {
		this.passes = Math.max(1, passes);
		this.cutoff = Math.max(1, cutoff);
	}

	GISModel train(List<String> topics, List<String[]> documents, IntConsumer progress) {
		String[] outcomes = new TreeSet<>(topics).toArray(String[]::new);
		Map<String, Integer> outcomeIndex = new HashMap<>();
		for (int i = 0; i < outcomes.length; i++) {
			outcomeIndex.put(outcomes[i], i);
		}
		Map<String, Integer> counts = new HashMap<>();
		for (String[] document : documents) {
			for (String feature : document) {
				counts.merge(feature, 1, Integer::sum);
			}
		}
		Map<String, Integer> featureIndex = new LinkedHashMap<>();
		counts.forEach((feature, count) -> {
			if (count >= this.cutoff) {
				featureIndex.put(feature, featureIndex.size());
			}
		});
		int[][] examples = new int[documents.size()][];
		int[] labels = new int[documents.size()];
		for (int i = 0; i < documents.size(); i++) {
			List<Integer> known = new ArrayList<>();
			for (String feature : documents.get(i)) {
				Integer index = featureIndex.get(feature);
				if (index != null) {
					known.add(index);
				}
			}
			examples[i] = known.stream().mapToInt(Integer::intValue).toArray();
			labels[i] = outcomeIndex.get(topics.get(i));
		}
		float[] weights = new float[featureIndex.size() * outcomes.length];
		for (int run = 0; run < MODELS; run++) {
			int done = run;
			float[] fitted = fit(examples, labels, featureIndex.size(), outcomes.length, new Random(SEED + run),
					(percent) -> progress.accept((done * 100 + percent) / MODELS));
			for (int i = 0; i < weights.length; i++) {
				weights[i] += fitted[i] / MODELS;
			}
		}
		return model(weights, featureIndex, outcomes);
	}

	private float[] fit(int[][] examples, int[] labels, int features, int classes, Random random,
			IntConsumer progress) {
		float[] weights = new float[features * classes];
		float[] squares = new float[features];
		double[] scores = new double[classes];
		float[] gradient = new float[classes];
		int[] order = new int[examples.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		// The weights after each pass of the second half are averaged: the model then
		// depends much less on the order the examples happened to come in.
		float[] averaged = new float[weights.length];
		int averagedPasses = 0;
		for (int pass = 0; pass < this.passes; pass++) {
			shuffle(order, random);
			for (int next : order) {
				int[] active = examples[next];
				if (active.length == 0) {
					continue;
				}
				probabilities(weights, active, classes, scores);
				for (int k = 0; k < classes; k++) {
					gradient[k] = (float) (scores[k] - ((k == labels[next]) ? 1 : 0));
				}
				for (int feature : active) {
					int base = feature * classes;
					float sum = 0;
					for (int k = 0; k < classes; k++) {
						float g = gradient[k] + (float) SHRINK * weights[base + k];
						sum += g * g;
					}
					squares[feature] += sum / classes;
					float step = (float) (RATE / Math.sqrt(squares[feature] + 1e-8));
					for (int k = 0; k < classes; k++) {
						weights[base + k] -= step * (gradient[k] + (float) SHRINK * weights[base + k]);
					}
				}
			}
			if (pass >= this.passes / 2) {
				for (int i = 0; i < weights.length; i++) {
					averaged[i] += weights[i];
				}
				averagedPasses++;
			}
			progress.accept(Math.min(99, (pass + 1) * 100 / this.passes));
		}
		for (int i = 0; i < averaged.length; i++) {
			averaged[i] /= averagedPasses;
		}
		return averaged;
	}

	/** Softmax of the summed weights, as OpenNLP's model computes it. */
	private static void probabilities(float[] weights, int[] active, int classes, double[] into) {
		Arrays.fill(into, 0);
		for (int feature : active) {
			int base = feature * classes;
			for (int k = 0; k < classes; k++) {
				into[k] += weights[base + k];
			}
		}
		double max = Double.NEGATIVE_INFINITY;
		for (double score : into) {
			max = Math.max(max, score);
		}
		double total = 0;
		for (int k = 0; k < classes; k++) {
			into[k] = Math.exp(into[k] - max);
			total += into[k];
		}
		for (int k = 0; k < classes; k++) {
			into[k] /= total;
		}
	}

	private static GISModel model(float[] weights, Map<String, Integer> featureIndex, String[] outcomes) {
		int classes = outcomes.length;
		int[] all = new int[classes];
		for (int k = 0; k < classes; k++) {
			all[k] = k;
		}
		Context[] parameters = new Context[featureIndex.size()];
		String[] names = new String[featureIndex.size()];
		featureIndex.forEach((feature, index) -> {
			double[] values = new double[classes];
			for (int k = 0; k < classes; k++) {
				values[k] = weights[index * classes + k];
			}
			parameters[index] = new Context(all, values);
			names[index] = PREFIX + feature;
		});
		return new GISModel(parameters, names, outcomes);
	}

	private static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
	}

}
