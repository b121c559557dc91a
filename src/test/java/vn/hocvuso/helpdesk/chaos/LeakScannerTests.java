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
	}

	@Test
	void skipsTheDigitsOfTheStoresChunkHeaders() {
		assertThat(this.scanner.scan("store", "chunk:48,root:9a400037f013,time:606d,version:269,toc:1234e,")).isEmpty();
		assertThat(this.scanner.scan("store", "next:ab1234,")).isEmpty();
		assertThat(this.scanner.scan("store", "block:f1234f")).isEmpty();
	}

}
