package vn.hocvuso.helpdesk;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hocvuso.helpdesk.nlu.EvalCommand;

/**
 * Batch commands of the jar that need no web server, such as
 * {@code java -jar helpdesk.jar eval --input Q.jsonl [--output P.jsonl]}. They use an
 * in-memory store seeded from the packaged library unless {@code MONGODB_URI} is set.
 */
final class BatchCommands {

	private BatchCommands() {
	}

	static boolean isBatch(String[] args) {
		return args.length > 0 && args[0].equals("eval");
	}

	static int run(String[] args) throws IOException {
		Map<String, String> options = options(args);
		String input = options.get("--input");
		if (input == null) {
			System.err
				.println("usage: java -jar helpdesk.jar eval --input QUESTIONS.jsonl [--output PREDICTIONS.jsonl]");
			return 2;
		}
		SpringApplication application = new SpringApplication(HelpdeskApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run("--helpdesk.store.embedded-backend=memory",
				"--logging.level.root=warn", "--logging.level.de.bwaldvogel.mongo=error",
				"--spring.main.log-startup-info=false");
				BufferedReader reader = Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
				Writer writer = output(options.get("--output"))) {
			context.getBean(EvalCommand.class).run(reader, writer, System.err);
		}
		return 0;
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
