package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.passerelle.config.Settings;
import org.passerelle.content.Finding.Kind;
import org.passerelle.content.Finding.Severity;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.Language;

/** The pre-publish checks of one guide version against the bundled knowledge base (no Spring needed). */
class PrePublishChecksTest {

    private static final KnowledgeBaseFiles BUNDLED = KnowledgeBaseFiles.read(Path.of("knowledge-base"));
    private static final PrePublishChecks CHECKS = new PrePublishChecks(
            Settings.of("passerelle.content", ContentSettings.class, Map.of()));

    private final TestGuide guide = new TestGuide("check-guide", "zorblcheck");

    private static CheckReport check(String id, String english, String french) {
        return check(id, english, french, null, null, null);
    }

    private static CheckReport check(String id, String english, String french, @Nullable Map<Language, String> base,
            @Nullable Integer basedOn, @Nullable Integer published) {
        return CHECKS.check(new PrePublishChecks.Subject(id, 2, Map.of(Language.EN, english, Language.FR, french),
                base, basedOn, published, BUNDLED));
    }

    @Test
    void a_complete_guide_in_plain_language_has_no_errors_and_a_readability_score_per_language() {
        CheckReport report = check(guide.id(), guide.english(), guide.french());

        assertThat(report.errors()).isEmpty();
        assertThat(report.publishable()).isTrue();
        assertThat(report.readability()).containsOnlyKeys(Language.EN, Language.FR);
        assertThat(report.readability().get(Language.EN).formula()).isEqualTo("Flesch reading ease");
        assertThat(report.readability().get(Language.FR).formula()).isEqualTo("Kandel-Moles");
        assertThat(report.readability().get(Language.EN).score()).isGreaterThan(60);
        assertThat(report.findings()).filteredOn(f -> f.kind() == Kind.READABILITY).hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void every_bundled_guide_life_event_and_referral_passes_without_errors() {
        for (var entry : ContentStore.entryTexts(BUNDLED).entrySet()) {
            Map<Language, String> texts = entry.getValue();
            CheckReport report = check(entry.getKey(), texts.get(Language.EN), texts.get(Language.FR));
            assertThat(report.errors()).as(entry.getKey()).isEmpty();
        }
    }

    @Test
    void a_missing_side_and_every_missing_field_are_listed() {
        String noTitleNoSummary = guide.english().replaceFirst("title: .*\n", "").replaceFirst("summary: .*\n", "summary:\n");

        CheckReport report = check(guide.id(), noTitleNoSummary, "");

        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).extracting(Finding::kind, Finding::language, Finding::where).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Kind.MISSING_SIDE, Language.FR, "guides/check-guide/fr.md"),
                org.assertj.core.groups.Tuple.tuple(Kind.MISSING_FIELD, Language.EN, "guides/check-guide/en.md"),
                org.assertj.core.groups.Tuple.tuple(Kind.MISSING_FIELD, Language.EN, "guides/check-guide/en.md:3"));
    }

    @Test
    void a_format_error_names_its_file_and_line() {
        CheckReport report = check(guide.id(), guide.english(), guide.french().replace("## Étape : Rapporter", "## Etap : Rapporter"));

        assertThat(report.errors()).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Kind.INVALID_TEXT))
                .satisfies(f -> assertThat(f.language()).isEqualTo(Language.FR))
                .satisfies(f -> assertThat(f.where()).isEqualTo("guides/check-guide/fr.md:15"));
    }

    @Test
    void links_to_unpublished_guides_unknown_topics_and_phrases_of_other_guides_are_errors() {
        String english = guide.english("Adopt a " + guide.word(), "See [renewing](guide:passport-renewal) and [this](guide:nowhere).")
                .replace("topic: id-documents", "topic: pets")
                .replace("- " + guide.word() + " papers", "- Renew my PASSPORT!");

        CheckReport report = check(guide.id(), english, guide.french().replace("topic: id-documents", "topic: pets"));

        assertThat(report.errors()).extracting(Finding::kind, Finding::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_TOPIC, "the topic \"pets\" does not exist (see topics.tsv)"),
                org.assertj.core.groups.Tuple.tuple(Kind.BROKEN_LINK, "the link to guide \"nowhere\" points to no published guide"),
                org.assertj.core.groups.Tuple.tuple(Kind.PHRASE_CLASH,
                        "the question \"Renew my PASSPORT!\" is also a phrase of guide \"passport-renewal\""));
    }

    @Test
    void a_side_reviewed_earlier_than_the_other_is_flagged_as_older() {
        CheckReport report = check(guide.id(), guide.english().replace("last-reviewed: 2026-11-20", "last-reviewed: 2026-11-24"),
                guide.french());

        assertThat(report.findings()).filteredOn(f -> f.kind() == Kind.OLDER_SIDE).singleElement()
                .satisfies(f -> assertThat(f.language()).isEqualTo(Language.FR))
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void a_side_left_unchanged_while_the_other_changed_is_flagged_as_possibly_untranslated() {
        Map<Language, String> base = Map.of(Language.EN, guide.english(), Language.FR, guide.french());
        String changed = guide.english("Adopt a " + guide.word(), "Go to the desk. Ask for the form.");

        CheckReport report = check(guide.id(), changed, guide.french(), base, 1, 1);

        assertThat(report.findings()).filteredOn(f -> f.kind() == Kind.UNTRANSLATED_CHANGE).singleElement()
                .satisfies(f -> assertThat(f.language()).isEqualTo(Language.FR))
                .satisfies(f -> assertThat(f.message()).contains("English side changed since version 1"));
        assertThat(report.findings()).noneMatch(f -> f.kind() == Kind.OUTDATED_BASE);
        assertThat(check(guide.id(), changed, guide.french(), base, 1, 3).findings())
                .anyMatch(f -> f.kind() == Kind.OUTDATED_BASE && f.severity() == Severity.WARNING);
    }

    @Test
    void long_sentences_long_words_and_few_questions_are_plain_language_warnings() {
        String longSentence = "You will need to bring the completed application together with all of the supporting"
                + " documentation that demonstrates your eligibility and also any other documents that the agent asks for.";
        String english = guide.english("Adopt a " + guide.word(), longSentence)
                .replaceAll("- .* papers\n", "").replaceAll("- can i have .*\n", "");

        CheckReport report = check(guide.id(), english, guide.french());

        assertThat(report.findings()).filteredOn(f -> f.kind() == Kind.LONG_SENTENCE).singleElement()
                .satisfies(f -> assertThat(f.where()).isEqualTo("step 1"))
                .satisfies(f -> assertThat(f.message()).startsWith("a sentence of 29 words"));
        assertThat(report.findings()).filteredOn(f -> f.kind() == Kind.LONG_WORD && f.language() == Language.EN)
                .singleElement().satisfies(f -> assertThat(f.message()).endsWith("? documentation"));
        assertThat(report.findings()).filteredOn(f -> f.kind() == Kind.FEW_QUESTIONS).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("has 13 questions"));
    }
}
