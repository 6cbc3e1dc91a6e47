package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The open data page in a real browser, in both languages: no accessibility violation, and on a phone-sized screen
 * (or at 200 % zoom) the page, its form and its data dictionary's table never widen the page.
 */
class OpenDataIT extends BrowserTest {

    private static final Viewport PHONE = new Viewport("phone", 360, 640);

    @Test
    void the_open_data_page_has_no_accessibility_violation_in_either_language_and_fits_a_phone() {
        for (String path : new String[] {"/open-data", "/fr/open-data"}) {
            browser().driver().get(baseUrl() + path);
            assertThat(browser().driver().findElement(org.openqa.selenium.By.tagName("h1")).getText()).as(path)
                    .isNotBlank();
            assertAccessible("open data page " + path);
        }
        Browser phone = newBrowser(PHONE);
        phone.driver().get(baseUrl() + "/fr/open-data");
        Object sideways = ((JavascriptExecutor) phone.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(sideways).as("nothing scrolls the page sideways on a phone").isEqualTo(false);
        phone.screenshot("open-data-phone-fr");
    }
}
