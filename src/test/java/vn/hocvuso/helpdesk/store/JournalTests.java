package vn.hocvuso.helpdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTests {

	@TempDir
	Path directory;

	@Test
	void sealedSegmentsGiveBackTheRecordsInTheOrderTheyWereAppended() {
		try (Journal journal = Journal.open(this.directory)) {
			append(journal, "một");
			append(journal, "hai");
			List<Journal.Segment> first = journal.seal();
			append(journal, "ba");
			List<Journal.Segment> both = journal.seal();

			assertThat(first).hasSize(1);
			assertThat(texts(first.get(0))).containsExactly("một", "hai");
			assertThat(both).hasSize(2).startsWith(first.get(0));
			assertThat(texts(both.get(1))).containsExactly("ba");
		}
	}

	@Test
	void sealingWithNothingNewAddsNoSegment() {
		try (Journal journal = Journal.open(this.directory)) {
			assertThat(journal.seal()).isEmpty();
			append(journal, "một");
			assertThat(journal.seal()).hasSize(1);
			assertThat(journal.seal()).hasSize(1);
		}
	}

	@Test
	void aDeletedSegmentIsGoneFromDiskAndFromTheNextSeal() {
		try (Journal journal = Journal.open(this.directory)) {
			append(journal, "một");
			Journal.Segment segment = journal.seal().get(0);

			journal.delete(segment);

			assertThat(segment.file()).doesNotExist();
			assertThat(journal.seal()).isEmpty();
		}
	}

	@Test
	void whatAnEarlierRunAppendedComesFirstAfterReopening() {
		Journal crashed = Journal.open(this.directory);
		append(crashed, "trước khi dừng");
		// No seal and no close: the process stopped here.
		try (Journal journal = Journal.open(this.directory)) {
			append(journal, "sau khi chạy lại");
			List<Journal.Segment> segments = journal.seal();

			assertThat(segments).hasSize(2);
			assertThat(texts(segments.get(0))).containsExactly("trước khi dừng");
			assertThat(texts(segments.get(1))).containsExactly("sau khi chạy lại");
		}
	}

	@Test
	void aRecordTornByACrashIsSkippedAndTheWholeOnesAreKept() throws IOException {
		Journal crashed = Journal.open(this.directory);
		append(crashed, "nguyên vẹn");
		append(crashed, "bị cắt ngang");
		Path file = crashed.seal().get(0).file();
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));

		try (Journal journal = Journal.open(this.directory)) {
			assertThat(texts(journal.seal().get(0))).containsExactly("nguyên vẹn");
		}
	}

	@Test
	void aRecordWithADamagedChecksumIsNotReadAsData() throws IOException {
		Journal crashed = Journal.open(this.directory);
		append(crashed, "nguyên vẹn");
		Path file = crashed.seal().get(0).file();
		Files.write(file, new byte[] { 0, 0, 0, 3, 1, 2, 3, 4, 'a', 'b', 'c' }, StandardOpenOption.APPEND);

		try (Journal journal = Journal.open(this.directory)) {
			assertThat(texts(journal.seal().get(0))).containsExactly("nguyên vẹn");
		}
	}

	@Test
	void concurrentAppendsAreAllOnDiskExactlyOnce() {
		try (Journal journal = Journal.open(this.directory)) {
			Flux.range(0, 500)
				.flatMap((i) -> journal.append(("record " + i).getBytes(StandardCharsets.UTF_8)), 64)
				.then()
				.block(Duration.ofSeconds(30));

			List<String> texts = journal.seal().stream().flatMap((segment) -> texts(segment).stream()).toList();

			assertThat(texts)
				.containsExactlyInAnyOrderElementsOf(IntStream.range(0, 500).mapToObj((i) -> "record " + i).toList());
		}
	}

	@Test
	void closingAnEmptyJournalLeavesNoFiles() throws IOException {
		Journal.open(this.directory).close();

		try (var files = Files.list(this.directory)) {
			assertThat(files).isEmpty();
		}
	}

	private static void append(Journal journal, String text) {
		journal.append(text.getBytes(StandardCharsets.UTF_8)).block(Duration.ofSeconds(10));
	}

	private static List<String> texts(Journal.Segment segment) {
		return segment.records().stream().map((bytes) -> new String(bytes, StandardCharsets.UTF_8)).toList();
	}

}
