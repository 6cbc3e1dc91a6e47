package org.passerelle.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Answer.ReferralAnswer;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Questions for other governments and organisations get a referral, not a wrong federal guide (same context as AssistantTest). */
@SpringBootTest
@Import(MutableClock.Config.class)
class AssistantReferralTest {

    @Autowired
    Assistant assistant;

    private Answer ask(String text, Language kiosk) {
        return assistant.answer(new Question(text, kiosk, 0));
    }

    private void assertReferral(String text, Language kiosk, String referralId) {
        assertThat(ask(text, kiosk)).as(text)
                .asInstanceOf(type(ReferralAnswer.class))
                .satisfies(r -> assertThat(r.referral().id()).isEqualTo(referralId));
    }

    @Test
    void renew_my_health_card_gets_the_health_card_referral_and_not_the_pr_card_guide() {
        assertThat(ask("renew my health card", Language.EN)).asInstanceOf(type(ReferralAnswer.class))
                .satisfies(r -> assertThat(r.referral().id()).isEqualTo("health-card"))
                .satisfies(r -> assertThat(r.alsoOffered()).extracting(Guide::id).doesNotContain("pr-card-renew"));
    }

    @Test
    void provincial_and_local_services_get_their_referral_in_both_languages() {
        assertReferral("carte soleil", Language.FR, "health-card");
        assertReferral("driver's licence", Language.EN, "drivers-licence");
        assertReferral("hydro bill", Language.EN, "hydro-bill");
        assertReferral("parking ticket", Language.EN, "parking-ticket");
        assertReferral("j'ai une contravention de stationnement", Language.FR, "parking-ticket");
        assertReferral("I need legal aid", Language.EN, "legal-aid");
    }

    @Test
    void a_referral_and_a_guide_that_share_words_offer_both() {
        assertThat(ask("change address on my health card", Language.EN)).asInstanceOf(type(ReferralAnswer.class))
                .satisfies(r -> assertThat(r.referral().id()).isEqualTo("health-card"))
                .satisfies(r -> assertThat(r.alsoOffered()).extracting(Guide::id).contains("change-address"));
    }

    @Test
    void federal_questions_still_get_their_guide() {
        assertThat(ask("renew my passport", Language.EN)).asInstanceOf(type(GuideAnswer.class))
                .satisfies(g -> assertThat(g.guide().id()).isEqualTo("passport-renewal"));
    }

    @Test
    void the_answer_is_in_the_question_language() {
        assertThat(ask("je dois renouveler ma carte soleil", Language.EN).language()).isEqualTo(Language.FR);
    }
}
