package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.TestAgents;
import org.passerelle.kiosk.Admins;
import org.passerelle.kiosk.KioskEnrolment;
import org.springframework.beans.factory.annotation.Autowired;

/** A real browser enrols with a code: the server's cookie is HttpOnly and SameSite=Strict, and help comes from it. */
class KioskEnrolmentIT extends BrowserTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    KioskEnrolment enrolment;

    @Test
    void staff_enrol_a_kiosk_browser_with_a_code_and_its_help_requests_come_from_that_kiosk() {
        String kiosk = "it-branch-" + UUID.randomUUID();
        handoff.registerKiosk(kiosk, "West branch kiosk", "West branch, entrance");
        String code = Admins.as("it-admin", () -> enrolment.issueCode(kiosk)).code();

        Browser browser = open("/enrol");
        assertAccessible("enrol");
        browser.type("vaadin-text-field.enrolment-code", "WRONG-CODE1");
        browser.click("vaadin-button.enrol-button");
        browser.waitForText(".enrol-outcome", "This code does not work");
        assertAccessible("enrol-wrong-code");
        browser.script("document.querySelector('vaadin-text-field.enrolment-code').value = ''");
        browser.type("vaadin-text-field.enrolment-code", code);
        browser.click("vaadin-button.enrol-button");
        browser.waitForText(".enrol-outcome", "West branch kiosk");
        assertAccessible("enrol-done");

        Cookie cookie = browser.driver().manage().getCookieNamed("passerelle-kiosk");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(browser.script("return document.cookie")).asString().doesNotContain(cookie.getValue());

        // someone on duty at every desk, so that asking records a request whatever the hour
        TestAgents.onDuty(handoff, "enrolment-agent");
        browser.click("vaadin-button.big-button");
        browser.click("vaadin-button.language-choice[lang=en]");
        browser.click("vaadin-button.help-button");
        browser.find(".help-status");
        HelpRequestSummary request = handoff.openRequests().stream().filter(r -> r.kioskId().equals(kiosk))
                .findFirst().orElseThrow();
        handoff.cancel(request.id());
    }
}
