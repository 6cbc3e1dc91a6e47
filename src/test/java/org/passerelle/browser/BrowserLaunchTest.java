package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without Chromium the browser tests fail and say what to install; they never skip quietly. */
class BrowserLaunchTest {

    @AfterEach
    void forgetTheMissingBrowser() {
        System.clearProperty("passerelle.chromium");
    }

    @Test
    void a_missing_chromium_fails_with_the_debian_packages_to_install() {
        System.setProperty("passerelle.chromium", "/nowhere/chromium");

        assertThatThrownBy(() -> Browser.launch("http://localhost:1", Viewport.PORTRAIT_KIOSK))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Chromium not found: /nowhere/chromium is not an executable file. The real-browser tests (*IT) "
                        + "need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    }
}
