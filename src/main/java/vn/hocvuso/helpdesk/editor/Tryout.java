package vn.hocvuso.helpdesk.editor;

import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.nlu.DecisionPolicy;
import vn.hocvuso.helpdesk.nlu.LibraryModels;
import vn.hocvuso.helpdesk.nlu.LiveLibrary;
import vn.hocvuso.helpdesk.nlu.Understanding;
import vn.hocvuso.helpdesk.nlu.UnderstandingService;
import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;

/**
 * "Try a question": the live bot's understanding next to the draft library's. The draft
 * model is trained on first use after the drafts change (a second or two) and kept for
 * the next questions; the live bot is not touched.
 */
@Service
class Tryout {

	private final UnderstandingService understanding;

	private final LiveLibrary live;

	private final DraftLibraries libraries;

	private final LibraryModels models;

	private final DecisionPolicy policy;

	private final AsyncCache<String, TopicModel> draftModels = Caffeine.newBuilder().maximumSize(2).buildAsync();

	Tryout(UnderstandingService understanding, LiveLibrary live, DraftLibraries libraries, LibraryModels models,
			DecisionPolicy policy) {
		this.understanding = understanding;
		this.live = live;
		this.libraries = libraries;
		this.models = models;
		this.policy = policy;
	}

	Mono<TryResult> tryQuestion(String text) {
		Library liveLibrary = this.live.library();
		Understanding now = this.understanding.understand(text);
		TryResult.Side liveSide = TryResult.Side.of(liveLibrary.version(), false, now.prediction(), now.decision(),
				liveLibrary);
		return this.libraries.current().flatMap((draft) -> {
			if (draft.drafts().isEmpty()) {
				return Mono.just(new TryResult(text, now.normalized().text(), liveSide, liveSide));
			}
			Library candidate = draft.library();
			return draftModel(draft, candidate).map((model) -> {
				Prediction prediction = model.predict(now.normalized());
				TryResult.Side draftSide = TryResult.Side.of(candidate.version(), true, prediction,
						this.policy.decide(prediction, candidate), candidate);
				return new TryResult(text, now.normalized().text(), liveSide, draftSide);
			});
		});
	}

	private Mono<TopicModel> draftModel(DraftLibrary draft, Library candidate) {
		String key = draft.base().info().version() + ":"
				+ draft.drafts().stream().map((saved) -> saved.revision()).sorted().collect(Collectors.joining(","));
		return Mono.fromFuture(this.draftModels.get(key, (ignored, executor) -> this.models.train(candidate, (p) -> {
		}).toFuture()));
	}

}
