package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.insights.Suppression.Cell;
import org.passerelle.insights.Suppression.Sum;

/** The small-cell rule of the open data, on sums as the files have them. */
class SuppressionTest {

    private static List<Cell> cells(int... values) {
        return java.util.Arrays.stream(values).mapToObj(Cell::of).toList();
    }

    private static List<Boolean> withheld(List<Cell> cells) {
        return cells.stream().map(Cell::withheld).toList();
    }

    @Test
    void counts_from_1_to_4_are_withheld_and_zero_and_5_are_published() {
        List<Cell> cells = cells(0, 1, 4, 5, 120);

        assertThat(withheld(cells)).containsExactly(false, true, true, false, false);
    }

    @Test
    void a_lone_withheld_term_of_a_published_total_takes_the_smallest_non_zero_term_with_it() {
        // questions 40 = 30 guide answers + 0 confirmations + 3 not understood + 7 system replies
        Cell total = Cell.of(40);
        List<Cell> terms = cells(30, 0, 3, 7);

        Suppression.apply(List.of(new Sum(total, terms)));

        assertThat(withheld(terms)).containsExactly(false, false, true, true);
        assertThat(total.withheld()).isFalse();
    }

    @Test
    void a_small_total_is_withheld_with_its_small_term_and_the_published_zeros_stay() {
        // 3 questions, all guide answers: total and term both withheld, so neither can be read from the other.
        Cell total = Cell.of(3);
        List<Cell> terms = cells(0, 0, 3);

        Suppression.apply(List.of(new Sum(total, terms)));

        assertThat(total.withheld()).isTrue();
        assertThat(withheld(terms)).containsExactly(false, false, true);
    }

    @Test
    void a_small_remainder_the_file_never_shows_is_protected_like_a_withheld_count() {
        // 12 help requests, 9 answered: the 3 nobody answered would be 12 − 9.
        Cell requests = Cell.of(12);
        Cell answered = Cell.of(9);

        Suppression.apply(List.of(new Sum(requests, List.of(answered, Cell.remainder(3)))));

        assertThat(answered.withheld()).isTrue();
        assertThat(requests.withheld()).isFalse();
    }

    @Test
    void a_large_remainder_needs_nothing_withheld() {
        Cell requests = Cell.of(12);
        Cell answered = Cell.of(6);

        Suppression.apply(List.of(new Sum(requests, List.of(answered, Cell.remainder(6)))));

        assertThat(answered.withheld()).isFalse();
    }

    @Test
    void withholding_a_count_for_one_sum_protects_it_in_the_next_sum_it_belongs_to() {
        // guide answers (20) are a term of questions (31 = 20 + 11) and the total of two guide rows (20 = 17 + 3).
        Cell questions = Cell.of(31);
        Cell guideAnswers = Cell.of(20);
        Cell others = Cell.of(11);
        Cell guideA = Cell.of(17);
        Cell guideB = Cell.of(3);

        Suppression.apply(List.of(new Sum(questions, List.of(guideAnswers, others)),
                new Sum(guideAnswers, List.of(guideA, guideB))));

        assertThat(guideB.withheld()).isTrue();
        assertThat(guideA.withheld()).as("complement of the 3").isTrue();
        // Each sum now has at least two unknowns, or none that is protected.
        assertThat(guideAnswers.withheld()).isFalse();
        assertThat(questions.withheld()).isFalse();
    }

    @Test
    void a_complement_that_leaves_another_sum_with_a_lone_unknown_is_protected_there_in_turn() {
        // questions 30 = guide answers 25 + not understood 2 + 3 system replies... and guide answers 25 = 25 on one
        // guide: hiding guide answers as the complement would leave it alone in the guide sum.
        Cell questions = Cell.of(30);
        Cell guideAnswers = Cell.of(25);
        Cell notUnderstood = Cell.of(2);
        Cell system = Cell.of(3);
        Cell guide = Cell.of(25);

        Suppression.apply(List.of(new Sum(questions, List.of(guideAnswers, notUnderstood, system)),
                new Sum(guideAnswers, List.of(guide))));

        assertThat(notUnderstood.withheld()).isTrue();
        assertThat(system.withheld()).isTrue();
        assertThat(guideAnswers.withheld()).as("two small ones protect each other").isFalse();
        assertThat(guide.withheld()).isFalse();
    }
}
