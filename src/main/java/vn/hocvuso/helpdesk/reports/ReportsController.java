package vn.hocvuso.helpdesk.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.classes.ClassSchedule;
import vn.hocvuso.helpdesk.indicators.IndicatorReader;
import vn.hocvuso.helpdesk.indicators.IndicatorsProperties;
import vn.hocvuso.helpdesk.indicators.Period;
import vn.hocvuso.helpdesk.indicators.PeriodParameters;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketQueries;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * Downloads for staff (role STAFF): the cases of a date range as CSV, written as they are
 * read from the store, and the periodic report of a period as an Excel workbook, with the
 * classes of the period's first month.
 */
@RestController
class ReportsController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Lets Excel recognise the file as UTF-8, so Vietnamese shows right. */
	private static final String BYTE_ORDER_MARK = "\uFEFF";

	/** Cases written at once, with one look-up of the tickets they opened. */
	private static final int BATCH = 200;

	/** A year and a bit, the longest range one export takes. */
	private static final int MAX_DAYS = 400;

	private final CaseStore cases;

	private final IndicatorReader indicators;

	private final TicketQueries tickets;

	private final IndicatorsProperties indicatorsProperties;

	private final ReportsProperties properties;

	private final ClassSchedule classes;

	private final WardDirectory ward;

	private final DataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;

	ReportsController(CaseStore cases, IndicatorReader indicators, TicketQueries tickets,
			IndicatorsProperties indicatorsProperties, ReportsProperties properties, ClassSchedule classes,
			WardDirectory ward) {
		this.cases = cases;
		this.classes = classes;
		this.ward = ward;
		this.tickets = tickets;
		this.indicators = indicators;
		this.indicatorsProperties = indicatorsProperties;
		this.properties = properties;
	}

	/**
	 * Cases received from {@code from} to {@code to}, both days included (Hanoi time).
	 */
	@GetMapping(path = "/api/v1/reports/cases.csv")
	ResponseEntity<Flux<DataBuffer>> casesCsv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		LocalDate today = this.indicators.today();
		LocalDate first = PeriodParameters.date(from, "from", today.withDayOfMonth(1));
		LocalDate last = PeriodParameters.date(to, "to", today);
		if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
			throw new ServerWebInputException(
					"Khoảng ngày không hợp lệ: 'from' phải trước hoặc bằng 'to', và dài tối đa " + MAX_DAYS + " ngày.");
		}
		CaseCsv csv = new CaseCsv(this.indicatorsProperties.zone());
		Flux<String> rows = this.cases
			.streamReceived(this.indicators.startOf(first), this.indicators.startOf(last.plusDays(1)))
			.buffer(BATCH)
			.concatMap((batch) -> this.tickets.openedBy(batch.stream().map(SupportCase::id).toList())
				.collectMap(Ticket::firstCaseId)
				.map((opened) -> String.join("",
						batch.stream()
							.map((supportCase) -> csv.row(supportCase, opened.get(supportCase.id())))
							.toList())));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("hoidapso-yeu-cau-" + first + "-" + last + ".csv"))
			.body(Flux.concat(Mono.just(BYTE_ORDER_MARK + CaseCsv.header()), rows).map(this::encode));
	}

	@GetMapping(path = "/api/v1/reports/periodic.xlsx")
	Mono<ResponseEntity<byte[]>> periodicReport(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date) {
		Period reported = PeriodParameters.parse(period, date, this.indicators.today());
		Mono<Map<String, String>> groupNames = this.ward.ward()
			.map((ward) -> ward.groups()
				.stream()
				.collect(Collectors.toMap(ResidentialGroup::code, ResidentialGroup::name, (first, same) -> first)));
		return Mono
			.zip(this.indicators.report(reported, null), this.classes.figures(YearMonth.from(reported.start())),
					groupNames)
			.publishOn(Schedulers.boundedElastic())
			.map((parts) -> new PeriodicReportWorkbook(parts.getT1(), this.properties.wardName(), parts.getT2(),
					parts.getT3())
				.toBytes())
			.map((bytes) -> ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment("hoidapso-bao-cao-" + reported.key() + ".xlsx"))
				.body(bytes));
	}

	private DataBuffer encode(String lines) {
		return this.buffers.wrap(lines.getBytes(StandardCharsets.UTF_8));
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

}
