package vn.hocvuso.helpdesk.classes;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.wards.Ward;

/**
 * A class as staff or an ambassador wrote it, checked: every field in range, the groups
 * and the teacher known in the ward. A field that is wrong is refused with a sentence
 * that says which and why.
 */
record ClassRequest(String title, List<String> topics, List<String> groupCodes, String place, Instant startsAt,
		Instant endsAt, int capacity, @Nullable String teacher) {

	static final int MAX_TITLE = 120, MAX_PLACE = 200, MAX_TOPICS = 10, MAX_CAPACITY = 500;

	static final Duration LONGEST = Duration.ofHours(12);

	/** The body of {@code POST} and {@code PUT /api/v1/classes}, as sent. */
	record Form(@Nullable String title, @Nullable List<String> topics, @Nullable List<String> groupCodes,
			@Nullable String place, @Nullable String startsAt, @Nullable String endsAt, @Nullable Integer capacity,
			@Nullable String teacher) {

		ClassRequest check(Ward ward) {
			String title = text(this.title, "title", "Tên lớp", MAX_TITLE);
			String place = text(this.place, "place", "Địa điểm", MAX_PLACE);
			Instant starts = time(this.startsAt, "startsAt");
			Instant ends = time(this.endsAt, "endsAt");
			if (!ends.isAfter(starts) || Duration.between(starts, ends).compareTo(LONGEST) > 0) {
				throw ClassProblem.badRequest("'endsAt' phải sau 'startsAt' và lớp dài không quá 12 giờ.");
			}
			if (this.capacity == null || this.capacity < 1 || this.capacity > MAX_CAPACITY) {
				throw ClassProblem.badRequest("'capacity' (số chỗ) phải từ 1 đến " + MAX_CAPACITY + ".");
			}
			List<String> topics = distinct(this.topics, "topics");
			if (topics.size() > MAX_TOPICS || topics.stream().anyMatch((topic) -> topic.length() > 60)) {
				throw ClassProblem
					.badRequest("'topics' có tối đa " + MAX_TOPICS + " chủ đề, mỗi chủ đề tối đa 60 ký tự.");
			}
			List<String> groups = distinct(this.groupCodes, "groupCodes");
			for (String group : groups) {
				if (ward.group(group).isEmpty()) {
					throw ClassProblem.badRequest("Phường không có tổ dân phố '" + group + "'.");
				}
			}
			String teacher = (this.teacher == null || this.teacher.isBlank()) ? null : this.teacher.strip();
			if (teacher != null && ward.ambassador(teacher).isEmpty()) {
				throw ClassProblem.badRequest("'teacher' phải là tên đăng nhập của một Đại sứ số của phường.");
			}
			return new ClassRequest(title, topics, groups, place, starts, ends, this.capacity, teacher);
		}

		private static String text(@Nullable String value, String field, String label, int max) {
			String stripped = (value == null) ? "" : value.strip();
			if (stripped.isEmpty() || stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
				throw ClassProblem
					.badRequest("'" + field + "' (" + label + ") cần có, tối đa " + max + " ký tự, trên một dòng.");
			}
			return stripped;
		}

		private static Instant time(@Nullable String value, String field) {
			try {
				return OffsetDateTime.parse((value == null) ? "" : value.strip()).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw ClassProblem.badRequest(
						"'" + field + "' phải là thời điểm ISO-8601 có múi giờ, ví dụ 2026-12-10T19:30:00+07:00.");
			}
		}

		private static List<String> distinct(@Nullable List<String> values, String field) {
			if (values == null) {
				return List.of();
			}
			List<String> kept = new ArrayList<>(new LinkedHashSet<>(values.stream()
				.map((value) -> (value == null) ? "" : value.strip())
				.filter((value) -> !value.isEmpty())
				.toList()));
			if (kept.size() != values.size()) {
				throw ClassProblem.badRequest("'" + field + "' có mục trống hoặc trùng.");
			}
			return kept;
		}

	}

}
