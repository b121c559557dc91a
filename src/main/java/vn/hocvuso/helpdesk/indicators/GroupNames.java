package vn.hocvuso.helpdesk.indicators;

import java.util.HashMap;
import java.util.Map;

import vn.hocvuso.helpdesk.wards.Ward;

/**
 * What pages call a residential group: its name in the ward ("Tổ dân phố số 5"), its code
 * when the ward no longer lists it, and a plain phrase for cases without a group.
 */
record GroupNames(Map<String, String> names) {

	GroupNames {
		names = Map.copyOf(names);
	}

	static GroupNames of(Ward ward) {
		Map<String, String> names = new HashMap<>();
		ward.groups().forEach((group) -> names.put(group.code(), group.name()));
		return new GroupNames(names);
	}

	String name(String code) {
		return code.equals(CaseTally.NO_GROUP) ? "Chưa rõ tổ" : this.names.getOrDefault(code, code);
	}

}
