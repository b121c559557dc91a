package vn.hocvuso.helpdesk.classes;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When and where a class is, in the words a resident would use: "tối thứ Tư 10/12, 19 giờ
 * 30, nhà văn hóa tổ 5", in Vietnam time.
 */
public final class ClassTimes {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private ClassTimes() {
	}

	/** The start of a class and its place. */
	public static String whenAndWhere(WardClass wardClass) {
		return when(wardClass) + ", " + wardClass.place();
	}

	/** The start of a class: part of the day, weekday, date and time. */
	public static String when(WardClass wardClass) {
		ZonedDateTime start = wardClass.startsAt().atZone(VIETNAM);
		String time = start.getHour() + " giờ" + ((start.getMinute() == 0) ? "" : " " + pad(start.getMinute()));
		return partOfDay(start.getHour()) + " " + weekday(start.getDayOfWeek()) + " " + start.getDayOfMonth() + "/"
				+ start.getMonthValue() + ", " + time;
	}

	static String partOfDay(int hour) {
		if (hour < 11) {
			return "sáng";
		}
		if (hour < 13) {
			return "trưa";
		}
		return (hour < 18) ? "chiều" : "tối";
	}

	static String weekday(DayOfWeek day) {
		return switch (day) {
			case MONDAY -> "thứ Hai";
			case TUESDAY -> "thứ Ba";
			case WEDNESDAY -> "thứ Tư";
			case THURSDAY -> "thứ Năm";
			case FRIDAY -> "thứ Sáu";
			case SATURDAY -> "thứ Bảy";
			case SUNDAY -> "Chủ nhật";
		};
	}

	private static String pad(int minute) {
		return (minute < 10) ? "0" + minute : String.valueOf(minute);
	}

}
