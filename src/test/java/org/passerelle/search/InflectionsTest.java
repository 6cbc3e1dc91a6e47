package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;

class InflectionsTest {

    @Test
    void forms_of_one_word_are_inflections() {
        assertThat(Inflections.areInflections(Language.EN, "expires", "expired")).isTrue();
        assertThat(Inflections.areInflections(Language.EN, "renewing", "renewal")).isTrue();
        assertThat(Inflections.areInflections(Language.FR, "declarations", "declaration")).isTrue();
        assertThat(Inflections.areInflections(Language.FR, "renouveler", "renouvelez")).isTrue();
    }

    @Test
    void misspellings_that_stem_alike_are_not_inflections() {
        assertThat(Inflections.areInflections(Language.EN, "insurence", "insurance")).isFalse();
        assertThat(Inflections.areInflections(Language.FR, "renouvelement", "renouvellement")).isFalse();
        assertThat(Inflections.areInflections(Language.FR, "asurance", "assurance")).isFalse();
    }
}
