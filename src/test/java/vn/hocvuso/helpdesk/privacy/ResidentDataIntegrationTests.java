package vn.hocvuso.helpdesk.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.shared.ChannelType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff export and erase one resident's data over HTTP; what an ambassador writes to a
 * resident is masked in the ticket and sealed or gone in the store.
 */
@HelpdeskIntegrationTest
class ResidentDataIntegrationTests {

	private static final String ID_CARD = "001203099887";

	@LocalServerPort
	int port;

	@Autowired
	MongoDatabase database;

	@Autowired
	ResidentDirectory residents;

	HelpdeskClient client;

	WardFixture ward;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
		this.ward = new WardFixture(this.client);
	}

	@Test
	void exportShowsOnlyTheLastDigitsOfThePhoneAndIsAudited() {
		WardFixture.Resident resident = this.ward.residentWithTicket(this.ward.group());
		this.ward.act("admin", HttpMethod.PUT, resident.ticketId(), "/phone", Map.of("phone", "0912 345 678"))
			.expectStatus()
			.isOk();
		String export = this.ward.as("admin", HttpMethod.GET, "/api/v1/residents/" + resident.ticketId() + "/data")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"du-lieu-cu-dan-[0-9a-f]{24}\\.json\"")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(export).contains("*******678").doesNotContain("0912345678").contains(resident.question());
		assertThat(audit()).anyMatch((entry) -> "resident-data-export".equals(entry.get("action")));
	}

	@Test
	void eraseRemovesWordsPhoneAndChannelNameAndKeepsEveryCase() {
		WardFixture.Resident resident = this.ward.residentWithTicket(this.ward.group());
		this.ward.act("admin", HttpMethod.PUT, resident.ticketId(), "/phone", Map.of("phone", "0912345678"))
			.expectStatus()
			.isOk();
		this.residents.setDisplayName(ChannelType.WEBCHAT, resident.session(), "Trần Văn Tám")
			.block(Duration.ofSeconds(5));
		assertThat(this.ward.detail("admin", resident.ticketId())).containsEntry("residentName", "Trần Văn Tám");
		assertThat(export(resident.ticketId())).containsEntry("displayName", "Trần Văn Tám");
		int casesBefore = cases(export(resident.ticketId())).size();
		Map<String, Object> erasure = this.ward
			.as("admin", HttpMethod.POST, "/api/v1/residents/" + resident.ticketId() + "/erase")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(((Number) erasure.get("cases")).intValue()).isEqualTo(casesBefore);
		assertThat(((Number) erasure.get("tickets")).intValue()).isEqualTo(1);
		Map<String, Object> after = export(resident.ticketId());
		assertThat(cases(after)).hasSize(casesBefore)
			.allSatisfy((supportCase) -> assertThat(supportCase.get("text")).isEqualTo("[nội dung đã xoá]"));
		assertThat(this.ward.detail("admin", resident.ticketId()).get("phone")).isNull();
		assertThat(this.ward.detail("admin", resident.ticketId()).get("residentName")).isNull();
		assertThat(after.get("displayName")).isNull();
		assertThat(WardFixture.texts(this.ward.detail("admin", resident.ticketId())))
			.noneMatch((text) -> String.valueOf(text).contains(resident.question()));
		assertThat(audit()).anyMatch((entry) -> "resident-data-erase".equals(entry.get("action"))
				&& String.valueOf(entry.get("subject")).equals(((Map<?, ?>) after.get("resident")).get("id")));
	}

	@Test
	void anUnknownIdIsANotFoundProblemAndAnAmbassadorMayNotExport() {
		this.ward.as("admin", HttpMethod.GET, "/api/v1/residents/000000000000000000000000/data")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		String ticket = this.ward.residentWithTicket(group).ticketId();
		this.ward.as(ambassador, HttpMethod.GET, "/api/v1/residents/" + ticket + "/data")
			.exchange()
			.expectStatus()
			.isForbidden();
		this.ward.as(ambassador, HttpMethod.POST, "/api/v1/residents/" + ticket + "/erase")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void anAmbassadorsNumberReachesTheResidentButIsMaskedInTheTicketAndNotKeptInClear() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		this.ward.claim(ambassador, resident.ticketId());
		String words = "Bác kiểm tra giúp cháu số CCCD " + ID_CARD + " có đúng không ạ";
		this.ward.reply(ambassador, resident.ticketId(), words);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.client.mailbox(resident.session())).contains(words));
		Map<String, Object> ticket = this.ward.awaitReply(ambassador, resident.ticketId(), "SENT");
		assertThat(WardFixture.messages(ticket, "AMBASSADOR")).singleElement()
			.satisfies((reply) -> assertThat((String) reply.get("text")).startsWith("Bác kiểm tra")
				.doesNotContain(ID_CARD));
		List<Document> outbox = await().atMost(Duration.ofSeconds(10))
			.until(() -> stored("outbox", "channelUserId", resident.session()), (entries) -> !entries.isEmpty()
					&& entries.stream().allMatch((entry) -> "SENT".equals(entry.getString("status"))));
		assertThat(outbox).as("sent replies keep no words")
			.allSatisfy((entry) -> assertThat(entry).doesNotContainKey("text"));
		assertThat(stored("webchat_replies", "sessionId", resident.session())).isNotEmpty()
			.allSatisfy((reply) -> assertThat(reply.getString("text")).startsWith("sealed1:").doesNotContain(ID_CARD));
	}

	private List<Document> stored(String collection, String field, String value) {
		return Flux.from(this.database.getCollection(collection).find(Filters.eq(field, value)))
			.collectList()
			.block(Duration.ofSeconds(5));
	}

	private Map<String, Object> export(String id) {
		return this.ward.as("admin", HttpMethod.GET, "/api/v1/residents/" + id + "/data")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> cases(Map<String, Object> export) {
		return (List<Map<String, Object>>) export.get("cases");
	}

	private List<Map<String, Object>> audit() {
		return this.client.staffList("/api/v1/audit?limit=1000");
	}

}
