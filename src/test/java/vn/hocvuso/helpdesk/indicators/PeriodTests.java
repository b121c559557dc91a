package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTests {

	@ParameterizedTest(name = "{0} containing {1} is {2}: {3} to {4}")
	@CsvSource(delimiter = '|', textBlock = """
			DAY     | 2026-11-22 | D2026-11-22 | 2026-11-22 | 2026-11-23 | Ngày 22/11/2026
			WEEK    | 2026-11-22 | W2026-47    | 2026-11-16 | 2026-11-23 | Tuần 47 (từ 16/11)
			WEEK    | 2027-01-01 | W2026-53    | 2026-12-28 | 2027-01-04 | Tuần 53 (từ 28/12)
			MONTH   | 2024-02-29 | M2024-2     | 2024-02-01 | 2024-03-01 | Tháng 2/2024
			QUARTER | 2026-11-22 | Q2026-4     | 2026-10-01 | 2027-01-01 | Quý 4/2026
			QUARTER | 2026-03-31 | Q2026-1     | 2026-01-01 | 2026-04-01 | Quý 1/2026
			""")
	void periodsHaveStableKeysCalendarBoundsAndVietnameseLabels(Period.Kind kind, LocalDate date, String key,
			LocalDate start, LocalDate end, String label) {
		Period period = Period.containing(kind, date);
		assertThat(period.key()).isEqualTo(key);
		assertThat(period.start()).isEqualTo(start);
		assertThat(period.end()).isEqualTo(end);
		assertThat(period.label()).isEqualTo(label);
		assertThat(period.days()).hasSize((int) (end.toEpochDay() - start.toEpochDay()));
		assertThat(period.previous().end()).isEqualTo(start);
	}

	@ParameterizedTest(name = "{0} of counts {1} is within {2} s")
	@CsvSource(delimiter = '|', textBlock = """
			0.5 | 2,1,1,0,0,0,0,0,0,0,0,0 | 1
			0.9 | 2,1,1,0,0,0,0,0,0,0,0,0 | 5
			0.9 | 0,0,0,0,0,0,0,0,0,0,0,3 | -1
			0.5 | 0,0,0,0,0,0,0,0,1,0,0,0 | 3600
			""")
	void percentilesAreTheUpperBoundOfTheirBucket(double quantile, String counts, long seconds) {
		long[] buckets = Arrays.stream(counts.split(",")).mapToLong(Long::parseLong).toArray();
		assertThat(ResponseTimes.quantile(buckets, quantile)).isEqualTo(seconds);
	}

}
