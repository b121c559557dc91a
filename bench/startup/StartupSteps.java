import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts the app with Spring's start-up recorder, prints the time until it is ready and
 * the longest steps (each includes the steps inside it), then stops. Run by
 * bench/startup-steps.sh with the extracted jar on the class path.
 */
public class StartupSteps {

	public static void main(String[] args) {
		long started = System.nanoTime();
		SpringApplication application = new SpringApplication(vn.hocvuso.helpdesk.HelpdeskApplication.class);
		BufferingApplicationStartup recorder = new BufferingApplicationStartup(20_000);
		application.setApplicationStartup(recorder);
		try (var context = application.run(args)) {
			System.out.printf("ready after %d ms%n", (System.nanoTime() - started) / 1_000_000);
			List<TimelineEvent> steps = new ArrayList<>(recorder.getBufferedTimeline().getEvents());
			steps.sort(Comparator.comparing(TimelineEvent::getDuration).reversed());
			for (TimelineEvent step : steps.subList(0, Math.min(25, steps.size()))) {
				String bean = "";
				for (StartupStep.Tag tag : step.getStartupStep().getTags()) {
					if (tag.getKey().equals("beanName")) {
						bean = tag.getValue();
					}
				}
				System.out.printf("%6d ms  %s %s%n", step.getDuration().toMillis(), step.getStartupStep().getName(), bean);
			}
		}
		System.exit(0);
	}

}
