package vn.hocvuso.helpdesk.nlu;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of understanding and of the decision policy.
 *
 * @param answerThreshold answer only when the top topic is at least this confident
 * @param answerMargin and at least this far ahead of the second topic
 * @param clarifyThreshold offer the top two as choices when together they reach this
 * @param algorithm OpenNLP training algorithm: MAXENT or NAIVEBAYES
 * @param cutoff features seen fewer times than this in training are ignored
 * @param iterations MAXENT training passes
 * @param features the features of a message, see
 * {@link vn.hocvuso.helpdesk.nlu.model.Features#parse}
 * @param cacheSize how many normalised texts keep their prediction in memory
 */
@ConfigurationProperties("helpdesk.nlu")
public record NluProperties(@DefaultValue("0.3") double answerThreshold, @DefaultValue("0.1") double answerMargin,
		@DefaultValue("0.6") double clarifyThreshold, @DefaultValue("MAXENT") String algorithm,
		@DefaultValue("1") int cutoff, @DefaultValue("200") int iterations,
		@DefaultValue("accented,bigrams,chars3") String features, @DefaultValue("10000") long cacheSize) {
}
