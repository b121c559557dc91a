package vn.hocvuso.helpdesk.admin;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.wards.Ambassador;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * Staff manage the ward's residential groups and ambassadors, with each ambassador's
 * console account (role AMBASSADOR). Role STAFF only.
 */
@RestController
@ConditionalOnWebApplication
class WardAdminController {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

	private static final int MIN_PASSWORD = 8;

	private final WardDirectory ward;

	private final StaffAccountStore accounts;

	WardAdminController(WardDirectory ward, StaffAccountStore accounts) {
		this.ward = ward;
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/groups")
	Mono<List<ResidentialGroup>> groups() {
		return this.ward.ward().map((ward) -> ward.groups());
	}

	@PutMapping(path = "/api/v1/groups/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResidentialGroup> saveGroup(@PathVariable String code, @RequestBody GroupRequest request) {
		return Mono
			.fromCallable(() -> new ResidentialGroup(code, (request.name() != null) ? request.name().strip() : ""))
			.onErrorMap(IllegalArgumentException.class, WardAdminController::badRequest)
			.flatMap(this.ward::saveGroup);
	}

	@DeleteMapping("/api/v1/groups/{code}")
	Mono<ResponseEntity<Void>> deleteGroup(@PathVariable String code) {
		return this.ward.deleteGroup(code).map(WardAdminController::deletedOrMissing);
	}

	@GetMapping("/api/v1/ambassadors")
	Mono<List<Ambassador>> ambassadors() {
		return this.ward.ward().map((ward) -> ward.ambassadors());
	}

	/**
	 * Adds an ambassador with their console account, or updates them; a password is
	 * needed to create one and resets it when given later.
	 */
	@PutMapping(path = "/api/v1/ambassadors/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<Ambassador> saveAmbassador(@PathVariable String username, @RequestBody AmbassadorRequest request) {
		if (!USERNAME.matcher(username).matches()) {
			return Mono.error(badRequest(new IllegalArgumentException(
					"Tên đăng nhập gồm 3–32 ký tự: chữ thường không dấu, số, '.', '-' hoặc '_'.")));
		}
		if (request.password() != null && request.password().length() < MIN_PASSWORD) {
			return Mono
				.error(badRequest(new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD + " ký tự.")));
		}
		return Mono
			.fromCallable(() -> new Ambassador(username, text(request.name()), text(request.phone()),
					request.zaloUserId(), (request.groupCodes() != null) ? request.groupCodes() : List.of()))
			.onErrorMap(IllegalArgumentException.class, WardAdminController::badRequest)
			.zipWith(this.ward.ward())
			.flatMap((checked) -> {
				Ambassador ambassador = checked.getT1();
				List<String> unknown = ambassador.groupCodes()
					.stream()
					.filter((code) -> checked.getT2().group(code).isEmpty())
					.toList();
				if (!unknown.isEmpty()) {
					return Mono.error(badRequest(new IllegalArgumentException(
							"Không có tổ dân phố mã " + String.join(", ", unknown) + ".")));
				}
				return this.accounts.roles(username).flatMap((roles) -> {
					if (roles.contains("STAFF")) {
						return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT,
								"Tên đăng nhập " + username + " đã là tài khoản cán bộ."));
					}
					if (roles.isEmpty() && request.password() == null) {
						return Mono.error(
								badRequest(new IllegalArgumentException("Đại sứ số mới cần mật khẩu để đăng nhập.")));
					}
					return this.accounts.save(username, request.password(), "AMBASSADOR")
						.then(this.ward.saveAmbassador(ambassador));
				});
			});
	}

	@DeleteMapping("/api/v1/ambassadors/{username}")
	Mono<ResponseEntity<Void>> deleteAmbassador(@PathVariable String username) {
		return this.ward.deleteAmbassador(username)
			.flatMap((deleted) -> deleted ? this.accounts.delete(username).thenReturn(true) : Mono.just(false))
			.map(WardAdminController::deletedOrMissing);
	}

	private static ResponseEntity<Void> deletedOrMissing(boolean deleted) {
		if (!deleted) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có mục này.");
		}
		return ResponseEntity.noContent().build();
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

	private static ResponseStatusException badRequest(Throwable problem) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, problem.getMessage());
	}

	record GroupRequest(@Nullable String name) {
	}

	record AmbassadorRequest(@Nullable String name, @Nullable String phone, @Nullable String zaloUserId,
			@Nullable List<String> groupCodes, @Nullable String password) {
	}

}
