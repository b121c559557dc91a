package vn.hocvuso.helpdesk.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.classes.ClassFigures;
import vn.hocvuso.helpdesk.indicators.IndicatorReport;

/**
 * The periodic report as an Excel workbook (Apache POI): the headline indicators, then
 * one sheet per breakdown (residential groups with their targets, topics, ambassadors,
 * days, channels), and the "Bình dân học vụ số" classes of the period's first month, with
 * Vietnamese headings. Building it is CPU work: call it off the event loop.
 */
final class PeriodicReportWorkbook {

	/** The sheet of the classes. */
	static final String CLASSES = "Lớp học vụ số";

	private final IndicatorReport report;

	private final String ward;

	private final ClassFigures classes;

	private final Map<String, String> groupNames;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle bold;

	/**
	 * The workbook of a report.
	 * @param report the period's indicators
	 * @param ward who reports
	 * @param classes the classes of the period's first month
	 * @param groupNames the ward's residential groups by code
	 */
	PeriodicReportWorkbook(IndicatorReport report, String ward, ClassFigures classes, Map<String, String> groupNames) {
		this.report = report;
		this.ward = ward;
		this.classes = classes;
		this.groupNames = Map.copyOf(groupNames);
		Font font = this.workbook.createFont();
		font.setBold(true);
		this.bold = this.workbook.createCellStyle();
		this.bold.setFont(font);
	}

	byte[] toBytes() {
		summary();
		table("Theo tổ dân phố",
				List.of("Mã tổ", "Tổ dân phố", "Yêu cầu", "Người dân được hỗ trợ", "Người dân mới", "Bot tự trả lời",
						"Chuyển người hỗ trợ", "Chỉ tiêu tháng", "Hoàn thành (%)"),
				this.report.groups()
					.stream()
					.map((g) -> List.<@Nullable Object>of(g.group(), g.name(), g.cases(), g.residents(),
							g.newResidents(), g.contained(), g.escalated(), orBlank(g.target()),
							orBlank(g.completionPercent())))
					.toList());
		table("Theo chủ đề",
				List.of("Mã chủ đề", "Chủ đề", "Yêu cầu", "Bot tự trả lời", "Chuyển người hỗ trợ", "Kỳ trước"),
				this.report.topics()
					.stream()
					.map((t) -> List.<@Nullable Object>of(t.topic(), t.title(), t.cases(), t.contained(), t.escalated(),
							t.previousCases()))
					.toList());
		table("Theo đại sứ số",
				List.of("Tài khoản", "Đại sứ số", "Phiếu đã nhận", "Phiếu đã trả lời", "Phiếu đã xong",
						"Nhận phiếu sau, trung vị (giây)", "Trả lời lần đầu sau, trung vị (giây)",
						"Xong phiếu sau, trung vị (giây)", "Đánh giá hữu ích (%)"),
				this.report.ambassadors()
					.stream()
					.map((a) -> List.<@Nullable Object>of(a.username(), a.name(), a.tickets().claimed(),
							a.tickets().answered(), a.tickets().resolved(), seconds(a.tickets().claimMedianSeconds()),
							seconds(a.tickets().humanMedianSeconds()), seconds(a.tickets().resolveMedianSeconds()),
							orBlank(a.tickets().helpfulPercent())))
					.toList());
		table("Theo ngày", List.of("Ngày", "Yêu cầu", "Bot tự trả lời", "Hỏi lại", "Chuyển người hỗ trợ"),
				this.report.days()
					.stream()
					.map((d) -> List.<@Nullable Object>of(d.day().toString(), d.cases(), d.contained(), d.clarified(),
							d.escalated()))
					.toList());
		table("Theo kênh", List.of("Kênh", "Yêu cầu", "Bot tự trả lời", "Chuyển người hỗ trợ"),
				this.report.channels()
					.stream()
					.map((c) -> List.<@Nullable Object>of(c.channel(), c.cases(), c.contained(), c.escalated()))
					.toList());
		classes();
		try (XSSFWorkbook done = this.workbook; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			done.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing the periodic report failed", ex);
		}
	}

	private void summary() {
		IndicatorReport.Headline h = this.report.headline();
		table("Tổng hợp", List.of("Chỉ số", "Giá trị"), List.of(List.of("Đơn vị", this.ward),
				List.of("Kỳ báo cáo", this.report.label()), List.of("Từ ngày", this.report.from().toString()),
				List.of("Đến ngày", this.report.to().toString()), List.of("Số yêu cầu hỗ trợ", h.cases()),
				List.of("Số người dân được hỗ trợ", h.residents()),
				List.of("Số người dân lần đầu hỏi", h.newResidents()),
				List.of("Bot tự trả lời, không cần người", h.contained()),
				List.of("Tỉ lệ bot tự trả lời (%)", orBlank(h.containmentPercent())),
				List.of("Bot hỏi lại cho rõ", h.clarified()), List.of("Chuyển đại sứ số / cán bộ", h.escalated()),
				List.of("Trả lời không gửi được", h.undeliverable()),
				List.of("Lượt đánh giá của người dân", h.feedback()),
				List.of("Đánh giá hữu ích (%)", orBlank(h.helpfulPercent())),
				List.of("Bot trả lời lần đầu, trung vị (giây, tối đa)", seconds(h.botMedianSeconds())),
				List.of("Bot trả lời lần đầu, 90% trong vòng (giây)", seconds(h.botP90Seconds())),
				List.of("Phiếu chuyển đại sứ số", h.tickets().opened()),
				List.of("Phiếu quá hạn chưa ai nhận", h.tickets().pastSla()),
				List.of("Nhận phiếu, trung vị (giây, tối đa)", seconds(h.tickets().claimMedianSeconds())),
				List.of("Nhận phiếu, 90% trong vòng (giây)", seconds(h.tickets().claimP90Seconds())),
				List.of("Đại sứ số trả lời lần đầu, trung vị (giây)", seconds(h.tickets().humanMedianSeconds())),
				List.of("Đại sứ số trả lời lần đầu, 90% trong vòng (giây)", seconds(h.tickets().humanP90Seconds())),
				List.of("Xong phiếu, trung vị (giây)", seconds(h.tickets().resolveMedianSeconds())),
				List.of("Xong phiếu, 90% trong vòng (giây)", seconds(h.tickets().resolveP90Seconds()))));
	}

	/**
	 * The month's classes: the ward's totals, then one row per residential group; the
	 * classes for the whole ward have their own row.
	 */
	private void classes() {
		ClassFigures figures = this.classes;
		YearMonth month = YearMonth.parse(figures.month());
		List<List<?>> rows = new ArrayList<>();
		rows.add(List.of("", "Tổng cộng tháng " + month.getMonthValue() + "/" + month.getYear(),
				figures.classesPlanned(), figures.classesHeld(), figures.signUps(), figures.attendees()));
		figures.groups()
			.forEach((g) -> rows
				.add(List.of(g.group(), groupName(g.group()), "", g.classesHeld(), g.signUps(), g.attendees())));
		table(CLASSES, List.of("Mã tổ", "Tổ dân phố", "Lớp đã lên lịch", "Lớp đã học", "Lượt đăng ký", "Người dự lớp"),
				rows);
	}

	private String groupName(String code) {
		return switch (code) {
			case ClassFigures.WARD_WIDE -> "Cả phường";
			case ClassFigures.NO_GROUP -> "Chưa rõ tổ";
			default -> this.groupNames.getOrDefault(code, code);
		};
	}

	private void table(String name, List<String> headings, List<? extends List<?>> rows) {
		Sheet sheet = this.workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < headings.size(); i++) {
			header.createCell(i).setCellValue(headings.get(i));
			header.getCell(i).setCellStyle(this.bold);
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<?> values = rows.get(r);
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				if (value instanceof Number number) {
					row.createCell(i).setCellValue(number.doubleValue());
				}
				else {
					row.createCell(i).setCellValue(String.valueOf(value));
				}
			}
		}
		for (int i = 0; i < headings.size(); i++) {
			sheet.setColumnWidth(i, Math.max(12, headings.get(i).length() + 4) * 256);
		}
	}

	/** A response time; {@code -1} is the open last bucket, over a day. */
	private static Object seconds(@Nullable Long seconds) {
		return (seconds != null && seconds < 0) ? "hơn 1 ngày" : orBlank(seconds);
	}

	private static Object orBlank(@Nullable Object value) {
		return (value != null) ? value : "";
	}

}
