package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.passerelle.security.Roles;
import org.passerelle.MutableClock;
import org.passerelle.insights.InsightsException.Problem;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Grouping failed questions and the three things an editor does with a group. Each test has its own words. */
@SpringBootTest
@Import(MutableClock.Config.class)
@WithMockUser(username = "dominique", roles = Roles.EDITOR)
class GapServiceTest {

    @Autowired
    GapService gaps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private long failed(Language language, String question) {
        clock.advance(Duration.ofSeconds(1));
        return gaps.record(new NewGap(GapKind.NOT_UNDERSTOOD, language, question, null, null)).orElseThrow();
    }

    private List<Long> open(Language language) {
        return gaps.groups(language, GapStatus.OPEN).stream().map(GapGroupSummary::id).toList();
    }

    @Test
    void similar_wordings_share_a_group_with_a_count_and_different_ones_do_not() {
        long first = failed(Language.EN, "How do I get a licence for my iguana?");
        long second = failed(Language.EN, "iguana licence");
        long third = failed(Language.EN, "iguana licnce please");
        long other = failed(Language.EN, "iguana vaccination");

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        GapGroupSummary group = gaps.group(first).orElseThrow();
        assertThat(group.items()).isEqualTo(3);
        assertThat(group.kinds()).containsEntry(GapKind.NOT_UNDERSTOOD, 3);
        assertThat(group.examples()).containsExactly("iguana licnce please", "iguana licence",
                "How do I get a licence for my iguana?");
        assertThat(open(Language.EN)).contains(first, other);
    }

    @Test
    void similar_french_wordings_share_a_group() {
        long first = failed(Language.FR, "Comment obtenir un permis pour mon furet ?");
        long second = failed(Language.FR, "permis furet");
        long third = failed(Language.FR, "PERMIS POUR FURET SVP");

        assertThat(List.of(second, third)).containsOnly(first);
        assertThat(failed(Language.FR, "vaccin pour mon furet")).isNotEqualTo(first);
        assertThat(failed(Language.EN, "permis furet")).as("another language, another group").isNotEqualTo(first);
    }

    @Test
    void a_question_whose_normalised_wording_would_exceed_the_column_is_kept_in_a_group() {
        long group = failed(Language.EN, WordingTest.foldingIntoMoreThan500Characters());

        assertThat(gaps.group(group)).hasValueSatisfying(g -> assertThat(g.examples()).hasSize(1));
    }

    @Test
    void a_question_of_stop_words_or_identifiers_only_is_not_kept() {
        assertThat(gaps.record(new NewGap(GapKind.NOT_UNDERSTOOD, Language.EN, "how do I?", null, null))).isEmpty();
        assertThat(gaps.record(new NewGap(GapKind.NOT_UNDERSTOOD, Language.EN, "046 454 286", null, null))).isEmpty();
    }

    @Test
    void turning_a_group_into_training_phrases_records_them_and_tells_the_editing_workflow() {
        long group = failed(Language.EN, "renew my zorblpass for the gecko");
        failed(Language.EN, "gecko zorblpass renew, my SIN is 046 454 286");

        assertThat(gaps.suggestedPhrases(group)).containsExactly("renew my zorblpass for the gecko");
        TrainingPhrases done = gaps.turnIntoTrainingPhrases(group, "passport-renewal",
                List.of(" renew my zorblpass for the gecko ", "", "Renew my zorblpass for the gecko", "gecko zorblpass 046 454 286"),
                "dominique");

        assertThat(done.phrases()).containsExactly("renew my zorblpass for the gecko", "gecko zorblpass [sin]");
        assertThat(done.language()).isEqualTo(Language.EN);
        assertThat(open(Language.EN)).doesNotContain(group);
        GapGroupSummary decided = gaps.group(group).orElseThrow();
        assertThat(decided.status()).isEqualTo(GapStatus.DECIDED);
        assertThat(decided.decision()).isEqualTo(GapDecision.TRAINING_PHRASES);
        assertThat(decided.decidedBy()).isEqualTo("dominique");
        assertThat(decided.guideId()).isEqualTo("passport-renewal");
        assertThat(gaps.trainingPhrasesFor("passport-renewal")).anySatisfy(p -> {
            assertThat(p.groupId()).isEqualTo(group);
            assertThat(p.phrases()).isEqualTo(done.phrases());
        });
    }

    @Test
    void training_phrases_need_a_known_guide_and_at_least_one_phrase() {
        long group = failed(Language.EN, "salamander passport");

        assertThatThrownBy(() -> gaps.turnIntoTrainingPhrases(group, "no-such-guide", List.of("x"), "dominique"))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_GUIDE));
        assertThatThrownBy(() -> gaps.turnIntoTrainingPhrases(group, "passport-renewal", List.of(" ", ""), "dominique"))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_PHRASES));
        assertThatThrownBy(() -> gaps.turnIntoTrainingPhrases(group, "passport-renewal", List.of("x".repeat(201)), "dominique"))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PHRASE_TOO_LONG));
        assertThat(open(Language.EN)).as("nothing was decided").contains(group);
    }

    @Test
    @WithMockUser(username = "camille", roles = Roles.ADMIN)
    void marking_a_group_as_needing_a_new_guide_takes_it_off_the_open_list() {
        long group = failed(Language.FR, "inscription du lama au registre");

        GapGroupSummary decided = gaps.markNeedsNewGuide(group, "camille");

        assertThat(decided.decision()).isEqualTo(GapDecision.NEW_GUIDE);
        assertThat(open(Language.FR)).doesNotContain(group);
        assertThat(gaps.groups(Language.FR, GapStatus.DECIDED)).extracting(GapGroupSummary::id).contains(group);
    }

    @Test
    void dismissing_a_group_takes_it_off_the_open_list_and_a_second_decision_is_refused() {
        long group = failed(Language.EN, "tell me a joke about alpacas");

        gaps.dismiss(group, "dominique");

        assertThat(open(Language.EN)).doesNotContain(group);
        assertThatThrownBy(() -> gaps.markNeedsNewGuide(group, "dominique"))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_DECIDED));
        assertThatThrownBy(() -> gaps.dismiss(-1, "dominique"))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_GROUP));
    }

    @Test
    void a_group_marked_for_a_new_guide_reopens_when_similar_questions_keep_failing() {
        long group = failed(Language.EN, "toucan import permit");
        gaps.markNeedsNewGuide(group, "dominique");

        for (int i = 1; i < 5; i++) {
            assertThat(failed(Language.EN, "toucan import permit " + i)).isEqualTo(group);
        }
        assertThat(gaps.group(group).orElseThrow().itemsSinceDecision()).isEqualTo(4);
        assertThat(open(Language.EN)).as("4 since the decision: not yet").doesNotContain(group);

        failed(Language.EN, "import permit for a toucan");

        GapGroupSummary reopened = gaps.group(group).orElseThrow();
        assertThat(reopened.status()).isEqualTo(GapStatus.OPEN);
        assertThat(reopened.reopened()).isTrue();
        assertThat(reopened.decision()).as("the last decision is kept").isEqualTo(GapDecision.NEW_GUIDE);
        assertThat(reopened.items()).isEqualTo(6);
        assertThat(open(Language.EN)).contains(group);
    }

    @Test
    void a_dismissed_group_counts_similar_questions_but_never_reopens() {
        long group = failed(Language.EN, "weather forecast for the penguin parade");
        gaps.dismiss(group, "dominique");

        for (int i = 0; i < 8; i++) {
            failed(Language.EN, "penguin parade weather forecast");
        }

        GapGroupSummary dismissed = gaps.group(group).orElseThrow();
        assertThat(dismissed.status()).isEqualTo(GapStatus.DECIDED);
        assertThat(dismissed.itemsSinceDecision()).isEqualTo(8);
        assertThat(open(Language.EN)).doesNotContain(group);
    }

    @Test
    void old_question_texts_are_deleted_and_their_group_keeps_counting_them() {
        long group = failed(Language.EN, "hedgehog adoption papers");
        failed(Language.EN, "hedgehog adoption paper");
        jdbc.update("update gap_item set created_at = ? where group_id = ? and text = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(91))), group, "hedgehog adoption papers");

        assertThat(gaps.purgeOldTexts()).isPositive();

        GapGroupSummary kept = gaps.group(group).orElseThrow();
        assertThat(kept.items()).isEqualTo(2);
        assertThat(kept.examples()).containsExactly("hedgehog adoption paper");
    }

    @Test
    void a_decision_in_someone_elses_name_is_refused_and_changes_nothing() {
        long group = failed(Language.EN, "register my vexnikfowl at the zorbl office");

        assertThatThrownBy(() -> gaps.dismiss(group, "camille"))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FORBIDDEN));

        assertThat(open(Language.EN)).contains(group);
    }

    @Test
    @WithMockUser(username = "alex", roles = Roles.AGENT)
    void an_agent_can_neither_read_the_gaps_nor_decide() {
        long group = failed(Language.EN, "register my quorblat at the zorbl office");

        assertThatThrownBy(() -> gaps.groups(null, GapStatus.OPEN))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FORBIDDEN));
        assertThatThrownBy(() -> gaps.dismiss(group, "alex"))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FORBIDDEN));
        assertThatThrownBy(() -> gaps.trainingPhrases())
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FORBIDDEN));
    }
}
