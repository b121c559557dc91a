package vn.hocvuso.helpdesk.knowledge;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryDiffTests {

	@Test
	void listsOnlyTheArticlesThatChangedWithTheirFieldsAndExamples() {
		Article install = LibraryValidatorTests.article("vneid.install", "a");
		Article submit = LibraryValidatorTests.article("dvc.submit", "b");
		List<String> examples = new ArrayList<>(install.examples());
		examples.remove(0);
		examples.add("tai vneid cho ba");
		Article edited = LibraryValidatorTests
			.withExamples(LibraryValidatorTests.withShortAnswer(install, "1. Mở CH Play."), examples)
			.withVersion(2);
		LibraryDiff diff = LibraryDiff.between(Library.of(1, List.of(install, submit)),
				Library.of(2, List.of(edited, submit.withVersion(2))));
		assertThat(diff.fromVersion()).isEqualTo(1);
		assertThat(diff.toVersion()).isEqualTo(2);
		assertThat(diff.changes()).singleElement().satisfies((change) -> {
			assertThat(change.id()).isEqualTo("vneid.install");
			assertThat(change.fields()).containsExactly(
					new LibraryDiff.FieldChange("shortAnswer", "1. Bước một\n2. Bước hai", "1. Mở CH Play."));
			assertThat(change.examplesAdded()).containsExactly("tai vneid cho ba");
			assertThat(change.examplesRemoved()).containsExactly("a câu hỏi 0");
		});
	}

	@Test
	void anArticleOnlyOnOneSideIsAddedOrRemovedWhole() {
		Article install = LibraryValidatorTests.article("vneid.install", "a");
		LibraryDiff diff = LibraryDiff.between(Library.of(1, List.of()), Library.of(2, List.of(install)));
		assertThat(diff.changes()).singleElement().satisfies((change) -> {
			assertThat(change.examplesAdded()).hasSize(25);
			assertThat(change.fields()).extracting(LibraryDiff.FieldChange::before).containsOnly("");
		});
	}

}
