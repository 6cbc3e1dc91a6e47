package org.passerelle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void a_link_to_another_guide_points_where_the_screen_says() {
        String html = Markdown.toSafeHtml("See [direct deposit](guide:direct-deposit).", id -> "guide/" + id + "/step/1",
                Map.of("router-link", ""));

        assertThat(html).contains("href=\"guide/direct-deposit/step/1\"", "router-link");
    }

    @Test
    void a_link_to_the_web_opens_in_a_new_tab_without_access_to_the_kiosk() {
        String html = Markdown.toSafeHtml("[Official page](https://www.canada.ca/en.html)", id -> id, Map.of());

        assertThat(html).contains("href=\"https://www.canada.ca/en.html\"", "target=\"_blank\"", "noopener");
    }

    @Test
    void script_and_javascript_links_never_survive() {
        String html = Markdown.toSafeHtml("<script>alert(1)</script> <img src=x onerror=alert(3)>", id -> id, Map.of());
        String link = Markdown.toSafeHtml("Touch [here](javascript:alert) now.", id -> id, Map.of());

        assertThat(html).doesNotContain("<script", "<img", "onerror=\"");
        assertThat(link).contains("here").doesNotContain("javascript");
        assertThat(Markdown.toPlainText("<script>alert(1)</script>")).contains("<script>alert(1)</script>");
    }
}
