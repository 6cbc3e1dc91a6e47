package org.passerelle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;

/**
 * The French messages are French: none is the English text left as it was, except words that are the same in
 * both languages; and the wordings found awkward or wrong once are not back.
 */
class FrenchWordingTest {

    /** Keys whose English and French are rightly the same: words French shares with English, and units. */
    private static final Set<String> SAME_IN_BOTH = Set.of("guide.title", "agent.transcript", "agent.sendGuide.guide",
            "agent.notes.label", "admin.title", "admin.actions", "insights.gaps.count", "insights.dashboard.questions",
            "insights.dashboard.seconds", "insights.dashboard.minutes", "insights.dashboard.series.questions",
            "insights.dashboard.perGuide", "insights.dashboard.column.guide", "insights.nav.guides", "editor.list.heading",
            "editor.list.guide", "editor.list.version", "editor.history.versions", "editor.history.version",
            "editor.history.actions");

    @Test
    void no_french_message_is_its_english_text_left_untranslated() {
        Properties en = MessageFiles.load(Language.EN);
        Properties fr = MessageFiles.load(Language.FR);
        Map<String, String> same = new TreeMap<>();
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).equals(fr.getProperty(key)) && !SAME_IN_BOTH.contains(key)) {
                same.put(key, en.getProperty(key));
            }
        }
        assertThat(en.stringPropertyNames()).as("messages_en").hasSizeGreaterThan(100);
        assertThat(same).as("French messages identical to the English").isEmpty();
    }

    @Test
    void the_french_reads_as_natural_plain_french() {
        Properties fr = MessageFiles.load(Language.FR);

        assertThat(fr.getProperty("home.heading")).isEqualTo("De quoi avez-vous besoin ?");
        assertThat(String.join("\n", fr.stringPropertyNames().stream().map(fr::getProperty).toList()))
                .as("wordings that read as translated, or miss an accent")
                .doesNotContain("Pour quoi avez-vous", " a votre demande", "Une personne du personnel", "See in English");
        assertThat(fr.getProperty("layout.language.switch")).isEqualTo("Voir en français");
    }
}
