package vn.hocvuso.helpdesk.reports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.cases.CaseIds;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export and the periodic report through the real HTTP stack. Each test uses days
 * no other test writes cases on.
 */
@HelpdeskIntegrationTest
class ReportsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseStore cases;

	HelpdeskClient client;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
	}

	@Test
	void csvQuotesVietnameseTextWithCommasQuotesAndLineBreaks() {
		SupportCase tricky = open(Instant.parse("2024-06-10T03:00:00Z"), "TDP05",
				"Bác hỏi: \"VNeID\" cài ở đâu, con ơi?\nDòng hai");
		SupportCase formula = open(Instant.parse("2024-06-10T04:00:00Z"), null, "=HYPERLINK(\"x\")");
		String csv = csv("from=2024-06-10&to=2024-06-10");
		assertThat(csv).startsWith("\uFEFFid,received_at,replied_at,channel,group,topic,decision,status,")
			.contains(tricky.id() + ",2024-06-10T10:00:00+07:00,2024-06-10T10:00:01.5+07:00,zalo,TDP05,"
					+ "vneid.install,answer,ANSWERED,,,1.500,,,helpful,,"
					+ "\"Bác hỏi: \"\"VNeID\"\" cài ở đâu, con ơi?\nDòng hai\"\r\n")
			.contains(formula.id() + ",2024-06-10T11:00:00+07:00,")
			.contains(",\"'=HYPERLINK(\"\"x\"\")\"\r\n");
		assertThat(csv.split("\r\n")).hasSize(3);
	}

	@Test
	void csvTakesWholeDaysInHanoiTime() {
		SupportCase lastSecond = open(Instant.parse("2024-07-10T16:59:59Z"), null, "cuối ngày");
		SupportCase nextDay = open(Instant.parse("2024-07-10T17:00:00Z"), null, "sang ngày mới");
		String tenth = csv("from=2024-07-10&to=2024-07-10");
		assertThat(tenth).contains(lastSecond.id()).doesNotContain(nextDay.id());
		assertThat(csv("from=2024-07-11&to=2024-07-11")).contains(nextDay.id()).doesNotContain(lastSecond.id());
	}

	@Test
	void csvKeepsCasesStoredBeforeIdsCarriedTheTimeReceived() {
		Instant at = Instant.parse("2024-08-10T16:30:00Z");
		SupportCase processedHoursLater = open(new ObjectId(Date.from(at.plus(Duration.ofHours(20)))).toHexString(), at,
				null, "sau sự cố");
		assertThat(csv("from=2024-08-10&to=2024-08-10")).contains(processedHoursLater.id());
		assertThat(csv("from=2024-08-11&to=2024-08-11")).doesNotContain(processedHoursLater.id());
	}

	@Test
	void refusesAReversedOrTooLongRange() {
		for (String range : List.of("from=2024-07-11&to=2024-07-10", "from=2020-01-01&to=2024-01-01",
				"from=10/07/2024")) {
			this.client.staffGet("/api/v1/reports/cases.csv?" + range)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void periodicReportIsAWorkbookWithTheMonthsIndicators() throws Exception {
		open(Instant.parse("2023-02-03T03:00:00Z"), "TDP07", "hỏi một");
		open(Instant.parse("2023-02-20T03:00:00Z"), "TDP07", "hỏi hai");
		byte[] xlsx = this.client.staffGet("/api/v1/reports/periodic.xlsx?period=month&date=2023-02-01")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(ReportsController.XLSX)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
			Sheet summary = workbook.getSheet("Tổng hợp");
			assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tháng 2/2023");
			assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Số yêu cầu hỗ trợ");
			assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(2);
			Sheet groups = workbook.getSheet("Theo tổ dân phố");
			assertThat(groups.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Người dân được hỗ trợ");
			Row tdp07 = IntStream.rangeClosed(1, groups.getLastRowNum())
				.mapToObj(groups::getRow)
				.filter((row) -> row.getCell(0).getStringCellValue().equals("TDP07"))
				.findFirst()
				.orElseThrow();
			assertThat(tdp07.getCell(2).getNumericCellValue()).isEqualTo(2);
			assertThat(tdp07.getCell(3).getNumericCellValue()).isEqualTo(2);
			assertThat(workbook.getSheet("Theo ngày").getLastRowNum()).isEqualTo(28);
		}
	}

	@Test
	void periodicReportHasASheetWithTheMonthsClassesForTheWardAndEachGroup() throws Exception {
		WardFixture ward = new WardFixture(this.client);
		String group = ward.group();
		OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(3).truncatedTo(ChronoUnit.MINUTES);
		Map<String, Object> form = Map.of("title", "Nhận diện cuộc gọi lừa đảo", "topics", List.of("vneid.install"),
				"groupCodes", List.of(group), "place", "Nhà văn hóa tổ", "startsAt", starts.toString(), "endsAt",
				starts.plusHours(2).toString(), "capacity", 20);
		String id = (String) ward.as("admin", HttpMethod.POST, "/api/v1/classes")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id");
		ward.as("admin", HttpMethod.POST, "/api/v1/classes/" + id + "/attendees")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Bà Nguyễn Thị Lành", "phone", "0912345678"))
			.exchange()
			.expectStatus()
			.isCreated();

		byte[] xlsx = this.client.staffGet("/api/v1/reports/periodic.xlsx?period=month&date=" + starts.toLocalDate())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet classes = workbook.getSheet("Lớp học vụ số");
			assertThat(classes).as("the sheet of classes").isNotNull();
			assertThat(classes.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Lớp đã học");
			assertThat(classes.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Người dự lớp");
			Row total = classes.getRow(1);
			assertThat(total.getCell(1).getStringCellValue())
				.isEqualTo("Tổng cộng tháng " + starts.getMonthValue() + "/" + starts.getYear());
			assertThat(total.getCell(3).getNumericCellValue()).isGreaterThanOrEqualTo(1);
			assertThat(total.getCell(5).getNumericCellValue()).isGreaterThanOrEqualTo(1);
			Row ours = IntStream.rangeClosed(2, classes.getLastRowNum())
				.mapToObj(classes::getRow)
				.filter((row) -> row.getCell(0).getStringCellValue().equals(group))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + group));
			assertThat(ours.getCell(1).getStringCellValue()).isEqualTo("Tổ thử " + group);
			assertThat(ours.getCell(3).getNumericCellValue()).as("classes held").isEqualTo(1);
			assertThat(ours.getCell(4).getNumericCellValue()).as("sign-ups").isEqualTo(0);
			assertThat(ours.getCell(5).getNumericCellValue()).as("attendees").isEqualTo(1);
		}
	}

	private String csv(String range) {
		byte[] body = this.client.staffGet("/api/v1/reports/cases.csv?" + range)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(ReportsController.CSV)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	private SupportCase open(Instant at, String group, String text) {
		return open(CaseIds.newId(at), at, group, text);
	}

	private SupportCase open(String id, Instant at, String group, String text) {
		SupportCase supportCase = new SupportCase(id, ChannelType.ZALO, "r-" + id, "m-" + id, text, text,
				"vneid.install", 0.9, "answer", null, "Trả lời", CaseStatus.ANSWERED, false, List.of(), at,
				at.plusMillis(1500), null, group, "helpful");
		return this.cases.open(supportCase).block(Duration.ofSeconds(10)).supportCase();
	}

}
