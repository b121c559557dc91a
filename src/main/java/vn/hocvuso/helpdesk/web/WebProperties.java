package vn.hocvuso.helpdesk.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API and of signing in.
 *
 * @param maxBodySize request bodies larger than this are refused with 413
 * @param signIn how wrong passwords slow down the address they come from
 * @param maxUploadSize the body limit instead for file uploads (the library's zip import)
 * @param uploadPaths the paths that take file uploads
 * @param requestTimeout a request not answered within this gets a 503 problem
 * @param exportTimeout the same for the reports (CSV and Excel), which may stream long
 */
@ConfigurationProperties("helpdesk.web")
public record WebProperties(@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue SignIn signIn,
		@DefaultValue("2MB") DataSize maxUploadSize, @DefaultValue("/api/v1/library/import") List<String> uploadPaths,
		@DefaultValue("30s") Duration requestTimeout, @DefaultValue("10m") Duration exportTimeout) {

	/**
	 * The sign-in throttle. Failures are counted per client address, never for an account
	 * alone, so a stranger's guesses slow the stranger down and not the account's owner.
	 *
	 * @param failuresPerAccount wrong passwords for one account from one address after
	 * which that address may not try that account again for a while
	 * @param failuresPerAddress wrong passwords from one address, whatever the accounts,
	 * after which that address may not sign in at all for a while
	 * @param window how long failures are remembered, from the latest one; a refused
	 * address may try again once this has passed
	 * @param maxTracked at most this many addresses (and as many account-address pairs)
	 * are remembered; the least recently used are forgotten first
	 */
	public record SignIn(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerAddress,
			@DefaultValue("15m") Duration window, @DefaultValue("100000") int maxTracked) {

		public SignIn {
			if (failuresPerAccount < 1 || failuresPerAddress < failuresPerAccount) {
				throw new IllegalArgumentException("helpdesk.web.sign-in needs 1 <= failures-per-account ("
						+ failuresPerAccount + ") <= failures-per-address (" + failuresPerAddress + ")");
			}
			if (window.isNegative() || window.isZero() || maxTracked < 1) {
				throw new IllegalArgumentException("helpdesk.web.sign-in needs a positive window (" + window
						+ ") and max-tracked (" + maxTracked + ")");
			}
		}

	}

}
