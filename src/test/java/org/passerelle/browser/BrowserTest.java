package org.passerelle.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of the real-browser tests ({@code *IT}, run by failsafe in {@code verify}): the whole
 * application on a random port, and Chromium windows on it.
 *
 * <p>Every subclass shares one Spring context (about 10 s to start), which Spring's test context cache keeps
 * only while the configuration is identical: do not add {@code @TestPropertySource}, {@code @MockitoBean},
 * {@code @ActiveProfiles} or other context configuration to a subclass, or it will start its own. The one
 * exception is {@link ShortIdleServer}, a second server with short idle times for the tests that wait on them.
 * The classes on the main server run one after another.
 *
 * <p>Each test gets fresh browsers (a new Vaadin session each): {@link #browser()} is the default one, a
 * portrait kiosk, launched on first use; {@link #newBrowser(Viewport)} opens more, e.g. a kiosk and an agent
 * console side by side. All are closed after each test; when a test fails, each one's screen is saved in
 * {@code target/screenshots/failures/} first.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        // Production has no dev tools. In dev mode Vaadin Copilot's overlay would be in the page and in its audit
        // (axe finds an unlabelled radio button in it).
        properties = "vaadin.devmode.devTools.enabled=false")
public abstract class BrowserTest {

    @LocalServerPort
    private int port;

    private final List<Browser> browsers = new ArrayList<>();
    private @Nullable Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        for (int i = 0; i < browsers.size(); i++) {
            try {
                Screenshots.saveFailure(browsers.get(i).driver(), test + (i == 0 ? "" : "-" + (i + 1)));
            } catch (RuntimeException e) {
                // The test's own failure is what matters; a browser that cannot take a picture should not hide it.
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    };

    /** The test's default browser: a portrait kiosk, launched the first time it is asked for. */
    protected Browser browser() {
        if (browser == null) {
            browser = newBrowser(Viewport.PORTRAIT_KIOSK);
        }
        return browser;
    }

    /** Another browser, with its own Vaadin session, closed with the others after the test. */
    protected Browser newBrowser(Viewport viewport) {
        Browser launched = Browser.launch("http://localhost:" + port, viewport);
        browsers.add(launched);
        return launched;
    }

    /** Another browser on another server ({@code baseUrl}), closed with the others after the test. */
    protected Browser newBrowserOn(String baseUrl, Viewport viewport) {
        Browser launched = Browser.launch(baseUrl, viewport);
        browsers.add(launched);
        return launched;
    }

    /** The server's address ({@code http://localhost:port}). */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens {@code path} in the default browser and waits until Vaadin has loaded and is idle. */
    protected Browser open(String path) {
        return browser().open(path);
    }

    /** Waits until the default browser's Vaadin client has no server round-trip under way. */
    protected Browser waitForVaadin() {
        return browser().waitForVaadin();
    }

    /** Sizes the default browser as a portrait kiosk, 1080×1920. */
    protected Browser portrait() {
        return browser().portrait();
    }

    /** Sizes the default browser as a landscape screen, 1920×1080. */
    protected Browser landscape() {
        return browser().landscape();
    }

    /** Saves the default browser's viewport as {@code target/screenshots/<name>.png} (see {@link Screenshots}). */
    protected Path screenshot(String name) {
        return browser().screenshot(name);
    }

    /** Runs axe-core on the default browser's page and fails with the list of violations if there is any. */
    protected AccessibilityAudit.Result assertAccessible(String screen) {
        return browser().assertAccessible(screen);
    }

    @AfterEach
    void closeBrowsers() {
        RuntimeException failure = null;
        for (Browser b : browsers.reversed()) {
            try {
                b.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        browsers.clear();
        browser = null;
        if (failure != null) {
            throw failure;
        }
    }
}
