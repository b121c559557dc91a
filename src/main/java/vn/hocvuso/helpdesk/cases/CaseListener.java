package vn.hocvuso.helpdesk.cases;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Told about every stored change to a case, after the change is written: how features
 * such as the indicators keep their own counters without reading all cases. A listener's
 * failure does not undo the change; it must handle its own errors.
 */
public interface CaseListener {

	/**
	 * A case was opened ({@code before} is {@code null}) or changed.
	 */
	Mono<Void> changed(@Nullable SupportCase before, SupportCase after);

}
