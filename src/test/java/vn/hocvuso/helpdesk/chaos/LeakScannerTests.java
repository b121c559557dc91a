package vn.hocvuso.helpdesk.chaos;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the leak scanner finds a personal number, and where it is the store's own. */
class LeakScannerTests {

	private final LeakScanner scanner = new LeakScanner(Map.of("1234", "code form «mã otp 1234»"), "");

	@Test
	void findsANumberAResidentWrote() {
		assertThat(this.scanner.scan("store", "{\"text\":\"ma otp 1234 nhe\"}")).hasSize(1);
		assertThat(this.scanner.scan("store", "{\"otp\":1234}")).hasSize(1);
		assertThat(this.scanner.scan("store", "otp:1234,")).hasSize(1);
		assertThat(this.scanner.scan("store", "{\"text\":\"otp1234nhe\"}")).as("letters around, but no long run")
			.hasSize(1);
		assertThat(this.scanner.scan("store", "{\"text\":\"ma otp la1234Xin cam on ban nhieu\"}"))
			.as("a sentence is no base64 run: spaces break it")
			.hasSize(1);
	}

	@Test
	void skipsDigitsInsideTheBase64OfASealedValue() {
		assertThat(this.scanner.scan("store",
				"{\"phone\":\"v1:thM3KAl4AYA34nqSw6IShuRENkM8ZFTNmxrMV50+uLQ2r+9yod9uSAv6Z6Wp"
						+ "1234ME0jixRgVpD1vhMYZ9GLJ90oSpGow4VhzZ9Pm2wKZeUcqcfK7lD4N9N+lszg\"}"))
			.isEmpty();
		// Seen in a store file on CI: the digits end at a '+' of the base64.
		assertThat(this.scanner.scan("store",
				"bzz7KEseLXhdkSg/9lmTF6be9eCQAq/PGQxf+wHz5qReQc9bgl5XLpFHBhCz1234+qan0dqc5bLzUdi1tHq/N1qNs8kCaxT3l0IvHDKBpv1l2"))
			.isEmpty();
	}

	@Test
	void skipsTheDigitsOfTheStoresChunkHeaders() {
		assertThat(this.scanner.scan("store", "chunk:48,root:9a400037f013,time:606d,version:269,toc:1234e,")).isEmpty();
		assertThat(this.scanner.scan("store", "next:ab1234,")).isEmpty();
		assertThat(this.scanner.scan("store", "block:f1234f")).isEmpty();
	}

	@Test
	void leavesOutAChunkHeaderWholeEvenWhenAFieldIsAllDigits() {
		String header = "chunk:4e,block:2,len:3,max:cd80,map:4e,root:234000205409,time:577e,version:8d,next:1234,toc:a7f6";
		assertThat(this.scanner.scan("store", header)).as("the scanner alone would read it").hasSize(1);
		assertThat(this.scanner.scan("store", ScannedFiles.withoutStoreHeaders(header))).isEmpty();
		assertThat(this.scanner.scan("store", ScannedFiles.withoutStoreHeaders(header + " {\"text\":\"ma otp 1234\"}")))
			.as("what a resident wrote is kept")
			.hasSize(1);
	}

	@Test
	void skipsDigitsAtTheEndOfAnObjectId() {
		assertThat(this.scanner.scan("api", "{\"id\":\"6b14e7469b378be49dce1234\"}")).isEmpty();
		assertThat(this.scanner.scan("api", "{\"id\":\"12346b14e7469b378be49dce\"}")).isEmpty();
		assertThat(this.scanner.scan("api", "{\"text\":\"ma 1234 abcdef\"}")).as("a short hex word is no key")
			.hasSize(1);
	}

}
