package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebInputException;

/**
 * Reads a period from request parameters ({@code period=month&date=2026-11-05}: the month
 * containing that date), refusing bad values with a plain Vietnamese explanation (400).
 */
public final class PeriodParameters {

	private PeriodParameters() {
	}

	public static Period parse(@Nullable String kind, @Nullable String date, LocalDate today) {
		Period.Kind parsedKind;
		try {
			parsedKind = (kind == null || kind.isBlank()) ? Period.Kind.MONTH : Period.Kind.parse(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new ServerWebInputException(
					"'period' phải là day (ngày), week (tuần), month (tháng) hoặc quarter (quý), không phải '" + kind
							+ "'.");
		}
		return Period.containing(parsedKind, date(date, "date", today));
	}

	/** A month written {@code YYYY-MM}, or the current one when absent. */
	public static Period month(@Nullable String value, LocalDate today) {
		if (value == null || value.isBlank()) {
			return Period.containing(Period.Kind.MONTH, today);
		}
		try {
			return Period.containing(Period.Kind.MONTH, YearMonth.parse(value.strip()).atDay(1));
		}
		catch (DateTimeParseException ex) {
			throw new ServerWebInputException(
					"'month' phải là một tháng dạng NĂM-THÁNG, ví dụ 2026-11, không phải '" + value + "'.");
		}
	}

	/** A date written {@code YYYY-MM-DD}, or {@code fallback} when absent. */
	public static LocalDate date(@Nullable String value, String name, LocalDate fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ServerWebInputException("'" + name
					+ "' phải là một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-05, không phải '" + value + "'.");
		}
	}

	/** A parameter's value without surrounding blanks, or {@code null} when blank. */
	public static @Nullable String optional(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A residential group code such as {@code TDP05}, or {@code null} when absent. */
	public static @Nullable String group(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String group = value.strip();
		if (!group.equals(CaseTally.NO_GROUP) && !IndicatorSettingsStore.GROUP_CODE.matcher(group).matches()) {
			throw new ServerWebInputException("Mã tổ dân phố '" + value
					+ "' không hợp lệ: chỉ gồm chữ không dấu, số, '-' hoặc '_', tối đa 32 ký tự.");
		}
		return group;
	}

}
