package vn.hocvuso.helpdesk.cases;

/**
 * How a topic fared over a period.
 *
 * @param asked cases whose question was classified as the topic
 * @param answered of those, answered by the bot
 * @param helpful feedback "helpful" on those cases
 * @param notHelpful feedback "not helpful" on those cases
 */
public record TopicActivity(String topic, long asked, long answered, long helpful, long notHelpful) {
}
