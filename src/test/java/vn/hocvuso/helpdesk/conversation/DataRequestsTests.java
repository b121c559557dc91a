package vn.hocvuso.helpdesk.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hocvuso.helpdesk.cases.CaseStatus;

import static org.assertj.core.api.Assertions.assertThat;

class DataRequestsTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "xóa dữ liệu của tôi", "Xoá dữ liệu của tôi đi", "xoa du lieu cua toi",
			"tôi muốn xóa hết thông tin của tôi", "cho em xin xóa số điện thoại của em",
			"Phường xóa giúp bác thông tin cá nhân nhé", "huy du lieu ca nhan cua minh", "XÓA TIN NHẮN CỦA TÔI",
			"ad ơi xoá sđt của chị giúp", "đề nghị xóa dữ liệu cá nhân" })
	void handsARequestToEraseOnesDataToAPerson(String text) {
		assertThat(DataRequests.plan(text)).hasValueSatisfying((plan) -> {
			assertThat(plan.handsOver()).isTrue();
			assertThat(plan.outcome().status()).isEqualTo(CaseStatus.ESCALATED);
			assertThat(plan.outcome().escalationReason()).isEqualTo(DataRequests.REASON);
			assertThat(plan.text()).contains("yêu cầu xóa dữ liệu").doesNotContain("gửi mã");
		});
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "làm sao xóa dữ liệu zalo", "xoá dữ liệu ứng dụng VNeID của tôi thế nào",
			"điện thoại của tôi đầy bộ nhớ, xóa dữ liệu sao", "tôi lỡ xóa tin nhắn zalo của tôi",
			"dữ liệu của tôi có an toàn không", "cai vneid o dau", "xóa ảnh trên máy của tôi",
			"hủy thẻ ngân hàng của tôi", "" })
	void leavesOtherQuestionsToTheLibrary(String text) {
		assertThat(DataRequests.plan(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0} characters")
	@ValueSource(ints = { 301, 100_000 })
	void aLongMessageIsNotReadAsARequest(int length) {
		String text = "xóa dữ liệu của tôi " + "a ".repeat(length / 2);
		assertThat(DataRequests.plan(text)).isEmpty();
	}

}
