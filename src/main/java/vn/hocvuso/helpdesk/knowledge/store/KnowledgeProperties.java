package vn.hocvuso.helpdesk.knowledge.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the quick guides come from.
 *
 * @param seedLocation the folder of article files that seeds an empty store
 * @param topics the topic catalogue every library must cover
 * @param pollInterval how often each app instance checks the store for a newly published
 * version (change streams, where the store has them, are quicker)
 */
@ConfigurationProperties("helpdesk.knowledge")
public record KnowledgeProperties(@DefaultValue("classpath:knowledge-base/") String seedLocation,
		@DefaultValue("classpath:knowledge-base/topics.tsv") String topics, @DefaultValue("2s") Duration pollInterval) {
}
