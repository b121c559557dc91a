package vn.hocvuso.helpdesk.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table-driven fast path for tone marks and diacritics gives exactly what the general
 * path (full Unicode normalisation) gives, for every word of the library and for every
 * precomposed letter that NFC text can contain.
 */
class LettersTests {

	@Test
	void fastAndGeneralPathsAgreeOnEveryWordOfTheLibrary() throws IOException {
		Set<String> words = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("knowledge-base"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".md")).toList()) {
				String text = Normalizer.normalize(Files.readString(file), Normalizer.Form.NFC)
					.toLowerCase(Locale.ROOT);
				for (String word : text.split("[^\\p{L}]+")) {
					if (!word.isEmpty()) {
						words.add(word);
					}
				}
			}
		}
		assertThat(words).hasSizeGreaterThan(1000);
		for (String word : words) {
			assertThat(ToneMarks.canonical(word)).as(word).isEqualTo(ToneMarks.canonicalByNormalizing(word));
			assertThat(Diacritics.strip(word)).as(word).isEqualTo(Diacritics.stripByNormalizing(word));
		}
	}

	@Test
	void fastAndGeneralPathsAgreeOnEveryPrecomposedLetter() {
		for (char c = 0x00C0; c < 0x2000; c++) {
			String letter = String.valueOf(c).toLowerCase(Locale.ROOT);
			if (!Character.isLetter(c) || !Normalizer.isNormalized(letter, Normalizer.Form.NFC)) {
				continue;
			}
			assertThat(ToneMarks.canonical(letter)).as("U+%04X", (int) c)
				.isEqualTo(ToneMarks.canonicalByNormalizing(letter));
			assertThat(Diacritics.strip(letter)).as("U+%04X", (int) c).isEqualTo(Diacritics.stripByNormalizing(letter));
		}
	}

}
