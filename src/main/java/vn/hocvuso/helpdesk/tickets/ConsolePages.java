package vn.hocvuso.helpdesk.tickets;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The console's and staff pages' front doors lead to their start pages. */
@RestController
class ConsolePages {

	@GetMapping({ "/console", "/console/" })
	ResponseEntity<Void> console() {
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/console/index.html")).build();
	}

	@GetMapping({ "/staff", "/staff/" })
	ResponseEntity<Void> staff() {
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/staff/index.html")).build();
	}

}
