package org.passerelle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.knowledge.SampleKnowledgeBase.replaceIn;
import static org.passerelle.knowledge.SampleKnowledgeBase.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoaderTest {

    @TempDir
    Path root;

    @BeforeEach
    void writeSample() {
        SampleKnowledgeBase.write(root);
    }

    @Test
    void a_valid_folder_loads_every_part_in_both_languages() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(root);

        assertThat(kb.guides()).extracting(Guide::id).containsExactly("job-bank", "passport-renewal");
        Guide passport = kb.guide("passport-renewal").orElseThrow();
        assertThat(passport.topic()).isEqualTo("id-documents");
        GuideText fr = passport.text(Language.FR);
        assertThat(fr.title()).isEqualTo("Renouveler votre passeport");
        assertThat(fr.lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(fr.steps()).hasSize(3);
        assertThat(fr.questions()).containsExactly("renouveler mon passeport", "passeport expire", "renouvellement passeport");
        Step first = passport.text(Language.EN).steps().getFirst();
        assertThat(first.title()).isEqualTo("First step");
        assertThat(first.time()).contains("5 minutes");
        assertThat(first.bring()).containsExactly("Your passport", "Two photos");
        assertThat(first.body()).isEqualTo("Do the first thing.");
        assertThat(passport.text(Language.EN).steps().get(1).orNext()).isTrue();
        assertThat(passport.text(Language.EN).steps().get(2).optional()).isTrue();
        assertThat(kb.topic("work").orElseThrow().label(Language.FR)).isEqualTo("Travail");
        assertThat(kb.systemPhrases(SystemIntent.ASK_PERSON, Language.FR)).containsExactly("ask-person fr un", "ask-person fr deux");
        assertThat(kb.synonyms(Language.EN)).containsExactly("ei, employment insurance");
        assertThat(kb.trainingExamples(Language.EN))
                .contains(new LabeledText("passport-renewal", "pasport renewal"), new LabeledText("system:greeting", "greeting en one"));
    }

    @Test
    void an_unknown_front_matter_field_names_the_file_and_line() {
        replaceIn(root, "guides/job-bank/fr.md", "summary:", "sumary:");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("guides/job-bank/fr.md:4: unknown field \"sumary\"")
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).line()).isEqualTo(4));
    }

    @Test
    void a_guide_without_its_french_side_is_refused() throws IOException {
        Files.delete(root.resolve("guides/job-bank/fr.md"));

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/fr.md: missing: guide \"job-bank\" has no French side");
    }

    @Test
    void an_id_that_duplicates_another_guide_is_refused() {
        replaceIn(root, "guides/job-bank/en.md", "id: job-bank", "id: passport-renewal");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/en.md:2: id \"passport-renewal\" does not match the folder name \"job-bank\"");
    }

    @Test
    void a_step_without_text_is_refused() {
        replaceIn(root, "guides/passport-renewal/en.md", "Mail the form.", "");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/passport-renewal/en.md:16: step 2 \"Send it by mail\" has no text");
    }

    @Test
    void a_phrase_shared_by_two_guides_is_refused_even_with_other_case_and_accents() {
        replaceIn(root, "guides/job-bank/fr.md", "- chercher du travail", "- Renouvellement passeport !");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/passport-renewal/fr.md:28: the question \"renouvellement passeport\" is also a question of guide \"job-bank\"");
    }

    @Test
    void a_phrase_shared_by_a_guide_and_a_system_intent_is_refused() {
        write(root, "system/greeting/en.txt", "hello\nfind a job\n");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("system/greeting/en.txt:2: the phrase \"find a job\" also belongs to \"job-bank\"");
    }

    @Test
    void sides_with_different_step_counts_are_refused() {
        replaceIn(root, "guides/job-bank/fr.md", "## Étape : Envoyer par la poste\nor-next: oui\n\nPostez le formulaire.\n", "");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/fr.md: has 2 steps but the English side has 3");
    }

    @Test
    void sides_with_different_step_flags_are_refused() {
        replaceIn(root, "guides/job-bank/fr.md", "optional: oui", "optional: non");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageContaining("guides/job-bank/fr.md:20: step 3: \"optional\" and \"or-next\" must match the English side");
    }

    @Test
    void unknown_topics_related_guides_and_guide_links_are_refused() {
        replaceIn(root, "guides/job-bank/en.md", "topic: work", "topic: weather");
        replaceIn(root, "guides/job-bank/fr.md", "topic: work", "topic: weather");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/en.md:5: unknown topic \"weather\" (see topics.tsv)");

        SampleKnowledgeBase.write(root);
        replaceIn(root, "guides/job-bank/en.md", "Do the first thing.", "See [renewal](guide:passport-renew).");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/en.md:14: link to guide \"passport-renew\" which does not exist");

        SampleKnowledgeBase.write(root);
        replaceIn(root, "guides/job-bank/en.md", "last-reviewed: 2026-11-20", "last-reviewed: 2026-11-20\nrelated: nowhere");
        replaceIn(root, "guides/job-bank/fr.md", "last-reviewed: 2026-11-20", "last-reviewed: 2026-11-20\nrelated: nowhere");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/en.md:8: related guide \"nowhere\" does not exist");
    }

    @Test
    void malformed_values_name_their_line() {
        replaceIn(root, "guides/job-bank/en.md", "last-reviewed: 2026-11-20", "last-reviewed: 20/11/2026");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/en.md:7: last-reviewed must be a date written YYYY-MM-DD, not \"20/11/2026\"");

        SampleKnowledgeBase.write(root);
        replaceIn(root, "guides/job-bank/en.md", "https://www.canada.ca/en.html", "javascript:alert(1)");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/en.md:6: official-link must be an https address");

        SampleKnowledgeBase.write(root);
        replaceIn(root, "guides/job-bank/en.md", "or-next: yes", "or-next: maybe");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/en.md:16: \"or-next\" must be yes or no, not \"maybe\"");

        SampleKnowledgeBase.write(root);
        replaceIn(root, "guides/job-bank/en.md", "time: 5 minutes", "duration: 5 minutes");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("guides/job-bank/en.md:11: unknown step attribute \"duration\"");
    }

    @Test
    void unknown_sections_and_stray_text_are_refused() {
        replaceIn(root, "guides/job-bank/en.md", "## Questions", "## Questions people ask");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("guides/job-bank/en.md:26: unknown section \"## Questions people ask\"");

        SampleKnowledgeBase.write(root);
        replaceIn(root, "guides/job-bank/en.md", "---\n\n## Step: First step", "---\nHello there\n## Step: First step");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("guides/job-bank/en.md:9: text outside a step");
    }

    @Test
    void control_characters_and_invalid_utf8_are_refused() throws IOException {
        replaceIn(root, "guides/job-bank/en.md", "Do the first thing.", "Do the \u0007first thing.");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("guides/job-bank/en.md:14: control character U+0007");

        SampleKnowledgeBase.write(root);
        Files.write(root.resolve("system/thanks/fr.txt"), new byte[] {'m', 'e', 'r', 'c', 'i', (byte) 0xC3, '\n'});
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("system/thanks/fr.txt: is not valid UTF-8 text");
    }

    @Test
    void topics_synonyms_and_system_intents_are_checked() throws IOException {
        write(root, "topics.tsv", "id\ticon\ten\tfr\nwork\twork\tWork\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("topics.tsv:2: expected 4 tab-separated columns (id, icon, en, fr), found 3");

        SampleKnowledgeBase.write(root);
        write(root, "synonyms/fr.txt", "ae, assurance emploi\nchomage\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("synonyms/fr.txt:2: a synonym rule needs at least two words separated by \",\" or \"=>\"");

        SampleKnowledgeBase.write(root);
        write(root, "system/weather/en.txt", "sunny\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("system/weather: unknown system intent \"weather\"");

        Files.delete(root.resolve("system/weather/en.txt"));
        Files.delete(root.resolve("system/weather"));
        Files.delete(root.resolve("system/goodbye/fr.txt"));
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessage("system/goodbye/fr.txt: missing file");
    }

    @Test
    void a_guides_synonym_groups_are_added_to_its_languages_synonyms_after_the_synonym_file() {
        replaceIn(root, "guides/job-bank/en.md", "last-reviewed: 2026-11-20\n",
                "last-reviewed: 2026-11-20\nsynonyms: Job Bank, job board; cv, resume, résumé\n");

        KnowledgeBase kb = KnowledgeBaseLoader.load(root);

        assertThat(kb.synonyms(Language.EN))
                .containsExactly("ei, employment insurance", "job bank, job board", "cv, resume, résumé");
        assertThat(kb.synonyms(Language.FR)).containsExactly("ae, assurance emploi");
    }

    @Test
    void a_synonym_group_of_one_word_names_the_file_and_line() {
        replaceIn(root, "guides/job-bank/fr.md", "last-reviewed: 2026-11-20\n",
                "last-reviewed: 2026-11-20\nsynonyms: cv, curriculum; chomage\n");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("guides/job-bank/fr.md:8: synonym group \"chomage\" needs at least two words separated by \",\"");

        SampleKnowledgeBase.write(root);
        replaceIn(root, "guides/job-bank/en.md", "last-reviewed: 2026-11-20\n",
                "last-reviewed: 2026-11-20\nsynonyms: cv => resume\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("guides/job-bank/en.md:8: synonym group \"cv => resume\" is a one-way rule");
    }

    @Test
    void a_missing_folder_is_reported() {
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root.resolve("nowhere")))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("knowledge-base folder not found");
    }
}
