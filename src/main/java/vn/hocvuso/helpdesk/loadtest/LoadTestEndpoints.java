package vn.hocvuso.helpdesk.loadtest;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.store.Journal;
import vn.hocvuso.helpdesk.store.StoreDurability;
import vn.hocvuso.helpdesk.store.StoreProperties;

/**
 * Endpoints that exist only for the load benchmark ({@code bench/zalo-load.sh}), when
 * {@code helpdesk.loadtest.enabled=true}; off by default. Two are ceilings the Zalo
 * webhook is compared with, each making the body durable and nothing else: one stores it
 * in the store and commits, the other appends it to a journal like the inbox's (embedded
 * file store only; its records are discarded at shutdown). The third stands in for Zalo's
 * send API, so replies have somewhere to go without the internet.
 */
@RestController
@ConditionalOnProperty(name = "helpdesk.loadtest.enabled", havingValue = "true")
class LoadTestEndpoints implements DisposableBean {

	private final MongoCollection<Document> inserts;

	private final StoreDurability durability;

	private final @Nullable Journal journal;

	LoadTestEndpoints(MongoDatabase database, StoreDurability durability, StoreProperties store) {
		this.inserts = database.getCollection("loadtest_inserts");
		this.durability = durability;
		this.journal = store.usesEmbeddedFile() ? Journal.open(store.dataDir().resolve("loadtest-journal")) : null;
	}

	@PostMapping("/loadtest/insert")
	Mono<Map<String, String>> insert(@RequestBody byte[] body) {
		Document document = new Document("_id", new ObjectId().toHexString())
			.append("payload", new String(body, StandardCharsets.UTF_8))
			.append("receivedAt", new Date());
		return Mono.from(this.inserts.insertOne(document))
			.then(this.durability.flush())
			.thenReturn(Map.of("status", "ok"));
	}

	@PostMapping("/loadtest/journal")
	Mono<Map<String, String>> journal(@RequestBody byte[] body) {
		Journal journal = this.journal;
		if (journal == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Chỉ có khi dùng kho nhúng lưu ra tệp.");
		}
		return journal.append(body).thenReturn(Map.of("status", "ok"));
	}

	@Override
	public void destroy() {
		Journal journal = this.journal;
		if (journal != null) {
			journal.seal().forEach(journal::delete);
			journal.close();
		}
	}

	@PostMapping("/loadtest/zalo/v3.0/oa/message/cs")
	Map<String, Object> zaloSend() {
		// as Zalo answers a send it accepted: with the new message's id, which the app
		// keeps
		return Map.of("error", 0, "message", "Success", "data", Map.of("message_id", new ObjectId().toHexString()));
	}

}
