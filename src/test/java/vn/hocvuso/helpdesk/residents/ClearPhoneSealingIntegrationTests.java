package vn.hocvuso.helpdesk.residents;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;

import static org.assertj.core.api.Assertions.assertThat;

/** Phone numbers an earlier version kept in clear are sealed when the app starts. */
@HelpdeskIntegrationTest
class ClearPhoneSealingIntegrationTests {

	@Autowired
	MongoDatabase database;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void sealsAPhoneKeptInClearAndStillReadsIt() {
		String id = new ObjectId().toHexString();
		Mono.from(this.database.getCollection("residents")
			.insertOne(new Document("_id", id).append("channel", "webchat")
				.append("channelUserId", "old-" + id)
				.append("firstSeenAt", new Date())
				.append("pendingChoices", List.of())
				.append("phone", "0987654321")))
			.block(Duration.ofSeconds(5));
		ResidentStore store = new ResidentStore(this.database, this.cipher);

		assertThat(store.sealClearPhones().block(Duration.ofSeconds(5))).isEqualTo(1);

		Document stored = Mono.from(this.database.getCollection("residents").find(Filters.eq("_id", id)).first())
			.block(Duration.ofSeconds(5));
		assertThat(stored.getString("phone")).startsWith("sealed1:").doesNotContain("0987654321");
		assertThat(store.findById(id).block(Duration.ofSeconds(5)).phone()).isEqualTo("0987654321");
		assertThat(store.sealClearPhones().block(Duration.ofSeconds(5))).as("a second pass has nothing to seal")
			.isZero();
	}

}
