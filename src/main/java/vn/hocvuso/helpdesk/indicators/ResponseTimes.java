package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The buckets that times to first response are counted in, so a median or 90th percentile
 * over any period comes from summed counters instead of every case. A percentile is
 * reported as the upper bound of its bucket ("within 2 seconds").
 */
final class ResponseTimes {

	/** Upper bounds in seconds; the last bucket holds everything slower. */
	static final List<Long> BOUNDS = List.of(1L, 2L, 5L, 10L, 30L, 60L, 300L, 900L, 3_600L, 14_400L, 86_400L);

	static final List<String> LABELS = List.of("≤ 1 giây", "≤ 2 giây", "≤ 5 giây", "≤ 10 giây", "≤ 30 giây", "≤ 1 phút",
			"≤ 5 phút", "≤ 15 phút", "≤ 1 giờ", "≤ 4 giờ", "≤ 1 ngày", "> 1 ngày");

	static final int BUCKETS = BOUNDS.size() + 1;

	private ResponseTimes() {
	}

	static int bucketOf(Duration time) {
		long millis = Math.max(0, time.toMillis());
		for (int i = 0; i < BOUNDS.size(); i++) {
			if (millis <= BOUNDS.get(i) * 1000) {
				return i;
			}
		}
		return BOUNDS.size();
	}

	/**
	 * The upper bound in seconds of the bucket holding the quantile, {@code null} when
	 * nothing was counted, {@code -1} when it lies in the open last bucket.
	 */
	static @Nullable Long quantile(long[] counts, double quantile) {
		long total = 0;
		for (long count : counts) {
			total += count;
		}
		if (total == 0) {
			return null;
		}
		long rank = (long) Math.ceil(quantile * total);
		long seen = 0;
		for (int i = 0; i < counts.length; i++) {
			seen += counts[i];
			if (seen >= rank) {
				return (i < BOUNDS.size()) ? BOUNDS.get(i) : -1L;
			}
		}
		return -1L;
	}

}
