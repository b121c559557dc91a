package vn.hocvuso.helpdesk.escalation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hocvuso.helpdesk.nlu.DecisionPolicy;

/**
 * The bot's decision policy with the hand-off's thresholds: below them, a person takes
 * over. Kept with the other hand-off settings so there is one place to change them.
 */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

	@Bean
	DecisionPolicy decisionPolicy(EscalationProperties properties) {
		return new DecisionPolicy(new DecisionPolicy.Thresholds(properties.answerThreshold(), properties.answerMargin(),
				properties.clarifyThreshold()));
	}

}
