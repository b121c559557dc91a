package vn.hocvuso.helpdesk.editor;

import java.util.Map;

/** The Vietnamese names of an article's fields, as the edit page shows them. */
final class FieldNames {

	private static final Map<String, String> NAMES = Map.of("title", "tiêu đề", "shortAnswer", "trả lời ngắn", "guide",
			"hướng dẫn chi tiết", "tags", "nhãn", "sources", "nguồn", "reviewed", "ngày rà soát", "urgency",
			"mức khẩn");

	private FieldNames() {
	}

	static String of(String field) {
		return NAMES.getOrDefault(field, field);
	}

}
