package vn.hocvuso.helpdesk.admin;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.wards.Ambassador;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;
import vn.hocvuso.helpdesk.wards.WardDirectory;
import vn.hocvuso.helpdesk.wards.WardProperties;

/**
 * Gives a store with no residential groups its first ones: the configured groups, or a
 * demo ward with three demo ambassadors whose generated passwords are printed once.
 */
@Component
@ConditionalOnWebApplication
class WardSeed implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(WardSeed.class);

	private final WardDirectory ward;

	private final StaffAccountStore accounts;

	private final WardProperties properties;

	WardSeed(WardDirectory ward, StaffAccountStore accounts, WardProperties properties) {
		this.ward = ward;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		this.ward.ward()
			.filter((ward) -> ward.groups().isEmpty())
			.flatMap((empty) -> seed())
			.block(Duration.ofSeconds(60));
	}

	private Mono<Void> seed() {
		if (!this.properties.groups().isEmpty()) {
			log.info("Adding the {} configured residential groups", this.properties.groups().size());
			return Flux.fromIterable(this.properties.groups()).concatMap(this.ward::saveGroup).then();
		}
		if (!this.properties.demo()) {
			log.warn("No residential groups yet: add them in the staff page /staff/ward.html "
					+ "(tickets go ward-wide until then)");
			return Mono.empty();
		}
		List<ResidentialGroup> groups = List.of(1, 2, 3, 4, 5, 6)
			.stream()
			.map((number) -> new ResidentialGroup("TDP%02d".formatted(number), "Tổ dân phố số " + number))
			.toList();
		List<Ambassador> ambassadors = List.of(
				new Ambassador("daisu01", "Nguyễn Thị Lan (mẫu)", "0900000001", null, List.of("TDP01", "TDP02")),
				new Ambassador("daisu02", "Trần Văn Minh (mẫu)", "0900000002", null, List.of("TDP03", "TDP04")),
				new Ambassador("daisu03", "Lê Thu Hà (mẫu)", "0900000003", null, List.of("TDP05", "TDP06")));
		log.warn("Starting a DEMO ward (helpdesk.ward.demo=true): groups TDP01–TDP06 and demo ambassadors; "
				+ "set helpdesk.ward.groups or helpdesk.ward.demo=false for a real ward");
		return Flux.fromIterable(groups)
			.concatMap(this.ward::saveGroup)
			.thenMany(Flux.fromIterable(ambassadors).concatMap((ambassador) -> {
				String password = StaffAccountStore.randomPassword();
				return this.accounts.save(ambassador.username(), password, "AMBASSADOR")
					.then(this.ward.saveAmbassador(ambassador))
					.doOnSuccess((saved) -> log.warn("Demo ambassador '{}' ({}), password: {}  (shown once)",
							ambassador.username(), String.join(", ", ambassador.groupCodes()), password));
			}))
			.then();
	}

}
