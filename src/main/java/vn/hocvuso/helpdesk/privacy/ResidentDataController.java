package vn.hocvuso.helpdesk.privacy;

import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.residents.Resident;

/**
 * For staff: {@code GET /api/v1/residents/{id}/data} gives everything kept about one
 * resident as a JSON file; {@code POST /api/v1/residents/{id}/erase} erases it. The id is
 * the resident's, or one of their tickets'.
 */
@RestController
@RequestMapping(path = "/api/v1/residents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class ResidentDataController {

	private final ResidentDataService service;

	ResidentDataController(ResidentDataService service) {
		this.service = service;
	}

	@GetMapping("/data")
	Mono<ResponseEntity<ResidentData>> export(@PathVariable String id, Principal who) {
		return resident(id).flatMap((resident) -> this.service.export(resident, who.getName()))
			.map((data) -> ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						"attachment; filename=\"du-lieu-cu-dan-" + data.resident().id() + ".json\"")
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(data));
	}

	@PostMapping("/erase")
	Mono<Erasure> erase(@PathVariable String id, Principal who) {
		return resident(id).flatMap((resident) -> this.service.erase(resident, who.getName()));
	}

	private Mono<Resident> resident(String id) {
		return this.service.find(id)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không có cư dân hay phiếu nào với mã này.")));
	}

}
