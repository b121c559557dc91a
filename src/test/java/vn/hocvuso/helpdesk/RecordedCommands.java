package vn.hocvuso.helpdesk;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

/**
 * The reads the app's code sends, as the driver puts them on the wire, so a test can ask
 * the server how it runs exactly those ({@link QueryPlans}).
 */
public final class RecordedCommands implements CommandListener {

	private static final Set<String> READS = Set.of("find", "findAndModify", "aggregate", "count");

	private final List<BsonDocument> commands = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (READS.contains(event.getCommandName())) {
			this.commands.add(event.getCommand().clone());
		}
	}

	/** The commands of one kind sent to one collection, oldest first. */
	public List<BsonDocument> sent(String commandName, String collection) {
		return this.commands.stream()
			.filter((command) -> command.getFirstKey().equals(commandName) && command.get(commandName).isString()
					&& command.getString(commandName).getValue().equals(collection))
			.toList();
	}

	public void clear() {
		this.commands.clear();
	}

}
