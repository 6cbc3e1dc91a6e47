package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The audit itself, on a page with known faults: today's kiosk has none, so this is where a failure is seen. */
class AccessibilityAuditIT extends BrowserTest {

    // The button shows "Français" but is announced "See in English": the experimental rule that the audit turns on.
    private static final String FAULTY_PAGE = """
            <!doctype html><html><head><title>Faulty</title></head>
            <body><main><h1>Faulty</h1><img src="nowhere.png"><p style="color: #bbb">Faint text</p>
            <button aria-label="See in English">Français</button></main></body></html>""";

    @Test
    void a_violation_is_listed_with_its_rule_impact_help_target_and_html_by_the_shipped_axe_core_with_best_practices() {
        browser().driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(FAULTY_PAGE, StandardCharsets.UTF_8).replace("+", "%20"));

        // analyze, not run: the page is not a screen of the kiosk and stays out of target/axe-report.txt.
        AccessibilityAudit.Result result = AccessibilityAudit.analyze(browser().driver(), "faulty-page");

        assertThat(result.violations()).extracting(AccessibilityAudit.Violation::rule)
                .containsExactlyInAnyOrder("html-has-lang", "image-alt", "color-contrast", "label-content-name-mismatch");
        assertThat(result.describeViolations())
                .startsWith("Accessibility audit of \"faulty-page\" (axe 4.14.1: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa,"
                        + " best-practice and label-content-name-mismatch): 4 violations")
                .contains("image-alt [critical] Images must have alternative text", "https://dequeuniversity.com/rules/axe/",
                        "- target: img", "html:   <img src=\"nowhere.png\">", "insufficient color contrast", "foreground color: #bbbbbb");
    }
}
