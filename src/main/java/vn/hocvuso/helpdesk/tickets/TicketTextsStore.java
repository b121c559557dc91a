package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Repository;

import vn.hocvuso.helpdesk.store.RetentionProperties;
import vn.hocvuso.helpdesk.store.Expiry;
import vn.hocvuso.helpdesk.store.ResidentListStore;

/**
 * Removes the words of tickets: of every ticket resolved longer ago than the retention
 * time ({@code helpdesk.retention.case-texts}), and of all one resident's tickets when
 * they ask to be erased. Each entry of the conversation keeps its time and author, its
 * text becomes {@link RetentionProperties#REMOVED_TEXT}; the outcome note and the
 * attachments go. States, times and ratings stay, so the indicators do not change.
 */
@Repository
public class TicketTextsStore implements Expiry {

	private final MongoCollection<Document> tickets;

	private final ResidentListStore residentTickets;

	private final ResolvedTicketsStore resolvedTickets;

	private final RetentionProperties retention;

	TicketTextsStore(MongoDatabase database, RetentionProperties retention) {
		this.tickets = database.getCollection("tickets");
		this.residentTickets = TicketStore.residentTickets(database);
		this.resolvedTickets = new ResolvedTicketsStore(database);
		this.retention = retention;
	}

	@Override
	public String collection() {
		return "tickets (texts)";
	}

	/**
	 * Once the resolved tickets are listed by time, reads only those resolved since the
	 * last sweep's retention time, by id; before, every ticket.
	 */
	@Override
	public Mono<Long> removeExpired(Instant now) {
		Instant before = now.minus(this.retention.caseTexts());
		Bson expired = Filters.and(Filters.eq("state", TicketState.RESOLVED.name()),
				Filters.lt("resolvedAt", Date.from(before)));
		return this.resolvedTickets.allListed()
			.flatMap(
					(listed) -> listed
							? this.resolvedTickets.eachResolvedBefore(before,
									(ids) -> remove(Filters.and(Filters.in("_id", ids), expired), now))
							: remove(expired, now));
	}

	/** Removes the words of every ticket of one resident; how many tickets changed. */
	public Mono<Long> eraseResident(String residentId, Instant now) {
		return this.residentTickets.filters(residentId)
			.concatMap((filter) -> remove(filter, now))
			.reduce(0L, Long::sum);
	}

	private Mono<Long> remove(Bson which, Instant now) {
		return Flux
			.from(this.tickets.find(Filters.and(which, Filters.exists("textsRemovedAt", false)))
				.projection(new Document("conversation", 1)))
			.concatMap((ticket) -> Mono.from(this.tickets.updateOne(Filters.eq("_id", ticket.get("_id")),
					Updates.combine(Updates.set("conversation", withoutTexts(ticket)), Updates.unset("outcomeNote"),
							Updates.set("attachmentUrls", List.of()), Updates.set("textsRemovedAt", Date.from(now)),
							Updates.inc("version", 1L)))))
			.count();
	}

	private static List<Document> withoutTexts(Document ticket) {
		return ticket.getList("conversation", Document.class, List.of())
			.stream()
			.map((entry) -> new Document(entry).append("text", RetentionProperties.REMOVED_TEXT))
			.toList();
	}

}
