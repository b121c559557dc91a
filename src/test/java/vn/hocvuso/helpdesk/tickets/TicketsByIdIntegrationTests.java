package vn.hocvuso.helpdesk.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mongodb.MongoCommandException;
import com.mongodb.ServerAddress;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import vn.hocvuso.helpdesk.QueryPlans;
import vn.hocvuso.helpdesk.RecordedCommands;
import vn.hocvuso.helpdesk.WireServer;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.store.RetentionProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets read by id, through the real driver over TCP. The console's queue and the
 * overdue check read the open tickets from their list, and a resident's tickets (their
 * latest resolved one, their data export, the erasure of their words) from the resident's
 * list, the console's resolved list and the sweep of old texts from the list of resolves:
 * each finds exactly what the tickets' own fields say, before and after a store's earlier
 * tickets are listed, and whatever a crash between a list and a ticket left.
 */
class TicketsByIdIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Instant START = Instant.parse("2026-10-01T07:00:00Z");

	private static final Viewer STAFF = new Viewer("admin", true, List.of());

	private final RecordedCommands commands = new RecordedCommands();

	private WireServer wire;

	private MongoDatabase database;

	private TicketStore store;

	@BeforeEach
	void start() {
		this.wire = new WireServer(this.commands);
		this.database = this.wire.database();
		this.store = new TicketStore(this.database,
				new DefaultListableBeanFactory().getBeanProvider(TicketListener.class));
		this.store.afterPropertiesSet();
	}

	@AfterEach
	void stop() {
		this.wire.close();
	}

	@Test
	void theQueueShowsEveryOpenTicketAndNoResolvedOneThroughOpeningResolvingAndReopening() {
		assertThat(this.store.listEarlierTickets().block(WAIT)).isZero();
		List<Ticket> opened = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			opened.add(this.store.insert(ticket("resident-" + i, START.plusSeconds(i))).block(WAIT));
		}
		resolve(opened.get(1));
		resolve(opened.get(2));
		assertThat(queue()).containsExactly(id(opened, 0), id(opened, 3), id(opened, 4), id(opened, 5));
		assertThat(listedAsOpen()).as("a resolved ticket leaves the list")
			.containsExactlyInAnyOrder(id(opened, 0), id(opened, 3), id(opened, 4), id(opened, 5));

		assertThat(this.store.reopen(opened.get(1).id(), reopening(opened.get(1))).block(WAIT).state())
			.isEqualTo(TicketState.WAITING);
		assertThat(this.store.reopen(opened.get(3).id(), reopening(opened.get(3))).blockOptional(WAIT))
			.as("an open ticket is not reopened")
			.isEmpty();
		assertThat(queue()).containsExactly(id(opened, 0), id(opened, 1), id(opened, 3), id(opened, 4), id(opened, 5));
		assertThat(this.store.insert(ticket("resident-0", START)).blockOptional(WAIT))
			.as("one open ticket per resident")
			.isEmpty();
		assertThat(queue()).hasSize(5);
	}

	/**
	 * The open queue reads the open tickets by id from their list and sorts only those
	 * (urgent first, then the longest waiting): bounded by the open tickets, never all.
	 * The resolved list reads its entries and their tickets by id, already in order.
	 */
	@Test
	void theQueuesReadIndexesAndOnlyTheOpenOnesAreSorted() {
		this.store.listEarlierTickets().block(WAIT);
		for (int i = 0; i < 3; i++) {
			Ticket ticket = this.store.insert(ticket("plans-" + i, START.plusSeconds(i))).block(WAIT);
			if (i == 0) {
				resolve(ticket);
			}
		}
		this.commands.clear();
		assertThat(queue()).hasSize(2);
		assertThat(resolvedList(STAFF, 10)).hasSize(1);

		List<BsonDocument> ticketReads = this.commands.sent("find", "tickets");
		assertThat(ticketReads).as("the open queue, then one page of resolved tickets").hasSize(2);
		assertThat(ticketReads.get(0).getDocument("sort").getFirstKey()).isEqualTo("urgent");
		QueryPlans.assertIndexed(QueryPlans.explain(this.database, ticketReads.get(0)));
		QueryPlans.assertIndexedWithoutSort(QueryPlans.explain(this.database, ticketReads.get(1)));
		QueryPlans.assertIndexedWithoutSort(
				QueryPlans.explain(this.database, this.commands.sent("find", "resolved_tickets").get(0)));
	}

	@Test
	void theOverdueCheckTakesOnlyOpenTicketsPastTheirTime() {
		this.store.listEarlierTickets().block(WAIT);
		Ticket late = this.store.insert(ticket("late", START)).block(WAIT);
		Ticket resolvedLate = this.store.insert(ticket("resolved-late", START)).block(WAIT);
		resolve(resolvedLate);
		this.store.insert(ticket("on-time", START.plus(Duration.ofDays(2)))).block(WAIT);

		Instant now = START.plus(Duration.ofDays(1));
		assertThat(this.store.takeOverdue(now).block(WAIT).id()).isEqualTo(late.id());
		assertThat(this.store.takeOverdue(now).blockOptional(WAIT)).isEmpty();
	}

	@Test
	void earlierTicketsAreFoundBeforeAndAfterTheyAreListedOnce() {
		List<Ticket> earlier = new ArrayList<>();
		for (int i = 0; i < 2_300; i++) {
			earlier.add(ticket("resident-" + (i % 1_150), START.plusSeconds(i)));
		}
		// As a store written before the lists: tickets only, the first of each resident
		// resolved.
		Mono.from(this.database.getCollection("tickets")
			.insertMany(earlier.stream()
				.map((t) -> TicketDocuments.toDocument((earlier.indexOf(t) < 1_150) ? resolved(t) : t))
				.toList()))
			.block(WAIT);
		List<String> open = earlier.subList(1_150, 2_300).stream().map(Ticket::id).sorted().toList();
		assertThat(queueIds()).as("by the state until listed").containsExactlyInAnyOrderElementsOf(open);
		assertThat(residentTickets("resident-7")).hasSize(2);

		assertThat(this.store.listEarlierTickets().block(WAIT))
			.as("each under its resident and its case, open or resolved")
			.isEqualTo(2_300 + 2_300 + 1_150 + 1_150);
		assertThat(this.store.listEarlierTickets().block(WAIT)).as("only once").isZero();
		assertThat(queueIds()).as("from the list").containsExactlyInAnyOrderElementsOf(open);
		assertThat(residentTickets("resident-7")).hasSize(2);
		assertThat(this.store.findResolvedSince("resident-7", START).block(WAIT).id()).isEqualTo(earlier.get(7).id());
		assertThat(this.store.findResolvedSince("resident-7", START.plus(Duration.ofDays(3))).blockOptional(WAIT))
			.as("resolved before the time asked")
			.isEmpty();
	}

	@Test
	void theResolvedListShowsTheNewestResolvesThroughReopeningAndResolvingAgain() {
		this.store.listEarlierTickets().block(WAIT);
		List<Ticket> opened = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			opened.add(this.store.insert(ticket("resident-" + i, START.plusSeconds(i))).block(WAIT));
		}
		for (int i = 0; i < 4; i++) {
			resolve(opened.get(i), START.plus(Duration.ofHours(i + 1)));
		}
		assertThat(resolvedList(STAFF, 10)).containsExactly(id(opened, 3), id(opened, 2), id(opened, 1), id(opened, 0));

		this.store.reopen(opened.get(2).id(), reopening(opened.get(2))).block(WAIT);
		assertThat(resolvedList(STAFF, 10)).as("a reopened ticket is not resolved")
			.containsExactly(id(opened, 3), id(opened, 1), id(opened, 0));
		resolve(opened.get(2), START.plus(Duration.ofHours(9)));
		assertThat(resolvedList(STAFF, 10)).as("once, at its latest resolve")
			.containsExactly(id(opened, 2), id(opened, 3), id(opened, 1), id(opened, 0));
		assertThat(resolvedList(STAFF, 2)).containsExactly(id(opened, 2), id(opened, 3));
		assertThat(this.store
			.resolve(opened.get(1).id(), TicketChanges.OPEN, START.plus(Duration.ofHours(20)),
					Updates.set("resolvedBy", "admin"))
			.blockOptional(WAIT)).as("a resolved ticket is not resolved again").isEmpty();
		assertThat(resolvedList(STAFF, 1)).containsExactly(id(opened, 2));
	}

	@Test
	void theResolvedListFindsTheTicketsAViewerMaySeeFarDownTheList() {
		this.store.listEarlierTickets().block(WAIT);
		Ticket ownGroup = this.store.insert(ticket("own", START, "TDP-07")).block(WAIT);
		resolve(ownGroup, START.plusSeconds(1));
		for (int i = 0; i < 2_500; i++) {
			resolve(this.store.insert(ticket("other-" + i, START, "TDP-01")).block(WAIT), START.plusSeconds(10 + i));
		}
		Viewer ambassador = new Viewer("lan", false, List.of("TDP-07"));

		assertThat(resolvedList(ambassador, 50)).containsExactly(ownGroup.id());
		assertThat(resolvedList(STAFF, 50)).hasSize(50).doesNotContain(ownGroup.id());
	}

	@Test
	void twoInstancesListingTheEarlierTicketsAtOnceListEachOnce() {
		List<Ticket> earlier = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			Ticket ticket = ticket("resident-" + (i % 1_500), START.plusSeconds(i));
			earlier.add((i < 1_500) ? resolved(ticket) : ticket);
		}
		Mono.from(this.database.getCollection("tickets")
			.insertMany(earlier.stream().map(TicketDocuments::toDocument).toList())).block(WAIT);
		TicketStore other = new TicketStore(this.database,
				new DefaultListableBeanFactory().getBeanProvider(TicketListener.class));

		Long listed = Mono.zip(this.store.listEarlierTickets(), other.listEarlierTickets(), Long::sum).block(WAIT);

		assertThat(listed).as("each entry written by one of them").isEqualTo(3_000 + 3_000 + 1_500 + 1_500);
		assertThat(this.store.listEarlierTickets().block(WAIT)).isZero();
		assertThat(other.listEarlierTickets().block(WAIT)).isZero();
		assertThat(queueIds()).containsExactlyInAnyOrderElementsOf(
				earlier.subList(1_500, 3_000).stream().map(Ticket::id).sorted().toList());
		assertThat(resolvedList(STAFF, 3_000)).hasSize(1_500).doesNotHaveDuplicates();
		assertThat(residentTickets("resident-42")).containsExactlyInAnyOrder(id(earlier, 42), id(earlier, 1_542));
	}

	@Test
	void theResolvedListIsTheSameBeforeAndAfterTheEarlierTicketsAreListed() {
		List<Ticket> earlier = new ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			Ticket ticket = ticket("resident-" + i, START.plusSeconds(7L * ((i * 31) % 1_200)));
			earlier.add((i % 3 == 0) ? ticket : resolved(ticket));
		}
		Mono.from(this.database.getCollection("tickets")
			.insertMany(earlier.stream().map(TicketDocuments::toDocument).toList())).block(WAIT);
		List<String> newest = earlier.stream()
			.filter((t) -> t.resolvedAt() != null)
			.sorted(Comparator.comparing(Ticket::resolvedAt).reversed())
			.limit(60)
			.map(Ticket::id)
			.toList();
		assertThat(resolvedList(STAFF, 60)).as("by the tickets' fields").isEqualTo(newest);

		this.store.listEarlierTickets().block(WAIT);
		assertThat(resolvedList(STAFF, 60)).as("from the list").isEqualTo(newest);
	}

	@Test
	void theTextsSweepReadsEachResolvedTicketOnceItsTimeHasCome() {
		this.store.listEarlierTickets().block(WAIT);
		TicketTextsStore texts = new TicketTextsStore(this.database,
				new RetentionProperties(Duration.ofDays(730), Duration.ofDays(730)));
		Ticket old = this.store.insert(ticket("old", START)).block(WAIT);
		resolve(old, START);
		Ticket recent = this.store.insert(ticket("recent", START)).block(WAIT);
		resolve(recent, START.plus(Duration.ofDays(100)));
		Ticket open = this.store.insert(ticket("open", START)).block(WAIT);
		Instant now = START.plus(Duration.ofDays(731));

		assertThat(texts.removeExpired(now).block(WAIT)).isEqualTo(1);
		assertThat(firstText(old)).isEqualTo(RetentionProperties.REMOVED_TEXT);
		assertThat(firstText(recent)).isEqualTo("cứu với");
		assertThat(firstText(open)).isEqualTo("cứu với");
		assertThat(texts.removeExpired(now.plusSeconds(3_600)).block(WAIT)).isZero();

		assertThat(texts.removeExpired(now.plus(Duration.ofDays(100))).block(WAIT)).isEqualTo(1);
		assertThat(firstText(recent)).isEqualTo(RetentionProperties.REMOVED_TEXT);
		assertThat(firstText(open)).isEqualTo("cứu với");
	}

	@Test
	void whatACrashLeavesInTheListsChangesNoAnswer() {
		this.store.listEarlierTickets().block(WAIT);
		Ticket open = this.store.insert(ticket("anh", START)).block(WAIT);
		Ticket done = this.store.insert(ticket("binh", START)).block(WAIT);
		resolve(done);
		// A crash after listing a ticket and before storing it, and one after resolving a
		// ticket and before taking it off the open list.
		new OpenTicketsStore(this.database).add(new ObjectId().toHexString()).block(WAIT);
		TicketStore.residentTickets(this.database).add("anh", new ObjectId().toHexString()).block(WAIT);
		new OpenTicketsStore(this.database).add(done.id()).block(WAIT);
		// And one after listing a resolve that never happened.
		new ResolvedTicketsStore(this.database).add(open.id(), START.plusSeconds(5)).block(WAIT);
		// And one after listing a case's ticket that was never stored.
		Ticket neverStored = ticket("chi", START, null, open.firstCaseId());
		new CaseTicketsStore(this.database).add(neverStored).block(WAIT);

		assertThat(queueIds()).containsExactly(open.id());
		assertThat(residentTickets("anh")).containsExactly(open.id());
		assertThat(this.store.takeOverdue(START.plus(Duration.ofDays(1))).block(WAIT).id()).isEqualTo(open.id());
		assertThat(resolvedList(STAFF, 10)).containsExactly(done.id());
		assertThat(openedBy(List.of(open.firstCaseId(), done.firstCaseId())))
			.isEqualTo(Map.of(open.firstCaseId(), open.id(), done.firstCaseId(), done.id()));
	}

	@Test
	void aPageOfCasesFindsTheTicketsTheyOpenedBeforeAndAfterTheyAreListed() {
		List<String> caseIds = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			caseIds.add(new ObjectId().toHexString());
		}
		List<Ticket> earlier = new ArrayList<>();
		for (int i = 0; i < 300; i += 3) {
			earlier.add(ticket("resident-" + i, START.plusSeconds(i), null, caseIds.get(i)));
		}
		Mono.from(this.database.getCollection("tickets")
			.insertMany(earlier.stream().map(TicketDocuments::toDocument).toList())).block(WAIT);
		List<String> page = caseIds.subList(100, 200);
		Map<String, String> opened = earlier.stream()
			.filter((ticket) -> page.contains(ticket.firstCaseId()))
			.collect(Collectors.toMap(Ticket::firstCaseId, Ticket::id));
		assertThat(openedBy(page)).as("by the tickets' first case").hasSize(33).isEqualTo(opened);

		this.store.listEarlierTickets().block(WAIT);
		assertThat(openedBy(page)).as("from the list").isEqualTo(opened);
		assertThat(openedBy(List.of(caseIds.get(150), caseIds.get(180))))
			.as("only the cases asked for, not those between")
			.isEqualTo(Map.of(caseIds.get(150), opened.get(caseIds.get(150)), caseIds.get(180),
					opened.get(caseIds.get(180))));

		Ticket later = this.store.insert(ticket("resident-later", START, null, caseIds.get(101))).block(WAIT);
		assertThat(this.store.insert(ticket("resident-0", START, null, caseIds.get(104))).blockOptional(WAIT))
			.as("the resident has an open ticket")
			.isEmpty();
		assertThat(openedBy(page)).containsEntry(caseIds.get(101), later.id())
			.doesNotContainKey(caseIds.get(104))
			.hasSize(34);
	}

	@Test
	void aLongConversationKeepsItsNewestEntriesAndTheTicketStaysUnderMongoDbsDocumentLimit() {
		Ticket ticket = this.store.insert(ticket("talkative", START)).block(WAIT);
		// The longest message a channel sends (Telegram: 4,096 characters), of 4-byte
		// characters: 1,200 of them would be 19.7 MB.
		String longest = "😀".repeat(4_096);
		for (int batch = 0; batch < 3; batch++) {
			List<Ticket.Entry> entries = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				int n = batch * 400 + i;
				entries.add(Ticket.Entry.system(START.plusSeconds(n), n + " " + longest));
			}
			this.store.change(Filters.eq("_id", ticket.id()), TicketDocuments.said(entries)).block(WAIT);
		}

		RawBsonDocument stored = Mono
			.from(this.database.getCollection("tickets", RawBsonDocument.class)
				.find(Filters.eq("_id", ticket.id()))
				.first())
			.block(WAIT);
		assertThat(stored.getByteBuffer().remaining()).as("bytes").isLessThan(16 * 1024 * 1024);
		List<Ticket.Entry> kept = this.store.find(ticket.id()).block(WAIT).conversation();
		assertThat(kept).hasSize(TicketDocuments.KEPT_ENTRIES);
		assertThat(kept.get(0).text()).startsWith((1_200 - TicketDocuments.KEPT_ENTRIES) + " ");
		assertThat(kept.get(kept.size() - 1).text()).startsWith("1199 ");
	}

	private Map<String, String> openedBy(List<String> caseIds) {
		return this.store.openedBy(caseIds).collectMap(Ticket::firstCaseId, Ticket::id).block(WAIT);
	}

	private String firstText(Ticket ticket) {
		return this.store.find(ticket.id()).block(WAIT).conversation().get(0).text();
	}

	@Test
	void theErasureOfAResidentsWordsReachesTheirTicketsOnly() {
		this.store.listEarlierTickets().block(WAIT);
		this.store.insert(ticket("anh", START)).block(WAIT);
		Ticket other = this.store.insert(ticket("anh/x", START)).block(WAIT);
		TicketTextsStore texts = new TicketTextsStore(this.database,
				new RetentionProperties(Duration.ofDays(730), Duration.ofDays(730)));

		assertThat(texts.eraseResident("anh", START).block(WAIT)).isEqualTo(1);
		assertThat(this.store.ofResident("anh").collectList().block(WAIT)).singleElement()
			.satisfies((t) -> assertThat(t.conversation().get(0).text()).isEqualTo(RetentionProperties.REMOVED_TEXT));
		assertThat(this.store.find(other.id()).block(WAIT).conversation().get(0).text()).isEqualTo("cứu với");
	}

	@Test
	void aDuplicateKeyReportedAsACommandErrorCountsAsADuplicate() {
		// How a real MongoDB reports a findOneAndUpdate that breaks a unique index.
		BsonDocument reply = new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(11000))
			.append("errmsg", new BsonString("E11000 duplicate key error collection: helpdesk.tickets"));
		assertThat(TicketStore.isDuplicate(new MongoCommandException(reply, new ServerAddress()))).isTrue();
		reply.put("code", new BsonInt32(50));
		assertThat(TicketStore.isDuplicate(new MongoCommandException(reply, new ServerAddress()))).isFalse();
	}

	private List<String> queue() {
		return this.store.findOpen(STAFF).map(Ticket::id).collectList().block(WAIT);
	}

	private List<String> listedAsOpen() {
		return Flux.from(this.database.getCollection("open_tickets").find())
			.map((entry) -> entry.getString("_id"))
			.filter((id) -> !id.equals("all-listed"))
			.collectList()
			.block(WAIT);
	}

	private List<String> queueIds() {
		return queue().stream().sorted().toList();
	}

	private List<String> residentTickets(String residentId) {
		return this.store.ofResident(residentId).map(Ticket::id).collectList().block(WAIT);
	}

	private void resolve(Ticket ticket) {
		resolve(ticket, ticket.openedAt().plusSeconds(60));
	}

	private void resolve(Ticket ticket, Instant at) {
		assertThat(this.store.resolve(ticket.id(), TicketChanges.OPEN, at, Updates.set("resolvedBy", "admin"))
			.block(WAIT)
			.state()).isEqualTo(TicketState.RESOLVED);
	}

	private List<String> resolvedList(Viewer viewer, int limit) {
		return this.store.findResolved(viewer, limit).map(Ticket::id).collectList().block(WAIT);
	}

	private static Bson reopening(Ticket ticket) {
		return Updates.combine(Updates.set("state", TicketState.WAITING.name()),
				Updates.set("activeFor", ticket.residentId()), Updates.unset("resolvedAt"));
	}

	private static String id(List<Ticket> tickets, int index) {
		return tickets.get(index).id();
	}

	private static Ticket ticket(String residentId, Instant openedAt) {
		return ticket(residentId, openedAt, null);
	}

	private static Ticket ticket(String residentId, Instant openedAt, String groupCode) {
		return ticket(residentId, openedAt, groupCode, new ObjectId().toHexString());
	}

	private static Ticket ticket(String residentId, Instant openedAt, String groupCode, String caseId) {
		return Ticket.opened(new ObjectId().toHexString(),
				new NewTicket(residentId, ChannelType.ZALO, "zalo-" + residentId, groupCode, null,
						openedAt.plusSeconds(3_600), caseId, List.of(), List.of(),
						List.of(Ticket.Entry.resident(openedAt, "cứu với", "case"))),
				openedAt);
	}

	private static Ticket resolved(Ticket ticket) {
		Document document = TicketDocuments.toDocument(ticket);
		document.append("state", TicketState.RESOLVED.name())
			.append("activeFor", TicketDocuments.resolvedKey(ticket.id()))
			.append("resolvedAt", Date.from(ticket.openedAt().plusSeconds(60)));
		return TicketDocuments.fromDocument(document);
	}

}
