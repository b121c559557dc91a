package vn.hocvuso.helpdesk.wards;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A digital ambassador (Đại sứ số): a volunteer who answers the residents of their
 * groups.
 *
 * @param username the console account they sign in with
 * @param zaloUserId their id on the ward's Zalo Official Account, to tell them about new
 * tickets; empty when they get no Zalo messages
 * @param groupCodes the residential groups they look after, at least one
 */
public record Ambassador(String username, String name, String phone, @Nullable String zaloUserId,
		List<String> groupCodes) {

	public Ambassador {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(phone, "phone");
		groupCodes = List.copyOf(groupCodes);
		if (name.isBlank() || name.length() > 80) {
			throw new IllegalArgumentException("Tên đại sứ số cần có, tối đa 80 ký tự.");
		}
		if (!phone.matches("\\+?[0-9 .]{8,15}")) {
			throw new IllegalArgumentException("Số điện thoại không hợp lệ: " + phone);
		}
		if (groupCodes.isEmpty()) {
			throw new IllegalArgumentException("Đại sứ số cần phụ trách ít nhất một tổ dân phố.");
		}
		if (zaloUserId != null && zaloUserId.isBlank()) {
			zaloUserId = null;
		}
	}

	public boolean looksAfter(@Nullable String groupCode) {
		return groupCode != null && this.groupCodes.contains(groupCode);
	}

}
