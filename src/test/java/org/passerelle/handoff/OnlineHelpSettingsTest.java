package org.passerelle.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnlineHelpSettingsTest {

    private static OnlineHelpSettings mapping(Map<String, Long> sites) {
        return new OnlineHelpSettings(sites, true, Duration.ofHours(2), Duration.ofMinutes(15), 50, 2000,
                Duration.ofSeconds(90), Duration.ofMinutes(10));
    }

    @Test
    void a_library_page_is_routed_for_the_site_its_origin_is_mapped_to_however_the_origin_is_written() {
        OnlineHelpSettings settings = mapping(Map.of("https://Library.example/", 2L, "https://city.example", 3L));

        assertThat(settings.siteOf("https://library.example")).contains(2L);
        assertThat(settings.siteOf(" HTTPS://LIBRARY.EXAMPLE/ ")).contains(2L);
        assertThat(settings.siteOf("https://city.example/")).contains(3L);
    }

    @Test
    void a_page_of_an_origin_not_mapped_has_no_site_of_its_own() {
        OnlineHelpSettings settings = mapping(Map.of("https://library.example", 2L));

        assertThat(settings.siteOf("https://library.example.evil.test")).isEmpty();
        assertThat(settings.siteOf("http://library.example")).as("another scheme is another origin").isEmpty();
    }

    @Test
    void one_origin_mapped_to_two_sites_is_refused_at_start() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> mapping(Map.of("https://library.example", 2L, "https://LIBRARY.example/", 3L)));
    }

    @Test
    void a_web_chat_cannot_end_before_it_is_shown_as_may_have_left() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OnlineHelpSettings(Map.of(), true,
                Duration.ofHours(2), Duration.ofMinutes(15), 50, 2000, Duration.ofMinutes(10), Duration.ofMinutes(5)));
    }
}
