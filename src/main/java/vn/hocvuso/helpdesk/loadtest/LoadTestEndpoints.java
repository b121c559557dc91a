package vn.hocvuso.helpdesk.loadtest;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.hocvuso.helpdesk.store.StoreDurability;

/**
 * Endpoints that exist only for the load benchmark ({@code bench/zalo-load.sh}), when
 * {@code helpdesk.loadtest.enabled=true}; off by default. One is the ceiling the Zalo
 * webhook is compared with: store the body and make it durable, nothing else. The other
 * stands in for Zalo's send API, so replies have somewhere to go without the internet.
 */
@RestController
@ConditionalOnProperty(name = "helpdesk.loadtest.enabled", havingValue = "true")
class LoadTestEndpoints {

	private static final Map<String, Object> ZALO_SUCCESS = Map.of("error", 0, "message", "Success");

	private final MongoCollection<Document> inserts;

	private final StoreDurability durability;

	LoadTestEndpoints(MongoDatabase database, StoreDurability durability) {
		this.inserts = database.getCollection("loadtest_inserts");
		this.durability = durability;
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

	@PostMapping("/loadtest/zalo/v3.0/oa/message/cs")
	Map<String, Object> zaloSend() {
		return ZALO_SUCCESS;
	}

}
