package org.passerelle.security;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before every test of every Spring test class, makes Spring Security's global holder the one of the test's own
 * application context. Registered for the whole test JVM in {@code META-INF/spring.factories}, so no test class
 * sets it up (or forgets to, or does it too late).
 *
 * <p>Why: each Spring context with Vaadin's security has its own {@code VaadinAwareSecurityContextHolderStrategy}
 * (a thread-local of its own) and makes it the global holder when it starts. {@code @WithMockUser} signs its user in
 * to the test context's strategy bean, while the code under test reads the global holder: browserless (which takes
 * the signed-in user when a superclass's {@code @BeforeEach} builds the Vaadin environment),
 * {@code UserService.requireAdmin} in services, method security. Once a second context has started in the JVM
 * (another test class ran first) the two differ, and the test sees nobody signed in. A {@code @BeforeEach} in the
 * test class runs after the superclass's and is too late for browserless; a JUnit extension or a launcher listener
 * would not know the test's context (and one set-up per JVM cannot help: every context start replaces the holder).
 * This listener runs from the Spring extension's before-each callback, ahead of every {@code @BeforeEach} method,
 * and ahead of {@code WithSecurityContextTestExecutionListener} (order 10000).
 */
public final class TestContextSecurityHolder extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 9_900;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        // As Spring Security's test support decides where @WithMockUser goes: the context's only strategy bean, if any.
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
