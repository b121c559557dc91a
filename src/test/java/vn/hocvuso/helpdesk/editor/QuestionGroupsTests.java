package vn.hocvuso.helpdesk.editor;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionGroupsTests {

	private final VietnameseNormalizer normalizer = new VietnameseNormalizer();

	@Test
	void putsAlikeQuestionsOfOneTopicTogetherAndKeepsTheirOrder() {
		List<Asked> asked = List.of(new Asked("quên mật khẩu vneid rồi", "vneid.login"),
				new Asked("cai zalo o dau", "phone.zalo"), new Asked("quen mk vneid", "vneid.login"),
				new Asked("vneid quen mat khau lam sao", "vneid.login"), new Asked("cài vneid ở đâu", "vneid.install"));
		List<List<Asked>> groups = group(asked);
		assertThat(groups).extracting((group) -> group.stream().map(Asked::text).toList())
			.containsExactly(List.of("quên mật khẩu vneid rồi", "quen mk vneid", "vneid quen mat khau lam sao"),
					List.of("cai zalo o dau"), List.of("cài vneid ở đâu"));
	}

	@Test
	void alikeWordsWithRepliesOfDifferentTopicsStayApart() {
		List<List<Asked>> groups = group(List.of(new Asked("quen mk vneid", "vneid.login"),
				new Asked("quen mk vneid", "security.account"), new Asked("quen mk vneid", null)));
		assertThat(groups).hasSize(3);
	}

	@Test
	void aTypoCostsLittleButAnotherAppIsAnotherQuestion() {
		double typo = QuestionGroups.similarity(QuestionGroups.trigrams("cai vneid o dau"),
				QuestionGroups.trigrams("cai vnied o dau"));
		double otherApp = QuestionGroups.similarity(QuestionGroups.trigrams("cai vneid o dau"),
				QuestionGroups.trigrams("cai zalo o dau"));
		assertThat(typo).isGreaterThanOrEqualTo(0.5);
		assertThat(otherApp).isLessThan(0.5);
	}

	private List<List<Asked>> group(List<Asked> asked) {
		return QuestionGroups.group(asked, Asked::topic, (a) -> this.normalizer.normalize(a.text()).strippedText(),
				0.5);
	}

	record Asked(String text, String topic) {
	}

}
