package org.passerelle.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.assistant.Answer.Clarification;
import org.passerelle.assistant.Answer.Confirmation;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Answer.InvalidQuestion;
import org.passerelle.assistant.Answer.NotUnderstood;
import org.passerelle.assistant.Answer.Problem;
import org.passerelle.assistant.Answer.SystemReply;
import org.passerelle.intent.IntentService;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SystemIntent;
import org.passerelle.referral.ReferralService;
import org.passerelle.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The assistant's decisions on the bundled knowledge base, with the production classifier and index (the same context as the kiosk tests). */
@SpringBootTest
@Import(MutableClock.Config.class)
class AssistantTest {

    @Autowired
    Assistant assistant;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    IntentService intents;

    @Autowired
    SearchService search;

    @Autowired
    AssistantSettings settings;

    @Autowired
    ReferralService referrals;

    /** The production assistant with other bands: {@code open} is the probability from which a guide opens. */
    private Answer askWithOpenProbability(String text, double answer, double open) {
        AssistantSettings s = settings;
        Assistant other = new Assistant(knowledge, intents, search, new AssistantSettings(answer, open,
                s.maxQuestionLength(), s.clarifyMinProbability(), s.clarifyMaxCandidates(), s.clarifyGuideMass(),
                s.searchWeight(), s.helperFirstAfter()), referrals);
        return other.answer(new Question(text, Language.EN, 0));
    }

    private Answer ask(String text, Language kiosk) {
        return assistant.answer(new Question(text, kiosk, 0));
    }

    private void assertGuide(String text, Language kiosk, String guideId, Language answerLanguage) {
        assertThat(ask(text, kiosk)).as(text)
                .asInstanceOf(type(GuideAnswer.class))
                .satisfies(g -> assertThat(g.guide().id()).isEqualTo(guideId))
                .satisfies(g -> assertThat(g.language()).isEqualTo(answerLanguage));
    }

    @Test
    void citizen_who_types_pasport_renwal_gets_the_passport_renewal_guide() {
        assertGuide("pasport renwal", Language.EN, "passport-renewal", Language.EN);
    }

    @Test
    void questions_in_everyday_words_reach_their_guides() {
        assertGuide("I lost my job, how do I get employment insurance?", Language.EN, "ei-apply", Language.EN);
        assertGuide("how do i get a social insurance number", Language.EN, "sin-apply", Language.EN);
        assertGuide("free help to do my taxes", Language.EN, "tax-clinic", Language.EN);
    }

    @Test
    void questions_about_a_death_or_a_lost_job_reach_the_guides_of_that_life_event() {
        assertGuide("My husband died, what do I do about his pension?", Language.EN, "cpp-survivor", Language.EN);
        assertGuide("my mother passed away who do I tell", Language.EN, "death-notify", Language.EN);
        assertGuide("mon mari est décédé, qu'est-ce que je fais pour sa pension", Language.FR, "cpp-survivor", Language.FR);
        assertGuide("j'ai perdu mon emploi", Language.FR, "ei-apply", Language.FR);
    }

    @Test
    void french_without_accents_reaches_the_french_guide() {
        assertGuide("comment avoir mon numero d'assurance sociale", Language.FR, "sin-apply", Language.FR);
        assertGuide("j'ai perdu mon emploi, je veux demander l'assurance emploi", Language.FR, "ei-apply", Language.FR);
    }

    @Test
    void a_clear_french_sentence_on_an_english_kiosk_is_answered_in_french() {
        assertGuide("je voudrais renouveler mon passeport qui est expiré", Language.EN, "passport-renewal", Language.FR);
    }

    @Test
    void greetings_thanks_and_requests_for_a_person_get_system_replies() {
        assertThat(ask("hello", Language.EN)).isEqualTo(new SystemReply(SystemIntent.GREETING, Language.EN));
        assertThat(ask("merci beaucoup", Language.FR)).isEqualTo(new SystemReply(SystemIntent.THANKS, Language.FR));
        assertThat(ask("I want to talk to a real person", Language.EN))
                .isEqualTo(new SystemReply(SystemIntent.ASK_PERSON, Language.EN));
        assertThat(ask("start over", Language.EN)).isEqualTo(new SystemReply(SystemIntent.START_OVER, Language.EN));
    }

    @Test
    void out_of_scope_question_is_not_understood_and_offers_a_helper_after_the_tips() {
        assertThat(ask("what will the weather be like tomorrow", Language.EN))
                .asInstanceOf(type(NotUnderstood.class))
                .satisfies(n -> assertThat(n.helperFirst()).isFalse());
    }

    @Test
    void after_two_misunderstandings_in_a_row_the_helper_is_offered_first() {
        Conversation conversation = new Conversation(assistant);
        assertThat(conversation.ask("tell me a joke", Language.EN)).asInstanceOf(type(NotUnderstood.class))
                .satisfies(n -> assertThat(n.helperFirst()).isFalse());
        assertThat(conversation.ask("who won the hockey game last night", Language.EN)).asInstanceOf(type(NotUnderstood.class))
                .satisfies(n -> assertThat(n.helperFirst()).isTrue());
        conversation.ask("renew my passport", Language.EN);
        assertThat(conversation.notUnderstoodInARow()).isZero();
    }

    @Test
    void a_question_that_fits_several_guides_gets_a_clarification_in_either_language() {
        for (var bare : java.util.Map.of("passport", Language.EN, "passeport", Language.FR).entrySet()) {
            assertThat(ask(bare.getKey(), bare.getValue())).as(bare.getKey()).asInstanceOf(type(Clarification.class))
                    .satisfies(c -> assertThat(c.candidates()).extracting(Guide::id)
                            .hasSizeBetween(2, 3)
                            .allMatch(id -> id.startsWith("passport") || id.equals("replace-lost-documents")));
        }
    }

    /** The guides a citizen is shown or offered: the card's guide, the confirmation's, or the clarification's. */
    private static List<String> shownOrOffered(Answer answer) {
        return switch (answer) {
            case GuideAnswer g -> List.of(g.guide().id());
            case Confirmation c -> List.of(c.guide().id());
            case Clarification c -> c.candidates().stream().map(Guide::id).toList();
            default -> List.of();
        };
    }

    @Test
    void a_question_with_two_needs_offers_both_rather_than_opening_one() {
        for (var twoNeeds : java.util.Map.of("passport and SIN", Language.EN, "passeport et NAS", Language.FR).entrySet()) {
            Answer answer = ask(twoNeeds.getKey(), twoNeeds.getValue());
            assertThat(answer).as(twoNeeds.getKey()).isInstanceOf(Clarification.class);
            assertThat(shownOrOffered(answer)).as(twoNeeds.getKey()).anyMatch(id -> id.startsWith("passport"))
                    .contains("sin-apply");
        }
        assertThat(shownOrOffered(ask("apply and renew my passport", Language.EN)))
                .as("a join whose parts do not both name a guide is answered as a whole").contains("passport-renewal");
    }

    @Test
    void a_question_mixing_english_and_french_is_still_understood() {
        for (Language kiosk : Language.values()) {
            assertThat(shownOrOffered(ask("je veux renew mon passport", kiosk))).as(kiosk.code())
                    .contains("passport-renewal");
        }
    }

    @Test
    void a_bare_keyword_that_fits_several_guides_never_opens_one() {
        for (var bare : java.util.Map.of("cheque", Language.EN, "chèque", Language.FR).entrySet()) {
            assertThat(ask(bare.getKey(), bare.getValue())).as(bare.getKey())
                    .isInstanceOfAny(Clarification.class, NotUnderstood.class, Confirmation.class);
        }
    }

    @Test
    void empty_and_huge_questions_get_a_clear_message() {
        assertThat(ask("", Language.FR)).isEqualTo(new InvalidQuestion(Problem.EMPTY, Language.FR));
        assertThat(ask(" \t\n\u0000 ", Language.EN)).isEqualTo(new InvalidQuestion(Problem.EMPTY, Language.EN));
        assertThat(ask("passport ".repeat(12_000), Language.EN)).isEqualTo(new InvalidQuestion(Problem.TOO_LONG, Language.EN));
    }

    @Test
    void emoji_control_characters_and_markup_never_break_an_answer() {
        assertThat(ask("😀😀🙏", Language.EN)).isInstanceOf(NotUnderstood.class);
        assertGuide("pass\u0000port re\u0007newal", Language.EN, "passport-renewal", Language.EN);
        assertThat(ask("<script>alert(1)</script>", Language.EN)).isInstanceOf(NotUnderstood.class);
        assertGuide("<b>renew</b> my <i>passport</i>", Language.EN, "passport-renewal", Language.EN);
        // Lucene's query syntax is plain words to the kiosk: "passport" is what is left of it.
        assertThat(ask("\"*( AND : ~ ) OR passport*\"", Language.EN)).satisfiesAnyOf(
                answer -> assertThat(answer).asInstanceOf(type(GuideAnswer.class))
                        .extracting(a -> a.guide().id()).asString().startsWith("passport-"),
                answer -> assertThat(answer).asInstanceOf(type(Confirmation.class))
                        .extracting(a -> a.guide().id()).asString().startsWith("passport-"),
                answer -> assertThat(answer).asInstanceOf(type(Clarification.class))
                        .extracting(c -> c.candidates().getFirst().id()).asString().startsWith("passport-"));
    }

    @Test
    void a_likely_guide_below_the_open_probability_asks_is_this_what_you_need_instead_of_opening() {
        assertThat(askWithOpenProbability("renew my passport", 0.5, 1.0)).asInstanceOf(type(Confirmation.class))
                .satisfies(c -> assertThat(c.guide().id()).isEqualTo("passport-renewal"))
                .satisfies(c -> assertThat(c.lowMargin()).isFalse());
    }

    @Test
    void with_the_open_probability_at_the_answer_probability_a_likely_guide_opens_directly() {
        assertThat(askWithOpenProbability("renew my passport", 0.5, 0.5)).asInstanceOf(type(GuideAnswer.class))
                .satisfies(g -> assertThat(g.guide().id()).isEqualTo("passport-renewal"));
    }

    @Test
    void a_sure_answer_opens_directly_with_the_production_bands() {
        assertThat(settings.openProbability()).isGreaterThan(settings.answerProbability());
        assertThat(ask("how do i get a social insurance number", Language.EN)).asInstanceOf(type(GuideAnswer.class))
                .satisfies(g -> assertThat(g.confidence()).isGreaterThanOrEqualTo(settings.openProbability()))
                .satisfies(g -> assertThat(g.lowMargin()).isFalse());
    }

    @Test
    void a_job_lost_in_french_is_never_answered_with_the_lost_documents_guide_directly() {
        // Issue 12: « j'ai perdu mon emploi » opened "replace lost documents" with confidence.
        assertThat(ask("j'ai perdu mon emploi", Language.FR)).satisfiesAnyOf(
                a -> assertThat(a).isNotInstanceOf(GuideAnswer.class),
                a -> assertThat(((GuideAnswer) a).guide().id()).isNotEqualTo("replace-lost-documents"));
    }
}
