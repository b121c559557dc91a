package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.indicators.IndicatorReport.TicketFigures;
import vn.hocvuso.helpdesk.tickets.TicketViewers;

/**
 * Ticket indicators: an ambassador's own numbers (role AMBASSADOR for their own, STAFF
 * for anyone's) and the tickets behind a number of the dashboard (STAFF).
 */
@RestController
class TicketIndicatorsController {

	private static final Logger log = LoggerFactory.getLogger(TicketIndicatorsController.class);

	private static final int MAX_TICKETS = 500;

	private final TicketIndicators indicators;

	private final TicketViewers viewers;

	private final IndicatorReader reader;

	TicketIndicatorsController(TicketIndicators indicators, TicketViewers viewers, IndicatorReader reader) {
		this.indicators = indicators;
		this.viewers = viewers;
		this.reader = reader;
	}

	/**
	 * An ambassador's numbers for the period containing {@code date} (a month unless
	 * asked otherwise) and the period before: the page compares this month with the last.
	 */
	@GetMapping(path = "/api/v1/indicators/ambassadors/{username}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<AmbassadorNumbers> ambassador(Authentication authentication, @PathVariable String username,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date) {
		Period current = PeriodParameters.parse(period, date, this.reader.today());
		return this.viewers.viewer(authentication).flatMap((viewer) -> {
			if (!viewer.staff() && !viewer.username().equals(username)) {
				log.warn("Refused the numbers of '{}' to '{}'", username, viewer.username());
				return Mono.error(
						new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn chỉ xem được số liệu của chính mình."));
			}
			return Mono.zip(this.indicators.row(current, username), this.indicators.row(current.previous(), username))
				.map((rows) -> new AmbassadorNumbers(username, rows.getT1().name(),
						List.of(PeriodNumbers.of(current, rows.getT1().tickets()),
								PeriodNumbers.of(current.previous(), rows.getT2().tickets()))));
		});
	}

	@GetMapping(path = "/api/v1/indicators/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<TicketLine> tickets(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String ambassador,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(defaultValue = "opened") String outcome, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_TICKETS) {
			throw new ServerWebInputException("'limit' phải từ 1 đến " + MAX_TICKETS + ".");
		}
		if (!TicketFilter.OUTCOMES.contains(outcome)) {
			throw new ServerWebInputException("'outcome' phải là một trong " + TicketFilter.OUTCOMES + ".");
		}
		TicketFilter filter = new TicketFilter(PeriodParameters.group(group), PeriodParameters.optional(ambassador),
				topic, PeriodParameters.optional(channel), outcome);
		return this.indicators.tickets(PeriodParameters.parse(period, date, this.reader.today()), filter, limit);
	}

	/** An ambassador's numbers, the asked period first, then the one before. */
	record AmbassadorNumbers(String username, String name, List<PeriodNumbers> periods) {
	}

	record PeriodNumbers(String periodKey, String label, LocalDate from, LocalDate to, TicketFigures tickets) {

		static PeriodNumbers of(Period period, TicketFigures tickets) {
			return new PeriodNumbers(period.key(), period.label(), period.start(), period.end().minusDays(1), tickets);
		}

	}

}
