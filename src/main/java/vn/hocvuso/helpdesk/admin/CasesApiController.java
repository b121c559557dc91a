package vn.hocvuso.helpdesk.admin;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.cases.CaseQuery;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;

/** Staff API over support cases, newest first. Role STAFF. */
@RestController
class CasesApiController {

	private final CaseStore cases;

	CasesApiController(CaseStore cases) {
		this.cases = cases;
	}

	@GetMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<SupportCase> cases(@RequestParam(defaultValue = "50") int limit,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String topic) {
		if (limit < 1 || limit > CaseQuery.MAX_LIMIT) {
			throw new ServerWebInputException("'limit' phải từ 1 đến " + CaseQuery.MAX_LIMIT + ".");
		}
		return this.cases.find(new CaseQuery(limit, status(status), blankToNull(topic)));
	}

	private static @Nullable CaseStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return CaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ServerWebInputException("'status' không hợp lệ: " + status + ". Dùng một trong: "
					+ java.util.Arrays.toString(CaseStatus.values()));
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
