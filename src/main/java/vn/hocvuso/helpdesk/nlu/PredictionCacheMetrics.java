package vn.hocvuso.helpdesk.nlu;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import vn.hocvuso.helpdesk.metrics.MeterNames;

/**
 * The prediction cache's statistics under Micrometer's cache meter names, read from the
 * live model's cache: they start again from zero when a new model is swapped in, which
 * Prometheus treats as a counter reset.
 */
class PredictionCacheMetrics implements MeterBinder {

	static final String NAME = "predictions";

	private final TopicClassifier classifier;

	PredictionCacheMetrics(TopicClassifier classifier) {
		this.classifier = classifier;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("cache.gets", this.classifier, (c) -> c.cacheStats().hitCount())
			.tags(MeterNames.CACHE, NAME, "result", "hit")
			.description("Predictions served from the cache")
			.register(registry);
		FunctionCounter.builder("cache.gets", this.classifier, (c) -> c.cacheStats().missCount())
			.tags(MeterNames.CACHE, NAME, "result", "miss")
			.description("Predictions computed by the model")
			.register(registry);
		FunctionCounter.builder("cache.evictions", this.classifier, (c) -> c.cacheStats().evictionCount())
			.tags(MeterNames.CACHE, NAME)
			.register(registry);
		Gauge.builder("cache.size", this.classifier, TopicClassifier::cachedPredictions)
			.tags(MeterNames.CACHE, NAME)
			.register(registry);
	}

}
