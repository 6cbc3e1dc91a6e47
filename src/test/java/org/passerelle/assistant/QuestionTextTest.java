package org.passerelle.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionTextTest {

    @Test
    void control_and_invisible_characters_are_removed_and_spaces_collapsed() {
        assertThat(QuestionText.clean("  pass\u0000port\u200B \t\n renewal\u0007 ")).isEqualTo("passport renewal");
        assertThat(QuestionText.clean("line one\r\nline two")).isEqualTo("line one line two");
    }

    @Test
    void compatibility_forms_are_normalised() {
        assertThat(QuestionText.clean("ｐａｓｓｐｏｒｔ")).isEqualTo("passport");
    }

    @Test
    void markup_stays_as_text() {
        assertThat(QuestionText.clean("<script>alert('x')</script>")).isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void null_and_blank_become_empty() {
        assertThat(QuestionText.clean(null)).isEmpty();
        assertThat(QuestionText.clean(" \u00A0\u2003\t")).isEmpty();
    }

    @Test
    void emoji_and_punctuation_alone_have_no_words() {
        assertThat(QuestionText.hasWords("😀🙏 ?!")).isFalse();
        assertThat(QuestionText.hasWords("EI?")).isTrue();
        assertThat(QuestionText.hasWords("123")).isTrue();
    }
}
