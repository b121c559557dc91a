package vn.hocvuso.helpdesk;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.DefaultLifecycleProcessor;

import vn.hocvuso.helpdesk.indicators.IndicatorRebuild;
import vn.hocvuso.helpdesk.loadtest.SyntheticCases;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.nlu.CrossValidation;
import vn.hocvuso.helpdesk.nlu.EvalCommand;
import vn.hocvuso.helpdesk.nlu.TrainingExport;
import vn.hocvuso.helpdesk.store.StoreArchive;

/**
 * Batch commands of the jar that need no web server:
 * {@code eval --input Q.jsonl [--output P.jsonl]}, {@code crossval [--folds 5]},
 * {@code export-training --output T.jsonl} and {@code rebuild-indicators}. The first
 * three use an in-memory store seeded from the packaged library unless
 * {@code MONGODB_URI} is set, in which case they read that store's library;
 * {@code rebuild-indicators} works on the app's own store (the embedded one under
 * {@code helpdesk.store.data-dir}, so stop the app first, or {@code MONGODB_URI}), as do
 * {@code backup --to FILE.zip} and {@code restore --from FILE.zip}.
 */
final class BatchCommands {

	private static final Set<String> COMMANDS = Set.of("eval", "crossval", "export-training", "rebuild-indicators",
			"bench-cases", "backup", "restore");

	private BatchCommands() {
	}

	static boolean isBatch(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	static int run(String[] args) throws IOException {
		if (args[0].equals("rebuild-indicators") || args[0].equals("bench-cases")) {
			return indicators(args);
		}
		Map<String, String> options = options(args);
		if (args[0].equals("backup") || args[0].equals("restore")) {
			return archive(args[0], options, settings(args));
		}
		boolean eval = args[0].equals("eval");
		if (eval && options.get("--input") == null) {
			System.err
				.println("usage: java -jar helpdesk.jar eval --input QUESTIONS.jsonl [--output PREDICTIONS.jsonl]");
			return 2;
		}
		try (ConfigurableApplicationContext context = startWithoutWebServer("--helpdesk.store.embedded-backend=memory");
				Writer writer = output(options.get("--output"))) {
			if (args[0].equals("crossval")) {
				int folds = Integer.parseInt(options.getOrDefault("--folds", "5"));
				context.getBean(CrossValidation.class)
					.run(context.getBean(KnowledgeBase.class).current(), folds, System.err);
			}
			else if (eval) {
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

	/**
	 * {@code rebuild-indicators [--name=value...]}, or {@code bench-cases COUNT} which
	 * first inserts that many made-up cases (for bench/indicators.sh only).
	 */
	private static int indicators(String[] args) {
		boolean bench = args[0].equals("bench-cases");
		String[] settings = Arrays.copyOfRange(args, bench ? 2 : 1, args.length);
		try (ConfigurableApplicationContext context = startWithoutWebServer(settings)) {
			long started = System.nanoTime();
			IndicatorRebuild rebuild = context.getBean(IndicatorRebuild.class);
			Long cases = bench
					? rebuild.rebuildFrom(context.getBean(SyntheticCases.class).insert(Long.parseLong(args[1]))).block()
					: rebuild.run().block();
			System.err.printf("%s %d cases and rebuilt their indicators in %d s%n", bench ? "inserted" : "read", cases,
					seconds(started));
		}
		return 0;
	}

	/**
	 * {@code backup --to FILE.zip} copies the app's store into one file;
	 * {@code restore --from FILE.zip} puts such a copy into a store that holds no cases
	 * yet. Both work on the app's own store: the embedded one (stop the app first, or use
	 * the staff page's download while it runs) or {@code MONGODB_URI}.
	 */
	private static int archive(String command, Map<String, String> options, String[] settings) {
		boolean backup = command.equals("backup");
		String file = options.get(backup ? "--to" : "--from");
		if (file == null) {
			System.err.println(
					"usage: java -jar helpdesk.jar " + (backup ? "backup --to FILE.zip" : "restore --from FILE.zip"));
			return 2;
		}
		try (ConfigurableApplicationContext context = startWithoutWebServer(settings)) {
			StoreArchive archive = context.getBean(StoreArchive.class);
			Map<String, Long> counts = (backup ? archive.write(Path.of(file)) : archive.restore(Path.of(file))).block();
			System.err.println((backup ? "backed up to " : "restored from ") + file + ": " + counts);
			if (backup) {
				System.err.println(
						"Keep the personal-data key (personal-data.key or HELPDESK_DATA_KEY) too, apart from this file.");
			}
		}
		return 0;
	}

	private static long seconds(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
	}

	/**
	 * The app without its web server and without its background work (the inbox, the
	 * delivery of replies, the overdue check, housekeeping...): no component that starts
	 * with the app is started, so nothing changes the store while a command reads or
	 * rebuilds it. The overdue check once changed counters while a rebuild wrote them.
	 */
	static ConfigurableApplicationContext startWithoutWebServer(String... settings) {
		SpringApplication application = new SpringApplication(HelpdeskApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.addInitializers((context) -> {
			NothingStarts processor = new NothingStarts();
			processor.setBeanFactory(context.getBeanFactory());
			context.getBeanFactory()
				.registerSingleton(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME, processor);
		});
		List<String> arguments = new ArrayList<>(List.of(settings));
		arguments.addAll(List.of("--logging.level.root=warn", "--logging.level.de.bwaldvogel.mongo=error",
				"--spring.main.log-startup-info=false"));
		return application.run(arguments.toArray(String[]::new));
	}

	/** Starts no component when the context is ready; stops none that did not start. */
	private static final class NothingStarts extends DefaultLifecycleProcessor {

		@Override
		public void onRefresh() {
		}

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

	/** The command's options, {@code --to FILE}, without the app's settings. */
	private static Map<String, String> options(String[] args) {
		List<String> words = Arrays.stream(args, 1, args.length).filter((arg) -> !isSetting(arg)).toList();
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < words.size(); i += 2) {
			options.put(words.get(i), words.get(i + 1));
		}
		return options;
	}

	/**
	 * The app's settings given with the command, {@code --helpdesk.store.data-dir=DIR}.
	 */
	private static String[] settings(String[] args) {
		return Arrays.stream(args, 1, args.length).filter(BatchCommands::isSetting).toArray(String[]::new);
	}

	private static boolean isSetting(String arg) {
		return arg.startsWith("--") && arg.contains("=");
	}

}
