package vn.hocvuso.helpdesk.wards;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A residential group (tổ dân phố) of the ward.
 *
 * @param code short and stable, such as {@code TDP05}
 * @param name what people call it, such as "Tổ dân phố số 5"
 */
public record ResidentialGroup(String code, String name) {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

	public ResidentialGroup {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException(
					"Mã tổ dân phố chỉ gồm chữ in hoa không dấu, số, '-' hoặc '_', tối đa 20 ký tự (ví dụ TDP05): "
							+ code);
		}
		if (name.isBlank() || name.length() > 80) {
			throw new IllegalArgumentException("Tên tổ dân phố cần có, tối đa 80 ký tự.");
		}
	}

	/** "TDP05 – Tổ dân phố số 5", as lists and buttons show it. */
	public String label() {
		return this.code + " – " + this.name;
	}

}
