package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The content-gap loop end to end: a citizen's question the kiosk does not understand reaches the editors' list,
 * redacted; the editor reads the dashboard (a chart drawn on the server) and dismisses the group. Both editor
 * screens pass an accessibility audit.
 */
class InsightsIT extends BrowserTest {

    private static final String EDITOR = "it-editor";
    private static final String PASSWORD = "it-editor-password-123";

    @Autowired
    UserService users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * Four weeks of counts at a second kiosk before today, as the counters and the retention job leave them, so that
     * the dashboard's charts (and the documentation's picture of them) show a month, not a single day.
     */
    private void aMonthAtAnotherKiosk() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        java.util.Random random = new java.util.Random(7);
        for (int back = 28; back >= 1; back--) {
            java.time.LocalDate day = today.minusDays(back);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            for (String language : new String[] {"EN", "FR"}) {
                int scale = (weekend ? 8 : 30) * (language.equals("EN") ? 2 : 1);
                int guides = scale + random.nextInt(scale / 2 + 1);
                count(day, language, "GUIDE", "passport-renewal", guides / 2);
                count(day, language, "GUIDE", "ei-apply", guides - guides / 2);
                count(day, language, "CLARIFICATION", "", 1 + random.nextInt(scale / 5 + 1));
                count(day, language, "NOT_UNDERSTOOD", "", 1 + random.nextInt(scale / 6 + 1));
                for (String guide : new String[] {"passport-renewal", "ei-apply"}) {
                    count(day, language, "HELPED_YES", guide, guides / 8 + random.nextInt(3));
                    count(day, language, "HELPED_NO", guide, random.nextInt(guide.startsWith("ei") ? 5 : 2));
                }
                int requests = 1 + random.nextInt(scale / 10 + 1);
                jdbc.update("merge into help_daily_count key (count_day, language, reason, final_status, outcome) "
                        + "values (?, ?, 'ASKED_FOR_PERSON', 'CLOSED', 'RESOLVED', ?, ?)",
                        day, language, requests, requests * (120L + random.nextInt(400)));
            }
        }
    }

    private void count(java.time.LocalDate day, String language, String event, String guide, int events) {
        jdbc.update("merge into insight_daily_count key (count_day, language, site_id, channel, kiosk_id, event, "
                + "guide_id) values (?, ?, 1, 'KIOSK', 'it-branch-library', ?, ?, ?)", day, language, event, guide,
                events);
    }

    @Test
    void a_question_the_kiosk_did_not_understand_reaches_the_editor_who_reads_the_dashboard_and_dismisses_it() {
        if (!users.exists(EDITOR)) {
            users.create(EDITOR, "Editor for the browser test", PASSWORD, Set.of(Roles.EDITOR));
        }
        Browser kiosk = open("/");
        kiosk.click("vaadin-button.language-choice[lang=en]");
        kiosk.type("vaadin-text-field.question", "zorbl okapi wibble 046 454 286", Keys.ENTER);
        kiosk.find(".helper-offer");

        Browser editor = newBrowser(Viewport.LANDSCAPE).open("/editor/gaps");
        assertThat(editor.driver().getCurrentUrl()).contains("/login");
        editor.type("#vaadinLoginUsername", EDITOR);
        editor.type("#vaadinLoginPassword", PASSWORD, Keys.ENTER);
        editor.waitForText("h1", "Where the kiosk fails citizens");
        editor.waitForText(".gap-group", "zorbl okapi wibble [sin]");
        assertThat(editor.find(".gap-groups").getText()).doesNotContain("046");
        editor.assertAccessible("editor-gaps");
        editor.screenshot("editor-gaps-landscape");

        aMonthAtAnotherKiosk();
        editor.click(".insights-nav a", "Dashboard");
        editor.waitForText("h1", "How the kiosk is doing");
        assertThat(editor.find(".per-day .chart svg").getDomAttribute("role")).isEqualTo("img");
        editor.assertAccessible("editor-dashboard");
        editor.screenshot("editor-dashboard-landscape");
        editor.script("document.querySelector('.per-day').scrollIntoView()");
        editor.screenshot("editor-dashboard-charts-landscape");

        editor.click(".insights-nav a", "Content gaps");
        editor.waitForText(".gap-group", "okapi");
        editor.driver().findElements(By.cssSelector(".gap-group")).stream()
                .filter(group -> group.getText().contains("okapi")).findFirst().orElseThrow()
                .findElement(By.cssSelector("vaadin-button.dismiss")).click();
        editor.waitForText("vaadin-notification-card", "Dismissed");
        assertThat(editor.find(".gap-groups").getText()).doesNotContain("okapi");
    }
}
