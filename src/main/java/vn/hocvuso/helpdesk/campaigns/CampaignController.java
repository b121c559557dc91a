package vn.hocvuso.helpdesk.campaigns;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * Campaign messages for staff: write one, list them, send one once, and see how many
 * residents it reached, how many their channel would not let the ward reach, and the
 * copy-ready text for the ambassadors' Zalo groups.
 */
@RestController
class CampaignController {

	private static final int LISTED = 50;

	private final CampaignStore store;

	private final CampaignSender sender;

	private final ReplyDelivery delivery;

	private final WardDirectory ward;

	private final Clock clock;

	CampaignController(CampaignStore store, CampaignSender sender, ReplyDelivery delivery, WardDirectory ward,
			Clock clock) {
		this.store = store;
		this.sender = sender;
		this.delivery = delivery;
		this.ward = ward;
		this.clock = clock;
	}

	@PostMapping(path = "/api/v1/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<CampaignView>> create(@RequestBody Form form, Authentication authentication) {
		String theme = text(form.theme(), "theme", "Chủ đề", Campaign.MAX_THEME, false);
		String text = text(form.text(), "text", "Nội dung", Campaign.MAX_TEXT, true);
		List<String> groups = (form.groupCodes() == null) ? List.of()
				: new ArrayList<>(new LinkedHashSet<>(form.groupCodes()));
		return this.ward.ward().flatMap((ward) -> {
			for (String group : groups) {
				if (group == null || ward.group(group).isEmpty()) {
					return Mono.error(badRequest("Phường không có tổ dân phố '" + group + "'."));
				}
			}
			Campaign campaign = new Campaign(new ObjectId().toHexString(), theme, text, groups,
					authentication.getName(), this.clock.instant(), null, null, 0, 0);
			return this.store.insert(campaign);
		})
			.map((created) -> ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id()))
				.body(CampaignView.of(created, Map.of())));
	}

	@GetMapping(path = "/api/v1/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<CampaignView> list() {
		return this.store.newest(LISTED).map((campaign) -> CampaignView.of(campaign, Map.of()));
	}

	@GetMapping(path = "/api/v1/campaigns/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<CampaignView> one(@PathVariable String id) {
		return this.store.find(id)
			.switchIfEmpty(
					Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tin chiến dịch này.")))
			.flatMap(this::withDelivery);
	}

	@PostMapping(path = "/api/v1/campaigns/{id}/send", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<CampaignView> send(@PathVariable String id, Authentication authentication) {
		return this.sender.send(id, authentication.getName()).flatMap(this::withDelivery);
	}

	/** The campaign with how its replies stand: sent, waiting, not delivered. */
	private Mono<CampaignView> withDelivery(Campaign campaign) {
		return this.store.replyIds(campaign.id())
			.concatMap((replyId) -> this.delivery.status(replyId).map(Enum::name).defaultIfEmpty("PENDING"))
			.collect(() -> new TreeMap<String, Long>(), (counts, status) -> counts.merge(status, 1L, Long::sum))
			.map((counts) -> CampaignView.of(campaign, counts));
	}

	private static String text(@Nullable String value, String field, String label, int max, boolean lines) {
		String stripped = (value == null) ? "" : value.strip();
		boolean control = stripped.chars().anyMatch((c) -> Character.isISOControl(c) && !(lines && c == '\n'));
		if (stripped.isEmpty() || stripped.length() > max || control) {
			throw badRequest("'" + field + "' (" + label + ") cần có, tối đa " + max + " ký tự.");
		}
		return stripped;
	}

	private static ResponseStatusException badRequest(String message) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
	}

	record Form(@Nullable String theme, @Nullable String text, @Nullable List<String> groupCodes) {
	}

}
