package vn.hocvuso.helpdesk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocvuso.helpdesk.store.StoreArchive;

/**
 * The staff page's "Tải bản sao lưu": a copy of the whole store as one zip, taken while
 * the app runs ({@link StoreArchive}), written to a temporary file first and removed once
 * sent.
 */
@RestController
class BackupController {

	private static final int CHUNK = 64 * 1024;

	private final StoreArchive archive;

	private final Clock clock;

	BackupController(StoreArchive archive, Clock clock) {
		this.archive = archive;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/backup.zip", produces = "application/zip")
	Mono<ResponseEntity<Flux<DataBuffer>>> backup() {
		String name = "hoi-dap-so-" + LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))) + ".zip";
		return Mono.fromCallable(() -> Files.createTempFile("hoi-dap-so-backup-", ".zip"))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((file) -> this.archive.write(file)
				.onErrorResume((error) -> delete(file).then(Mono.error(error)))
				.thenReturn(ResponseEntity.ok()
					.contentType(MediaType.parseMediaType("application/zip"))
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(name).build().toString())
					.body(DataBufferUtils.read(file, DefaultDataBufferFactory.sharedInstance, CHUNK)
						.doFinally((signal) -> delete(file).subscribe()))));
	}

	private static Mono<Void> delete(Path file) {
		return Mono.<Void>fromRunnable(() -> {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

}
