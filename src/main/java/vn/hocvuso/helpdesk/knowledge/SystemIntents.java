package vn.hocvuso.helpdesk.knowledge;

import java.util.Set;

/** Intents that are not quick-guide topics but that the bot must still recognise. */
public final class SystemIntents {

	public static final String GREETING = "system.greeting";

	public static final String THANKS = "system.thanks";

	/** The resident asks for a person: always handed to an ambassador. */
	public static final String HUMAN = "system.human";

	/** Questions that are not ours; the classifier learns them so that it can say so. */
	public static final String OUT_OF_SCOPE = "out-of-scope";

	public static final Set<String> ALL = Set.of(GREETING, THANKS, HUMAN, OUT_OF_SCOPE);

	private SystemIntents() {
	}

	public static boolean isSystem(String id) {
		return ALL.contains(id);
	}

}
