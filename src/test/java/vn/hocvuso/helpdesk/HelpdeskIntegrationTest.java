package vn.hocvuso.helpdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app on a random port against the embedded store's in-memory backend, reached
 * over TCP through the real driver. Test classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "helpdesk.store.embedded-backend=memory",
				"helpdesk.admin.initial-password=" + HelpdeskIntegrationTest.ADMIN_PASSWORD })
public @interface HelpdeskIntegrationTest {

	String ADMIN_PASSWORD = "test-admin-password";

}
