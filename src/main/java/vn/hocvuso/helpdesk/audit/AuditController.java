package vn.hocvuso.helpdesk.audit;

import reactor.core.publisher.Flux;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

/** The newest entries of the audit log, for staff. */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {

	static final int MAX_LIMIT = 1000;

	private final AuditStore store;

	AuditController(AuditStore store) {
		this.store = store;
	}

	@GetMapping
	Flux<AuditEntry> recent(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new ServerWebInputException("'limit' phải từ 1 đến " + MAX_LIMIT + ".");
		}
		return this.store.recent(limit);
	}

}
