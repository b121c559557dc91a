package vn.hocvuso.helpdesk;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hocvuso.helpdesk.nlu.EvalCommand;
import vn.hocvuso.helpdesk.nlu.TrainingExport;

/**
 * Batch commands of the jar that need no web server:
 * {@code eval --input Q.jsonl [--output P.jsonl]} and
 * {@code export-training --output T.jsonl}. They use an in-memory store seeded from the
 * packaged library unless {@code MONGODB_URI} is set, in which case they read that
 * store's library.
 */
final class BatchCommands {

	private static final Set<String> COMMANDS = Set.of("eval", "export-training");

	private BatchCommands() {
	}

	static boolean isBatch(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	static int run(String[] args) throws IOException {
		Map<String, String> options = options(args);
		boolean eval = args[0].equals("eval");
		if (eval && options.get("--input") == null) {
			System.err
				.println("usage: java -jar helpdesk.jar eval --input QUESTIONS.jsonl [--output PREDICTIONS.jsonl]");
			return 2;
		}
		try (ConfigurableApplicationContext context = startWithoutWebServer();
				Writer writer = output(options.get("--output"))) {
			if (eval) {
				try (BufferedReader reader = Files.newBufferedReader(Path.of(options.get("--input")),
						StandardCharsets.UTF_8)) {
					context.getBean(EvalCommand.class).run(reader, writer, System.err);
				}
			}
			else {
				int count = context.getBean(TrainingExport.class).run(writer);
				System.err.println("exported " + count + " training examples");
			}
		}
		return 0;
	}

	private static ConfigurableApplicationContext startWithoutWebServer() {
		SpringApplication application = new SpringApplication(HelpdeskApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run("--helpdesk.store.embedded-backend=memory", "--logging.level.root=warn",
				"--logging.level.de.bwaldvogel.mongo=error", "--spring.main.log-startup-info=false");
	}

	private static Writer output(String path) throws IOException {
		if (path == null) {
			return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
				@Override
				public void close() throws IOException {
					flush();
				}
			};
		}
		return Files.newBufferedWriter(Path.of(path), StandardCharsets.UTF_8);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		return options;
	}

}
