package org.passerelle.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.Language;
import org.passerelle.referral.internal.ReferralFileParser;
import org.passerelle.site.Province;

/** The referral file format: what it reads, and the file and line it names when something is wrong. */
class ReferralFilesTest {

    private static String file(String title, String provinceHeading) {
        return """
                ---
                id: hydro-bill
                title: %s
                summary: Your bill comes from your local utility.
                last-reviewed: 2026-12-02
                keywords: hydro bill; electricity bill
                ---

                %s: QC
                who: Hydro-Québec
                link: https://www.hydroquebec.com/

                Hydro-Québec sends the bill.

                %s: all
                who: The utility on your bill
                link: https://211.ca/

                Call the company on your bill.
                """.formatted(title, provinceHeading, provinceHeading);
    }

    @Test
    void a_referral_has_both_languages_and_an_entry_per_province_with_a_fallback_for_all() {
        Referral r = ReferralFileParser.parse("hydro-bill", Map.of(
                Language.EN, file("Hydro bills", "## Province"),
                Language.FR, file("Factures d’électricité", "## Province ou territoire")));

        assertThat(r.text(Language.FR).title()).isEqualTo("Factures d’électricité");
        assertThat(r.text(Language.EN).keywords()).containsExactly("hydro bill", "electricity bill");
        assertThat(r.entryFor(Province.QC, Language.EN).orElseThrow().who()).isEqualTo("Hydro-Québec");
        assertThat(r.entryFor(Province.NU, Language.EN).orElseThrow().link()).isEqualTo("https://211.ca/");
        assertThat(r.lastReviewed()).hasToString("2026-12-02");
    }

    @Test
    void a_missing_french_side_is_an_error_naming_the_file() {
        assertThatThrownBy(() -> ReferralFileParser.parse("hydro-bill", Map.of(Language.EN, file("Hydro", "## Province"))))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("referrals/hydro-bill/fr.md: missing file");
    }

    @Test
    void a_malformed_line_names_its_file_and_line() {
        String broken = file("Hydro", "## Province").replace("who: Hydro-Québec", "whom: Hydro-Québec");
        assertThatThrownBy(() -> ReferralFileParser.parse("hydro-bill", Map.of(Language.EN, broken,
                Language.FR, file("Hydro", "## Province"))))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("referrals/hydro-bill/en.md:10: expected \"who:\"");
    }

    @Test
    void an_unknown_province_an_unknown_field_and_a_plain_http_link_are_errors_with_their_line() {
        String fr = file("Hydro", "## Province");
        assertThatThrownBy(() -> ReferralFileParser.parse("hydro-bill", Map.of(
                Language.EN, file("Hydro", "## Province").replace(": QC", ": QB"), Language.FR, fr)))
                .hasMessageStartingWith("referrals/hydro-bill/en.md:9: unknown province \"QB\"");
        assertThatThrownBy(() -> ReferralFileParser.parse("hydro-bill", Map.of(
                Language.EN, file("Hydro", "## Province").replace("summary:", "sumary:"), Language.FR, fr)))
                .hasMessageStartingWith("referrals/hydro-bill/en.md:4: unknown field \"sumary\"");
        assertThatThrownBy(() -> ReferralFileParser.parse("hydro-bill", Map.of(
                Language.EN, file("Hydro", "## Province").replace("https://www.hydro", "http://www.hydro"), Language.FR, fr)))
                .hasMessageStartingWith("referrals/hydro-bill/en.md:9: this province needs \"link:\"");
    }

    @Test
    void both_languages_must_cover_the_same_provinces() {
        String fr = file("Hydro", "## Province").replace(": QC", ": BC");
        assertThatThrownBy(() -> ReferralFileParser.parse("hydro-bill", Map.of(
                Language.EN, file("Hydro", "## Province"), Language.FR, fr)))
                .hasMessageStartingWith("referrals/hydro-bill/fr.md: the provinces");
    }

    @Test
    void the_bundled_referrals_load_and_cover_ontario_quebec_british_columbia_and_all_provinces() {
        var referrals = ReferralService.read(Path.of("knowledge-base"));

        assertThat(referrals).extracting(Referral::id).contains("health-card", "drivers-licence", "hydro-bill",
                "parking-ticket", "legal-aid", "housing", "social-assistance", "community-211");
        Referral health = referrals.stream().filter(r -> r.id().equals("health-card")).findFirst().orElseThrow();
        assertThat(health.entries().keySet()).contains("ON", "QC", "BC", Referral.ALL);
        for (Referral r : referrals) {
            assertThat(r.entries()).as(r.id()).containsKey(Referral.ALL);
            r.entries().values().forEach(e -> e.values().forEach(entry ->
                    assertThat(entry.link()).as(r.id()).startsWith("https://")));
        }
    }
}
