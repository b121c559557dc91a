package vn.hocvuso.helpdesk.inbox;

import java.util.List;

/**
 * What a verified webhook request holds: the events to make durable in the inbox, and the
 * parts skipped on arrival, counted as ignored under their event tag.
 *
 * @param events the events, in the order received
 * @param ignored the event tags of the parts skipped, such as {@code not_page}
 */
public record WebhookEvents(List<Event> events, List<String> ignored) {

	public WebhookEvents {
		events = List.copyOf(events);
		ignored = List.copyOf(ignored);
	}

	/** A body that is one event. */
	public static WebhookEvents one(String eventId, String payload) {
		return new WebhookEvents(List.of(new Event(eventId, payload)), List.of());
	}

	/** A body with nothing to store, counted as ignored under the given event tag. */
	public static WebhookEvents ignoring(String event) {
		return new WebhookEvents(List.of(), List.of(event));
	}

	/**
	 * One event to store.
	 *
	 * @param id the provider's id of the event, which it repeats when it delivers the
	 * event again
	 * @param payload the event as JSON text, as its channel's handler reads it later
	 */
	public record Event(String id, String payload) {

		public Event {
			if (id.isBlank()) {
				throw new IllegalArgumentException("An inbox event needs the provider's id, got '" + id + "'");
			}
		}

	}

}
