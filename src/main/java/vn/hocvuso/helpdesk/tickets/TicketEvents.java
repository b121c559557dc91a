package vn.hocvuso.helpdesk.tickets;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;

/**
 * Live ticket news for the console, as Server-Sent Events. Each viewer hears only about
 * tickets they may see; a viewer too slow to keep up misses events (the page reloads its
 * queue on every event anyway). Only this instance's events: with several instances,
 * pages also refresh on a timer.
 */
@Component
class TicketEvents {

	private static final Duration HEARTBEAT = Duration.ofSeconds(20);

	private final Sinks.Many<TicketEvent> sink = Sinks.many().multicast().directBestEffort();

	void publish(TicketEvent event) {
		this.sink.emitNext(event, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(50)));
	}

	Flux<ServerSentEvent<Object>> stream(Viewer viewer) {
		Flux<ServerSentEvent<Object>> events = this.sink.asFlux()
			.filter((event) -> viewer.canSee(event.ticket()))
			.map((event) -> ServerSentEvent.builder()
				.event(event.kind())
				.id(event.ticketId())
				.data(new TicketApi.Notice(event.kind(), event.ticketId(), event.urgent(), event.message()))
				.build());
		Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
			.map((tick) -> ServerSentEvent.builder().comment("còn kết nối").build());
		return Flux.merge(Flux.just(ServerSentEvent.builder().comment("đã kết nối").build()), events, heartbeat);
	}

}
