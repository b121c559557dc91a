package vn.hocvuso.helpdesk.metrics;

import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Makes {@code /actuator/prometheus} pass {@code promtool check metrics}: every meter
 * gets a help text (ours from {@link #DESCRIPTIONS}, others their name in words), and the
 * few library meters whose names break Prometheus's naming rules (abbreviated units, a
 * {@code _count} suffix on a gauge) are dropped; nothing on the dashboard uses them.
 */
public final class PrometheusConventions implements MeterFilter {

	static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
			Map.entry(MeterNames.MESSAGES_RECEIVED, "Messages from residents"),
			Map.entry(MeterNames.DECISIONS, "What the bot decided for a message"),
			Map.entry(MeterNames.CLASSIFICATION_DURATION, "Normalising and classifying one message"),
			Map.entry(MeterNames.PIPELINE_DURATION, "One turn, from a message to its stored case and reply"),
			Map.entry(MeterNames.DELIVERY_DURATION, "From a reply entering the outbox to the provider accepting it"),
			Map.entry(MeterNames.OUTBOX_DEPTH, "Replies in the outbox not yet sent"),
			Map.entry(MeterNames.OUTBOX_OLDEST_AGE, "How long the oldest reply not yet sent has waited"),
			Map.entry(MeterNames.OUTBOX_SENDS, "Outbox send attempts by outcome"),
			Map.entry(MeterNames.INBOX_EVENTS, "Webhook events by processing outcome"),
			Map.entry(MeterNames.WEBHOOK_REJECTED, "Webhook requests refused"),
			Map.entry(MeterNames.WEBHOOK_IGNORED, "Webhook events not meant for the bot"),
			Map.entry(MeterNames.TICKET_EVENTS, "Ticket changes by kind"),
			Map.entry(MeterNames.TICKET_CLAIM_TIME, "From a ticket opening to its claim"),
			Map.entry(MeterNames.TICKET_RESOLVE_TIME, "From a ticket opening to its resolution"),
			Map.entry(MeterNames.INDICATOR_FAILURES, "Case changes whose indicator counters failed to update"));

	/** Library meters whose Prometheus names promtool refuses. */
	static final Set<String> REFUSED_NAMES = Set.of("jvm.compilation.time", "process.cpu.time", "system.cpu.count");

	@Override
	public MeterFilterReply accept(Meter.Id id) {
		return REFUSED_NAMES.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
	}

	@Override
	public Meter.Id map(Meter.Id id) {
		if (id.getDescription() != null && !id.getDescription().isBlank()) {
			return id;
		}
		String description = DESCRIPTIONS.getOrDefault(id.getName(), id.getName().replace('.', ' '));
		return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
	}

}
