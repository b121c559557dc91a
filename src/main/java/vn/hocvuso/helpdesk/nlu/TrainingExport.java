package vn.hocvuso.helpdesk.nlu;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;

/**
 * The {@code export-training} batch command: every example question the classifier is
 * trained on, one {@code {"text", "topic"}} JSON line each; out-of-scope examples have
 * topic {@code null}, as in the eval contract.
 */
public class TrainingExport {

	private final KnowledgeBase knowledgeBase;

	private final JsonMapper json = JsonMapper.builder().build();

	public TrainingExport(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	public int run(Writer output) throws IOException {
		int count = 0;
		for (Article article : this.knowledgeBase.current().articles().values()) {
			String topic = article.id().equals(SystemIntents.OUT_OF_SCOPE) ? null : article.id();
			for (String example : article.examples()) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("text", example);
				line.put("topic", topic);
				output.write(this.json.writeValueAsString(line));
				output.write('\n');
				count++;
			}
		}
		output.flush();
		return count;
	}

}
