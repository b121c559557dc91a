package vn.hocvuso.helpdesk.editor;

import java.security.Principal;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.knowledge.store.LibraryVersionStore;

/**
 * Export and import of the {@code knowledge-base/} files, and the audit log. Role STAFF.
 */
@RestController
class TransferApiController {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final LibraryVersionStore versions;

	private final LibraryImport importer;

	private final AuditLogStore audit;

	TransferApiController(LibraryVersionStore versions, LibraryImport importer, AuditLogStore audit) {
		this.versions = versions;
		this.importer = importer;
		this.audit = audit;
	}

	@GetMapping(path = "/api/v1/library/export", produces = "application/zip")
	Mono<ResponseEntity<byte[]>> export() {
		return this.versions.liveVersion().flatMap(this.versions::find).map((published) -> {
			String name = "knowledge-base-v" + published.info().version() + ".zip";
			return ResponseEntity.ok()
				.contentType(ZIP)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name).build().toString())
				.body(LibraryZip.write(published.library()));
		});
	}

	/**
	 * The body is the zip itself ({@code application/zip}), limited to
	 * {@code helpdesk.web.max-upload-size}.
	 */
	@PostMapping(path = "/api/v1/library/import",
			consumes = { "application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<LibraryImport.ImportReport> importZip(ServerWebExchange exchange, Principal who) {
		return DataBufferUtils.join(exchange.getRequest().getBody()).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		})
			.switchIfEmpty(Mono.error(() -> new ServerWebInputException("Chưa có tệp zip nào được gửi lên.")))
			.flatMap((zip) -> this.importer.importZip(zip, who.getName()));
	}

	@GetMapping(path = "/api/v1/library/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<AuditEntry> audit(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new ServerWebInputException("'limit' phải từ 1 đến 1000.");
		}
		return this.audit.recent(limit);
	}

}
