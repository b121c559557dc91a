package vn.hocvuso.helpdesk.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import vn.hocvuso.helpdesk.store.Journal;

/**
 * Where accepted events wait on the embedded file store: appended to a {@link Journal}
 * forced to disk (fast enough to acknowledge at once), then moved into the store in
 * batches, one closed segment at a time, each deleted only once the store has it on disk.
 */
final class InboxJournal {

	private static final Logger log = LoggerFactory.getLogger(InboxJournal.class);

	private final Journal journal;

	InboxJournal(Journal journal) {
		this.journal = journal;
	}

	/** Completes once the event is on disk. */
	Mono<Void> append(InboxEvent event) {
		return this.journal.append(event.toRecord());
	}

	/**
	 * Closes the segment being written and moves every closed segment into the store with
	 * {@code store}, oldest first.
	 */
	Mono<Void> moveInto(Function<List<InboxEvent>, Mono<Void>> store) {
		return blocking(this.journal::seal).flatMapIterable(Function.identity())
			.concatMap((segment) -> blocking(() -> events(segment)).flatMap(store).then(blocking(() -> {
				this.journal.delete(segment);
				return segment;
			})))
			.then();
	}

	/** What the journal holds and the store has not is read at the next start. */
	void close() {
		this.journal.close();
	}

	/**
	 * The events of a journal segment. A record that passed its checksum but cannot be
	 * read (written by another version of the app) is logged and skipped, so it cannot
	 * hold up the records after it.
	 */
	private static List<InboxEvent> events(Journal.Segment segment) {
		List<InboxEvent> events = new ArrayList<>();
		for (byte[] record : segment.records()) {
			try {
				events.add(InboxEvent.fromRecord(record));
			}
			catch (RuntimeException ex) {
				log.error("Skipping an unreadable record of the inbox journal {}", segment.file(), ex);
			}
		}
		return events;
	}

	private static <T> Mono<T> blocking(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

}
