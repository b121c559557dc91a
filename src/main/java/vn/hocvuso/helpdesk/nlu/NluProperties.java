package vn.hocvuso.helpdesk.nlu;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topic model is trained and its predictions cached. The thresholds where the bot
 * stops answering are the hand-off's ({@code helpdesk.escalation.*}).
 *
 * @param algorithm how the model is trained: SOFTMAX (the app's own trainer of OpenNLP's
 * maxent model, see ADR 2), or OpenNLP's own MAXENT or NAIVEBAYES
 * @param cutoff features seen fewer times than this in training are ignored
 * @param iterations training passes over the examples (SOFTMAX: 4 in each of its three
 * runs; OpenNLP's MAXENT needs about 200)
 * @param features the features of a message, see
 * {@link vn.hocvuso.helpdesk.nlu.model.Features#parse}
 * @param cacheSize how many normalised texts keep their prediction in memory
 */
@ConfigurationProperties("helpdesk.nlu")
public record NluProperties(@DefaultValue("SOFTMAX") String algorithm, @DefaultValue("1") int cutoff,
		@DefaultValue("4") int iterations, @DefaultValue("accented,bigrams,chars3") String features,
		@DefaultValue("10000") long cacheSize) {
}
