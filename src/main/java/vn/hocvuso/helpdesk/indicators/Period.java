package vn.hocvuso.helpdesk.indicators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar day, ISO week (Monday to Sunday), month or quarter in the ward's time zone.
 *
 * @param start the first day
 */
public record Period(Kind kind, LocalDate start) {

	public Period {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(start, "start");
		if (!kind.startOf(start).equals(start)) {
			throw new IllegalArgumentException(kind + " cannot start on " + start);
		}
	}

	/** The period of this kind that contains the date. */
	public static Period containing(Kind kind, LocalDate date) {
		return new Period(kind, kind.startOf(date));
	}

	/** The day after the last day. */
	public LocalDate end() {
		return switch (this.kind) {
			case DAY -> this.start.plusDays(1);
			case WEEK -> this.start.plusWeeks(1);
			case MONTH -> this.start.plusMonths(1);
			case QUARTER -> this.start.plusMonths(3);
		};
	}

	public Period previous() {
		return containing(this.kind, this.start.minusDays(1));
	}

	public List<LocalDate> days() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = this.start; day.isBefore(end()); day = day.plusDays(1)) {
			days.add(day);
		}
		return days;
	}

	/**
	 * A stable key: {@code D2026-11-22}, {@code W2026-47}, {@code M2026-11},
	 * {@code Q2026-4}.
	 */
	public String key() {
		return switch (this.kind) {
			case DAY -> "D" + this.start;
			case WEEK -> "W" + this.start.get(IsoFields.WEEK_BASED_YEAR) + "-"
					+ this.start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
			case MONTH -> "M" + this.start.getYear() + "-" + this.start.getMonthValue();
			case QUARTER -> "Q" + this.start.getYear() + "-" + this.start.get(IsoFields.QUARTER_OF_YEAR);
		};
	}

	/** In Vietnamese, for pages and reports: "Tháng 11/2026". */
	public String label() {
		return switch (this.kind) {
			case DAY ->
				"Ngày " + this.start.getDayOfMonth() + "/" + this.start.getMonthValue() + "/" + this.start.getYear();
			case WEEK -> "Tuần " + this.start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " (từ "
					+ this.start.getDayOfMonth() + "/" + this.start.getMonthValue() + ")";
			case MONTH -> "Tháng " + this.start.getMonthValue() + "/" + this.start.getYear();
			case QUARTER -> "Quý " + this.start.get(IsoFields.QUARTER_OF_YEAR) + "/" + this.start.getYear();
		};
	}

	/** The kinds of period, with their names in the API. */
	public enum Kind {

		DAY, WEEK, MONTH, QUARTER;

		LocalDate startOf(LocalDate date) {
			return switch (this) {
				case DAY -> date;
				case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				case MONTH -> date.withDayOfMonth(1);
				case QUARTER -> date.withDayOfMonth(1).withMonth((date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
			};
		}

		public static Kind parse(String name) {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}

	}

}
