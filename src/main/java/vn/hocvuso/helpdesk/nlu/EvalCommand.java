package vn.hocvuso.helpdesk.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import vn.hocvuso.helpdesk.knowledge.SystemIntents;

/**
 * The {@code eval} batch command: classifies one question per JSON line and writes one
 * prediction per line, in the same order; a line that cannot be read or classified is
 * named on stderr and answered with an {@code error} field, so output lines stay aligned
 * with input lines. When the input lines carry the expected {@code topic}, a summary
 * (accuracy, wrong answers, confusions) goes to stderr.
 */
public class EvalCommand {

	private final UnderstandingService understanding;

	private final JsonMapper json = JsonMapper.builder().build();

	public EvalCommand(UnderstandingService understanding) {
		this.understanding = understanding;
	}

	public EvalSummary run(BufferedReader input, Writer output, PrintStream errors) throws IOException {
		EvalSummary summary = new EvalSummary();
		String line;
		int number = 0;
		while ((line = input.readLine()) != null) {
			number++;
			JsonNode question = parse(line);
			if (!question.path("text").isString()) {
				String problem = line.isBlank() ? "empty line"
						: question.isMissingNode() ? "not valid JSON" : "no \"text\" string";
				errors.println("line " + number + ": " + problem + "; written as an escalation with an error");
				writeUnreadable(output, problem);
				continue;
			}
			String text = question.path("text").asString();
			Understanding understood;
			try {
				understood = this.understanding.understand(text);
			}
			catch (RuntimeException | StackOverflowError ex) {
				errors.println("line " + number + ": cannot be classified (" + ex
						+ "); written as an escalation with an" + " error");
				writeUnreadable(output, "cannot be classified");
				continue;
			}
			String topic = publicTopic(understood);
			Map<String, Object> prediction = new LinkedHashMap<>();
			prediction.put("text", text);
			prediction.put("topic", topic);
			prediction.put("confidence", Math.round(understood.confidence() * 10000) / 10000.0);
			prediction.put("action", understood.decision().kind());
			output.write(this.json.writeValueAsString(prediction));
			output.write('\n');
			if (question.has("topic")) {
				JsonNode expected = question.get("topic");
				summary.add(expected.isNull() ? null : expected.asString(), topic, understood.decision());
			}
		}
		output.flush();
		if (summary.total() > 0) {
			summary.print(errors);
		}
		return summary;
	}

	private JsonNode parse(String line) {
		try {
			JsonNode node = this.json.readTree(line);
			return (node != null) ? node : MissingNode.getInstance();
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	/** Keeps the output aligned with the input: an unreadable line still gets a line. */
	private void writeUnreadable(Writer output, String problem) throws IOException {
		Map<String, Object> prediction = new LinkedHashMap<>();
		prediction.put("text", null);
		prediction.put("topic", null);
		prediction.put("confidence", 0.0);
		prediction.put("action", "escalate");
		prediction.put("error", problem);
		output.write(this.json.writeValueAsString(prediction));
		output.write('\n');
	}

	/** Out-of-scope is reported as no topic, as the contract says. */
	private static String publicTopic(Understanding understood) {
		String top = understood.topTopic();
		return top.equals(SystemIntents.OUT_OF_SCOPE) ? null : top;
	}

	/** Counts for a labelled batch. */
	public static final class EvalSummary {

		private int inScope, inScopeRight, inScopeWrong, outOfScope, outOfScopeAnswered;

		private final Map<String, Integer> confusions = new TreeMap<>();

		void add(String expected, String predicted, Decision decision) {
			boolean answered = decision instanceof Decision.Answer;
			if (expected == null) {
				this.outOfScope++;
				if (answered) {
					this.outOfScopeAnswered++;
					this.confusions.merge("(none) -> " + predicted, 1, Integer::sum);
				}
				return;
			}
			this.inScope++;
			boolean human = expected.equals(SystemIntents.HUMAN) && decision instanceof Decision.Escalate escalate
					&& escalate.reason() == Decision.Reason.ASKED_FOR_HUMAN;
			if ((answered && expected.equals(predicted)) || human) {
				this.inScopeRight++;
			}
			else if (answered) {
				this.inScopeWrong++;
				this.confusions.merge(expected + " -> " + predicted, 1, Integer::sum);
			}
		}

		public int total() {
			return this.inScope + this.outOfScope;
		}

		public double inScopeRightRate() {
			return rate(this.inScopeRight, this.inScope);
		}

		public double inScopeWrongRate() {
			return rate(this.inScopeWrong, this.inScope);
		}

		public double outOfScopeAnsweredRate() {
			return rate(this.outOfScopeAnswered, this.outOfScope);
		}

		void print(PrintStream out) {
			out.printf("in scope: %d, answered right %.1f%%, answered wrong %.1f%%, not answered %.1f%%%n",
					this.inScope, 100 * inScopeRightRate(), 100 * inScopeWrongRate(),
					100 * (1 - inScopeRightRate() - inScopeWrongRate()));
			out.printf("out of scope: %d, answered anyway %.1f%%%n", this.outOfScope, 100 * outOfScopeAnsweredRate());
			this.confusions.forEach((pair, count) -> out.printf("  wrong: %s x%d%n", pair, count));
		}

		private static double rate(int count, int of) {
			return (of == 0) ? 0 : (double) count / of;
		}

	}

}
