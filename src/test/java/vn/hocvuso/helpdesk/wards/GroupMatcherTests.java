package vn.hocvuso.helpdesk.wards;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GroupMatcherTests {

	static final List<ResidentialGroup> GROUPS = List.of(new ResidentialGroup("TDP01", "Tổ dân phố số 1"),
			new ResidentialGroup("TDP05", "Tổ dân phố số 5"), new ResidentialGroup("TDP15", "Tổ dân phố số 15"),
			new ResidentialGroup("KP-BAC", "Khu phố Bắc"));

	@ParameterizedTest
	@ValueSource(strings = { "to 5", "tổ 05", "Tổ 5 ạ", "TDP5", "tdp 05", "tổ dân phố số 5", "to dan pho 5", "5",
			"TDP05", "TDP05 – Tổ dân phố số 5", "tôi ở tổ 5 nhé", "số 5" })
	void understandsTheWaysPeopleNameTheirGroup(String said) {
		assertThat(GroupMatcher.match(said, GROUPS)).map(ResidentialGroup::code).contains("TDP05");
	}

	@ParameterizedTest
	@ValueSource(strings = { "khu pho bac", "Khu phố Bắc", "kp-bac" })
	void matchesAGroupByItsName(String said) {
		assertThat(GroupMatcher.match(said, GROUPS)).map(ResidentialGroup::code).contains("KP-BAC");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "không biết", "tổ 7", "cài vneid thế nào", "50", "tổ 1 hay tổ 5" })
	void answersNothingWhenNoSingleGroupFits(String said) {
		assertThat(GroupMatcher.match(said, GROUPS.subList(0, 3))).isEmpty();
	}

}
