package org.passerelle.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which referral a question is about, on the bundled referrals. */
class ReferralMatchTest {

    private final ReferralService referrals = new ReferralService(ReferralService.read(Path.of("knowledge-base")));

    private String referralOf(String question) {
        return referrals.match(question).map(m -> m.referral().id()).orElse("none");
    }

    @Test
    void questions_about_provincial_and_local_services_find_their_referral() {
        assertThat(referralOf("renew my health card")).isEqualTo("health-card");
        assertThat(referralOf("Carte Soleil expirée")).isEqualTo("health-card");
        assertThat(referralOf("I need to renew my driver's licence")).isEqualTo("drivers-licence");
        assertThat(referralOf("renouveler mon permis de conduire")).isEqualTo("drivers-licence");
        assertThat(referralOf("my hydro bill is too high")).isEqualTo("hydro-bill");
        assertThat(referralOf("how do i pay a parking ticket")).isEqualTo("parking-ticket");
        assertThat(referralOf("j'ai besoin d'aide juridique")).isEqualTo("legal-aid");
        assertThat(referralOf("where is the food bank")).isEqualTo("community-211");
    }

    @Test
    void family_law_after_a_separation_is_the_provinces_and_goes_to_legal_aid() {
        assertThat(referralOf("my ex does not pay child support")).isEqualTo("legal-aid");
        assertThat(referralOf("Pension alimentaire après la séparation")).isEqualTo("legal-aid");
        assertThat(referralOf("i need help with family law")).isEqualTo("legal-aid");
        // Telling the CRA is federal: the separation guide answers it, not a referral.
        assertThat(referralOf("tell cra i am separated")).isEqualTo("none");
    }

    @Test
    void federal_questions_and_words_inside_other_words_find_no_referral() {
        assertThat(referralOf("renew my passport")).isEqualTo("none");
        assertThat(referralOf("apply for employment insurance")).isEqualTo("none");
        // "hydro" inside a longer word is no keyword.
        assertThat(referralOf("hydroponics at home")).isEqualTo("none");
    }

    @Test
    void the_longest_keyword_wins() {
        // "hydro quebec" and "hydro" both belong to hydro-bill; "health card" beats "card"-like shorter words elsewhere.
        assertThat(referrals.match("hydro quebec bill").orElseThrow().keyword()).isEqualTo("hydro quebec");
    }
}
