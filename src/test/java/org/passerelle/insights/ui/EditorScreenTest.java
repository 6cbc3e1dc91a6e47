package org.passerelle.insights.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.passerelle.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Shared set-up of the insight screens' browserless tests: the application's usual test context (shared with the
 * kiosk's and the agent console's tests), the signed-in user of {@code @WithMockUser} seen by Vaadin's access
 * control, and English until a test says otherwise.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
abstract class EditorScreenTest extends SpringBrowserlessTest {

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }
}
