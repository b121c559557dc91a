package vn.hocvuso.helpdesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store's copy, downloaded by staff while residents keep writing, restored into a new
 * database with every collection's count as the copy's manifest says.
 */
@HelpdeskIntegrationTest
class StoreArchiveIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	StoreConfiguration.StoreConnection connection;

	@Autowired
	StoreArchive archive;

	@TempDir
	Path temp;

	@Test
	void aCopyDownloadedUnderLoadRestoresIntoANewDatabaseWithTheSameCounts() throws Exception {
		HelpdeskClient client = HelpdeskClient.on(this.port);
		WardFixture ward = new WardFixture(client);
		client.chat("backup-" + System.nanoTime(), "cách cài vneid");
		CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 20; i++) {
				client.chat("backup-load-" + i + "-" + System.nanoTime(), "quét mã qr chuyển tiền thế nào");
			}
		});
		Flux<DataBuffer> zip = ward.as("admin", HttpMethod.GET, "/api/v1/backup.zip")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/zip")
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"hoi-dap-so-\\d{4}-\\d{2}-\\d{2}\\.zip\"")
			.returnResult(DataBuffer.class)
			.getResponseBody();
		Path copy = this.temp.resolve("copy.zip");
		write(zip, copy);
		load.get();

		Map<String, Long> manifest = manifest(copy);
		assertThat(manifest).containsKeys("cases", "residents", "library_versions").allSatisfy((name, count) -> {
			assertThat(lines(copy, name + ".jsonl")).as(name).isEqualTo(count);
		});
		assertThat(manifest.get("cases")).isPositive();

		MongoDatabase fresh = this.connection.client().getDatabase("restored-" + System.nanoTime());
		Map<String, Long> restored = new StoreArchive(fresh).restore(copy).block(Duration.ofMinutes(1));
		assertThat(restored).isEqualTo(manifest);
		for (Map.Entry<String, Long> collection : manifest.entrySet()) {
			assertThat(Mono.from(fresh.getCollection(collection.getKey()).countDocuments()).block())
				.as(collection.getKey())
				.isEqualTo(collection.getValue());
		}
		Document anyCase = Mono.from(fresh.getCollection("cases").find().first()).block();
		assertThat(anyCase.get("receivedAt")).as("dates stay dates").isInstanceOf(java.util.Date.class);
	}

	@Test
	void refusesToRestoreIntoAStoreThatHoldsCasesAndOnlyStaffDownloadACopy() throws IOException {
		HelpdeskClient client = HelpdeskClient.on(this.port);
		WardFixture ward = new WardFixture(client);
		client.chat("backup-refused-" + System.nanoTime(), "cách cài vneid");
		Path copy = this.temp.resolve("copy.zip");
		this.archive.write(copy).block(Duration.ofMinutes(1));
		assertThatThrownBy(() -> this.archive.restore(copy).block(Duration.ofMinutes(1)))
			.hasMessageContaining("already holds");
		String ambassador = ward.ambassador(ward.group());
		ward.as(ambassador, HttpMethod.GET, "/api/v1/backup.zip").exchange().expectStatus().isForbidden();
	}

	/**
	 * Writes the body to a file. Each buffer is copied and given back on the event loop
	 * that read it, and the copies are collected there without a lock: given back from
	 * another thread, Netty's allocator can make that event loop wait for its lock, and a
	 * blocking iterator's hand-over takes one, both of which BlockHound rightly refuses.
	 */
	private static void write(Flux<DataBuffer> body, Path file) throws IOException {
		List<byte[]> parts = body.map(StoreArchiveIntegrationTests::copyAndRelease)
			.collectList()
			.block(Duration.ofMinutes(1));
		try (OutputStream out = Files.newOutputStream(file)) {
			for (byte[] bytes : parts) {
				out.write(bytes);
			}
		}
	}

	private static byte[] copyAndRelease(DataBuffer buffer) {
		byte[] bytes = new byte[buffer.readableByteCount()];
		buffer.read(bytes);
		DataBufferUtils.release(buffer);
		return bytes;
	}

	private static Map<String, Long> manifest(Path zip) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Document manifest = Document.parse(new String(
					file.getInputStream(file.getEntry(StoreArchive.MANIFEST)).readAllBytes(), StandardCharsets.UTF_8));
			Map<String, Long> counts = new TreeMap<>();
			manifest.get("collections", Document.class)
				.forEach((name, count) -> counts.put(name, ((Number) count).longValue()));
			return counts;
		}
	}

	private static long lines(Path zip, String entry) {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			ZipEntry found = file.getEntry(entry);
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(file.getInputStream(found), StandardCharsets.UTF_8))) {
				return reader.lines().filter((line) -> !line.isBlank()).count();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
