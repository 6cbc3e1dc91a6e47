package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The kiosk in a real browser: the page loads, a misspelt question finds its guide, and axe-core looks at it. */
class KioskSmokeIT extends BrowserTest {

    @Test
    void a_citizen_who_types_pasport_renwal_at_the_portrait_kiosk_gets_the_passport_renewal_guide() {
        Browser kiosk = portrait().open("/");
        assertThat(kiosk.find("html").getDomAttribute("lang")).isEqualTo("en");
        screenshot("kiosk-ask-portrait");
        assertAccessible("kiosk-ask-portrait");

        kiosk.type("vaadin-text-field.question", "pasport renwal", Keys.ENTER);

        WebElement card = kiosk.find(".answer .guide-card");
        assertThat(card.findElement(By.tagName("h2")).getText()).isEqualTo("Renew your adult passport");
        screenshot("kiosk-passport-renewal-portrait");
        assertAccessible("kiosk-passport-renewal-portrait");
    }
}
