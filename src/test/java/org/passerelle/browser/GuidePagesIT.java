package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;

/**
 * The open guide pages in a real browser: plain HTML served by Spring MVC next to Vaadin, which still serves the kiosk;
 * no accessibility violation in either language; on paper, no navigation and every web link's address written out.
 */
class GuidePagesIT extends BrowserTest {

    @Test
    void a_guide_and_the_index_have_no_accessibility_violation_in_either_language_and_the_kiosk_still_opens() {
        for (String path : new String[] {"/guides/passport-renewal", "/fr/guides/passport-renewal", "/guides",
                "/fr/guides"}) {
            browser().driver().get(baseUrl() + path);
            assertThat(browser().driver().getTitle()).as(path).contains("Passerelle");
            assertAccessible("open guide page " + path);
        }
        open("/");
        assertThat(browser().driver().getCurrentUrl()).startsWith(baseUrl());
    }

    @Test
    void a_guide_prints_without_its_navigation_and_with_the_address_of_each_web_link() {
        ChromeDriver chrome = (ChromeDriver) browser().driver();
        chrome.get(baseUrl() + "/fr/guides/passport-renewal");
        JavascriptExecutor page = chrome;
        assertThat(page.executeScript("return getComputedStyle(document.querySelector('.site-header')).display"))
                .isEqualTo("flex");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(page.executeScript("return getComputedStyle(document.querySelector('.site-header')).display"))
                    .isEqualTo("none");
            assertThat(page.executeScript("return getComputedStyle(document.querySelector('.site-footer')).display"))
                    .isEqualTo("none");
            assertThat((String) page.executeScript(
                    "return getComputedStyle(document.querySelector('a.official-link'), '::after').content"))
                    .contains("https://www.canada.ca/");
            screenshot("guide-page-printed");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        byte[] pdf = Base64.getDecoder().decode(chrome.print(new PrintOptions()).getContent());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(10_000);
    }
}
