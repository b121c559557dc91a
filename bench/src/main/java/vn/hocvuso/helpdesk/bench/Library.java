package vn.hocvuso.helpdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.ArticleParser;
import vn.hocvuso.helpdesk.nlu.model.Features;
import vn.hocvuso.helpdesk.nlu.model.LabeledExample;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/** The repository's library as training examples, and the app's default training settings. */
final class Library {

	/** The defaults of {@code helpdesk.nlu.*} (NluProperties). */
	static final ModelTrainer.TrainingSettings APP_DEFAULTS = new ModelTrainer.TrainingSettings(ModelTrainer.SOFTMAX, 1, 4,
			Features.parse("accented,bigrams,chars3"));

	private Library() {
	}

	static List<LabeledExample> examples(VietnameseNormalizer normalizer) {
		return texts().stream()
			.map((example) -> new LabeledExample(example.get(0), normalizer.normalize(example.get(1))))
			.toList();
	}

	/** Each example question as it is written: {@code [topic, text]}. */
	static List<List<String>> texts() {
		Path folder = Path.of(System.getProperty("library", "knowledge-base"));
		ArticleParser parser = new ArticleParser();
		List<List<String>> examples = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".md")).sorted().toList()) {
				Article article = parser.parse(file.getFileName().toString(), Files.readString(file));
				article.examples().forEach((text) -> examples.add(List.of(article.id(), text)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Run from the repository root, or pass -Dlibrary=PATH/knowledge-base", ex);
		}
		return examples;
	}

}
