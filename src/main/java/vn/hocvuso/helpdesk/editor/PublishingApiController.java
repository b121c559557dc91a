package vn.hocvuso.helpdesk.editor;

import java.security.Principal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.knowledge.LibraryDiff;
import vn.hocvuso.helpdesk.knowledge.store.LibraryVersionStore;
import vn.hocvuso.helpdesk.knowledge.store.PublishedLibrary;

/** Publishing, its progress, the version history, diffs and rollback. Role STAFF. */
@RestController
@RequestMapping(path = "/api/v1/library", produces = MediaType.APPLICATION_JSON_VALUE)
class PublishingApiController {

	private final Publisher publisher;

	private final PublishJobStore jobs;

	private final LibraryVersionStore versions;

	PublishingApiController(Publisher publisher, PublishJobStore jobs, LibraryVersionStore versions) {
		this.publisher = publisher;
		this.jobs = jobs;
		this.versions = versions;
	}

	@PostMapping("/publish")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<PublishJob> publish(@RequestBody(required = false) @Nullable PublishRequest request, Principal who) {
		String note = (request != null && request.note() != null) ? request.note() : "";
		if (note.length() > 300) {
			throw new org.springframework.web.server.ServerWebInputException("Ghi chú dài quá 300 ký tự.");
		}
		return this.publisher.publish(who.getName(), note);
	}

	@GetMapping("/publish")
	Mono<PublishJob> lastPublish() {
		return this.jobs.current()
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Thư viện chưa được xuất bản lần nào từ trang này.")));
	}

	@GetMapping("/versions")
	Flux<VersionRow> versions() {
		return this.versions.liveVersion()
			.flatMapMany((live) -> this.versions.history()
				.map((info) -> new VersionRow(info.version(), info.publishedBy(), info.publishedAt(), info.note(),
						info.version() == live)));
	}

	@GetMapping("/versions/diff")
	Mono<LibraryDiff> diff(@RequestParam int from, @RequestParam int to) {
		return version(from).zipWith(version(to),
				(older, newer) -> LibraryDiff.between(older.library(), newer.library()));
	}

	@PostMapping("/versions/{version}/rollback")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<PublishJob> rollback(@PathVariable int version, Principal who) {
		return this.publisher.rollback(who.getName(), version);
	}

	private Mono<PublishedLibrary> version(int version) {
		return this.versions.find(version)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không có phiên bản " + version + " của thư viện.")));
	}

	record PublishRequest(@Nullable String note) {
	}

	/**
	 * @param live whether the bot answers from this version now
	 */
	record VersionRow(int version, String publishedBy, Instant publishedAt, String note, boolean live) {
	}

}
