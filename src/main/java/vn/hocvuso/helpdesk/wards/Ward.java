package vn.hocvuso.helpdesk.wards;

import java.util.List;
import java.util.Optional;

/** The ward's residential groups and ambassadors at one moment, sorted for display. */
public record Ward(List<ResidentialGroup> groups, List<Ambassador> ambassadors) {

	public Ward {
		groups = List.copyOf(groups);
		ambassadors = List.copyOf(ambassadors);
	}

	public Optional<ResidentialGroup> group(String code) {
		return this.groups.stream().filter((group) -> group.code().equals(code)).findFirst();
	}

	public Optional<Ambassador> ambassador(String username) {
		return this.ambassadors.stream().filter((ambassador) -> ambassador.username().equals(username)).findFirst();
	}

	/** The ambassadors who look after a group. */
	public List<Ambassador> ambassadorsOf(String groupCode) {
		return this.ambassadors.stream().filter((ambassador) -> ambassador.looksAfter(groupCode)).toList();
	}

}
