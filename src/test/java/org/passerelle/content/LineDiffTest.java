package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.content.DiffLine.Change;

class LineDiffTest {

    @Test
    void changed_lines_are_shown_as_removed_then_added_between_the_lines_both_have() {
        List<DiffLine> diff = LineDiff.between("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");

        assertThat(diff).containsExactly(
                new DiffLine(Change.SAME, "a", 1, 1),
                new DiffLine(Change.REMOVED, "b", 2, null),
                new DiffLine(Change.ADDED, "B", null, 2),
                new DiffLine(Change.SAME, "c", 3, 3),
                new DiffLine(Change.SAME, "d", 4, 4),
                new DiffLine(Change.ADDED, "e", null, 5));
    }

    @Test
    void moved_lines_keep_the_longest_common_part() {
        assertThat(LineDiff.between("x\na\nb\nc\ny", "x\nb\nc\na\ny")).extracting(DiffLine::change, DiffLine::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Change.SAME, "x"),
                        org.assertj.core.groups.Tuple.tuple(Change.REMOVED, "a"),
                        org.assertj.core.groups.Tuple.tuple(Change.SAME, "b"),
                        org.assertj.core.groups.Tuple.tuple(Change.SAME, "c"),
                        org.assertj.core.groups.Tuple.tuple(Change.ADDED, "a"),
                        org.assertj.core.groups.Tuple.tuple(Change.SAME, "y"));
    }

    @Test
    void an_empty_side_is_all_added_or_all_removed() {
        assertThat(LineDiff.between("", "a\nb")).extracting(DiffLine::change).containsExactly(Change.ADDED, Change.ADDED);
        assertThat(LineDiff.between("a\r\nb\r\n", "")).extracting(DiffLine::change)
                .containsExactly(Change.REMOVED, Change.REMOVED);
        assertThat(LineDiff.between("same\n", "same\n")).extracting(DiffLine::change).containsExactly(Change.SAME);
    }
}
