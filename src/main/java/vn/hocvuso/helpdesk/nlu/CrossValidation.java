package vn.hocvuso.helpdesk.nlu;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.nlu.model.LabeledExample;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;

/**
 * The {@code crossval} batch command: k-fold cross-validation over the library's own
 * example questions. The examples are shuffled in a fixed order and cut into k parts;
 * each part is classified by a model trained on the others, with the app's settings and
 * thresholds, and the counts are summed as for {@code eval}. It tells how well the
 * examples teach each other, which a dev set alone cannot.
 */
public class CrossValidation {

	private static final long SEED = 42;

	private final LibraryModels models;

	private final ModelTrainer trainer;

	private final DecisionPolicy policy;

	CrossValidation(LibraryModels models, ModelTrainer trainer, DecisionPolicy policy) {
		this.models = models;
		this.trainer = trainer;
		this.policy = policy;
	}

	public EvalCommand.EvalSummary run(Library library, int folds, PrintStream report) {
		if (folds < 2) {
			throw new IllegalArgumentException("cross-validation needs at least 2 folds, was " + folds);
		}
		List<LabeledExample> examples = new ArrayList<>(this.models.examples(library));
		Collections.shuffle(examples, new Random(SEED));
		EvalCommand.EvalSummary summary = new EvalCommand.EvalSummary();
		for (int fold = 0; fold < folds; fold++) {
			List<LabeledExample> training = new ArrayList<>();
			List<LabeledExample> held = new ArrayList<>();
			for (int i = 0; i < examples.size(); i++) {
				((i % folds == fold) ? held : training).add(examples.get(i));
			}
			TopicModel model = this.trainer.train(training, library.version());
			for (LabeledExample example : held) {
				Prediction prediction = model.predict(example.text());
				String expected = example.topic().equals(SystemIntents.OUT_OF_SCOPE) ? null : example.topic();
				String top = prediction.top().topic();
				summary.add(expected, top.equals(SystemIntents.OUT_OF_SCOPE) ? null : top,
						this.policy.decide(prediction, library));
			}
			report.printf("fold %d of %d: %d examples classified%n", fold + 1, folds, held.size());
		}
		summary.print(report);
		return summary;
	}

}
