package vn.hocvuso.helpdesk.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * A copy of the whole store as one zip file: each collection as lines of MongoDB Extended
 * JSON ({@code cases.jsonl}), and {@code manifest.json} with how many documents each
 * holds. Taken while the app runs, collection after collection, each document as it was
 * when read. Values sealed with the personal-data key stay sealed: the key is not in the
 * copy, so keep it apart. A restore puts every collection back into a store that holds no
 * cases yet (a new data directory, or a new database), replacing what it started with,
 * and checks the counts against the manifest.
 */
@Component
public class StoreArchive {

	static final String MANIFEST = "manifest.json";

	private static final int BATCH = 1_000;

	private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder()
		.outputMode(JsonMode.EXTENDED)
		.build();

	private final MongoDatabase database;

	StoreArchive(MongoDatabase database) {
		this.database = database;
	}

	/** Writes the copy to {@code zip}; the documents written per collection. */
	public Mono<Map<String, Long>> write(Path zip) {
		return Flux.from(this.database.listCollectionNames())
			.sort()
			.collectList()
			.publishOn(Schedulers.boundedElastic())
			.flatMap((names) -> Mono.using(() -> new ZipOutputStream(Files.newOutputStream(zip)),
					(out) -> Flux.fromIterable(names)
						.concatMap((name) -> writeCollection(out, name).map((count) -> Map.entry(name, count)))
						.collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
						.doOnNext((counts) -> writeManifest(out, counts)),
					StoreArchive::close));
	}

	/**
	 * Restores the copy in {@code zip} into this store, which must hold no cases yet; the
	 * documents restored per collection, which equal the manifest's.
	 */
	public Mono<Map<String, Long>> restore(Path zip) {
		return Mono.from(this.database.getCollection("cases").countDocuments())
			.flatMap((cases) -> (cases > 0)
					? Mono.error(new IllegalStateException("The store already holds " + cases
							+ " cases: restore into a new data directory or database"))
					: Mono.using(() -> new ZipFile(zip.toFile(), StandardCharsets.UTF_8), this::restoreAll,
							StoreArchive::close))
			.subscribeOn(Schedulers.boundedElastic());
	}

	private Mono<Long> writeCollection(ZipOutputStream out, String name) {
		Writer writer = new BufferedWriter(new OutputStreamWriter(new Unclosed(out), StandardCharsets.UTF_8));
		return Mono.fromRunnable(() -> entry(out, name + ".jsonl"))
			.thenMany(Flux.from(this.database.getCollection(name).find().batchSize(BATCH)))
			.publishOn(Schedulers.boundedElastic())
			.doOnNext((document) -> write(writer, document.toJson(EXTENDED) + "\n", false))
			.count()
			.doOnNext((count) -> write(writer, "", true))
			.timeout(Duration.ofHours(1));
	}

	private Mono<Map<String, Long>> restoreAll(ZipFile zip) {
		Document manifest = Document.parse(read(zip, MANIFEST).findFirst().orElse("{}"));
		Document expected = manifest.get("collections", new Document());
		return Flux.fromIterable(expected.keySet()).concatMap((name) -> {
			Mono<Void> dropped = Mono.from(this.database.getCollection(name).drop()).then();
			Flux<Long> batches = Flux.fromStream(() -> read(zip, name + ".jsonl"))
				.map(Document::parse)
				.buffer(BATCH)
				.concatMap((batch) -> Mono.from(this.database.getCollection(name).insertMany(batch))
					.thenReturn((long) batch.size()));
			return dropped.thenMany(batches).reduce(0L, Long::sum).defaultIfEmpty(0L).map((count) -> {
				long wanted = ((Number) expected.get(name)).longValue();
				if (count != wanted) {
					throw new IllegalStateException(
							"Restored " + count + " documents of " + name + ", the copy says " + wanted);
				}
				return Map.entry(name, count);
			});
		}).collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new);
	}

	private static Stream<String> read(ZipFile zip, String name) {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new IllegalStateException("The copy has no " + name + ": not a backup of this app");
		}
		try {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8));
			return reader.lines().filter((line) -> !line.isBlank()).onClose(() -> close(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeManifest(ZipOutputStream out, Map<String, Long> counts) {
		entry(out, MANIFEST);
		Document manifest = new Document("app", "hoi-dap-so").append("takenAt", Instant.now().toString())
			.append("collections", new Document(new TreeMap<String, Object>(counts)));
		try {
			out.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void entry(ZipOutputStream out, String name) {
		try {
			out.putNextEntry(new ZipEntry(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Writer writer, String text, boolean flush) {
		try {
			writer.write(text);
			if (flush) {
				writer.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void close(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The zip stream, not closed when one entry's writer is done with it. */
	private static final class Unclosed extends FilterOutputStream {

		Unclosed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() {
		}

	}

}
