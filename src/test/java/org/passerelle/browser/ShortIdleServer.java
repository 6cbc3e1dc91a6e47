package org.passerelle.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.test.context.TestPropertySource;

/**
 * A second server for the browser tests that wait on the kiosk's idle timers: a two-second idle time (the warning keeps
 * its twenty-second minimum, as WCAG 2.2.1 asks) and fifteen seconds while the person is helped by staff, on a database
 * of its own. Its classes share it (one Spring context), one class at a time, and run beside the tests on the main
 * server: most of their time is spent waiting for those timers, and nothing but the CPU is shared.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {"passerelle.kiosk.idle-timeout=2s", "passerelle.kiosk.idle-warning=20s",
        "passerelle.kiosk.idle-timeout-in-help=15s", "spring.datasource.url=jdbc:h2:mem:short-idle-server;DB_CLOSE_DELAY=-1"})
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("short-idle-server")
@interface ShortIdleServer {
}
