package org.passerelle.insights.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.passerelle.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Shared set-up of the insight screens' browserless tests: the application's usual test context (shared with the
 * kiosk's and the agent console's tests), the signed-in user of {@code @WithMockUser} seen by Vaadin's access
 * control, and English until a test says otherwise.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
abstract class EditorScreenTest extends SpringBrowserlessTest {

    /**
     * See ViewAccessTest: browserless reads Spring Security's global holder, which the last context to start (in a
     * full build, another test class's) owns. It must be this context's before the Vaadin environment is set up, in
     * the superclass's {@code @BeforeEach}, which takes the signed-in user from it: hence before all, not before each.
     */
    @BeforeAll
    static void useThisContextsSecurityContext(@Autowired SecurityContextHolderStrategy securityContextHolderStrategy) {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
    }

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }
}
