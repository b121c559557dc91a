package vn.hocvuso.helpdesk.residents;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a resident, for the person helping them.
 *
 * @param phone their phone number, digits only, when known
 * @param displayName the name they show on their channel, when known
 */
public record Contact(@Nullable String phone, @Nullable String displayName) {

	public static final Contact UNKNOWN = new Contact(null, null);

}
