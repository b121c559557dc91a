package vn.hocvuso.helpdesk.knowledge.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the quick guides come from.
 *
 * @param seedLocation the folder of article files that seeds an empty store
 * @param topics the topic catalogue every library must cover
 */
@ConfigurationProperties("helpdesk.knowledge")
public record KnowledgeProperties(@DefaultValue("classpath:knowledge-base/") String seedLocation,
		@DefaultValue("classpath:knowledge-base/topics.tsv") String topics) {
}
