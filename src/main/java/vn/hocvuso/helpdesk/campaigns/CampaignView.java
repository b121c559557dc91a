package vn.hocvuso.helpdesk.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A campaign message as staff see it: what residents receive, the copy-ready text, and,
 * once sent, how many it went out to, how many their channel would not let the ward
 * reach, and how its replies stand ({@code SENT}, {@code PENDING},
 * {@code UNDELIVERABLE}…).
 */
record CampaignView(String id, String theme, String text, List<String> groupCodes, String createdBy, Instant createdAt,
		@Nullable Instant sentAt, @Nullable String sentBy, String message, String copyText, long queued,
		long notReachable, Map<String, Long> delivery) {

	static CampaignView of(Campaign c, Map<String, Long> delivery) {
		return new CampaignView(c.id(), c.theme(), c.text(), c.groupCodes(), c.createdBy(), c.createdAt(), c.sentAt(),
				c.sentBy(), c.message(), c.copyText(), c.queued(), c.notReachable(), Map.copyOf(delivery));
	}

}
