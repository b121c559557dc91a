package vn.hocvuso.helpdesk.shared;

import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonalDataCipherTests {

	private final PersonalDataCipher cipher = new PersonalDataCipher(key(1));

	@Property(tries = 300)
	void opensWhatItSealed(@ForAll String value) {
		assertThat(this.cipher.open(this.cipher.seal(value))).isEqualTo(value);
	}

	@Test
	void sealedValueShowsNothingOfTheNumberAndDiffersEachTime() {
		String first = this.cipher.seal("0912345678");
		String second = this.cipher.seal("0912345678");
		assertThat(first).startsWith(PersonalDataCipher.PREFIX).doesNotContain("0912345678").isNotEqualTo(second);
	}

	@Test
	void valueStoredBeforeSealingIsReadAsItIs() {
		assertThat(this.cipher.open("0912345678")).isEqualTo("0912345678");
	}

	@Test
	void refusesValueSealedWithAnotherKey() {
		String sealed = new PersonalDataCipher(key(2)).seal("0912345678");
		assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.open(sealed))
			.withMessageContaining("another personal-data key");
	}

	@Test
	void refusesDamagedValue() {
		String sealed = this.cipher.seal("0912345678");
		String damaged = sealed.substring(0, sealed.length() - 4) + "AAAA";
		assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.open(damaged));
		assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.open(PersonalDataCipher.PREFIX + "%%"));
	}

	@Test
	void refusesKeyOfWrongLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(new byte[16]));
	}

	private static byte[] key(int fill) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) fill);
		return key;
	}

}
