package vn.hocvuso.helpdesk.nlu;

import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.text.NormalizedText;

/**
 * The live topic model and a bounded cache of its predictions. Swapping the model clears
 * the cache; a prediction always comes from one model, never a mix.
 */
public class TopicClassifier {

	private final AtomicReference<Snapshot> snapshot;

	private final long cacheSize;

	public TopicClassifier(TopicModel model, long cacheSize) {
		this.cacheSize = cacheSize;
		this.snapshot = new AtomicReference<>(new Snapshot(model, newCache()));
	}

	public Prediction classify(NormalizedText text) {
		Snapshot current = this.snapshot.get();
		return current.cache().get(text, current.model()::predict);
	}

	/** Replaces the model in one step; requests already running finish on the old one. */
	public void swap(TopicModel model) {
		this.snapshot.set(new Snapshot(model, newCache()));
	}

	/** The prediction cache's statistics since the current model was swapped in. */
	public CacheStats cacheStats() {
		return this.snapshot.get().cache().stats();
	}

	public long cachedPredictions() {
		return this.snapshot.get().cache().estimatedSize();
	}

	public long modelVersion() {
		return this.snapshot.get().model().version();
	}

	private Cache<NormalizedText, Prediction> newCache() {
		return Caffeine.newBuilder().maximumSize(this.cacheSize).recordStats().build();
	}

	private record Snapshot(TopicModel model, Cache<NormalizedText, Prediction> cache) {
	}

}
