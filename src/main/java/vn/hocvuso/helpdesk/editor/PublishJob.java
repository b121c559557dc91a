package vn.hocvuso.helpdesk.editor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A publish (or rollback) in progress or finished. Kept in the store, so every instance
 * shows the same progress.
 *
 * @param progress 0 to 100
 * @param error why it failed, in Vietnamese
 */
record PublishJob(String id, State state, Phase phase, int progress, int fromVersion, int toVersion, String startedBy,
		Instant startedAt, @Nullable Instant finishedAt, @Nullable String error) {

	static PublishJob started(String id, int fromVersion, String by, Instant at) {
		return new PublishJob(id, State.RUNNING, Phase.TRAINING, 0, fromVersion, fromVersion + 1, by, at, null, null);
	}

	PublishJob done(Instant at) {
		return new PublishJob(this.id, State.DONE, Phase.LIVE, 100, this.fromVersion, this.toVersion, this.startedBy,
				this.startedAt, at, null);
	}

	PublishJob failed(Instant at, String why) {
		return new PublishJob(this.id, State.FAILED, this.phase, this.progress, this.fromVersion, this.toVersion,
				this.startedBy, this.startedAt, at, why);
	}

	enum State {

		RUNNING, DONE, FAILED

	}

	/** Training the model, storing the version, then live on this instance. */
	enum Phase {

		TRAINING, STORING, LIVE

	}

}
