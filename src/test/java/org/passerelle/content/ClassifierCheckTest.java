package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.KnowledgeService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cross-validation of the classifier on the knowledge base as it would be with a draft published. On the small
 * knowledge base: what is checked is that the draft is included and reported in both languages; the bundled guides'
 * own accuracy is KnowledgeBaseCrossValidationTest's, and cross-validating them again took two minutes.
 */
class ClassifierCheckTest extends SmallContentTest {

    @Autowired
    KnowledgeService knowledge;

    private static String withQuestions(String text, String heading, List<String> questions) {
        return text.substring(0, text.indexOf(heading) + heading.length()) + "\n"
                + questions.stream().map(q -> "- " + q).collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void a_draft_guide_is_cross_validated_with_the_published_ones_in_both_languages() {
        // A published guide and a draft about the same word whose questions say the same with other words
        // ("adopting a …" for "adopt a …"): cross-validation confuses them, so what is said of the draft's confusions
        // is checked on confusions that exist.
        TestGuide published = newGuide("cv");
        GuideVersion first = approved(published);
        content.publish(first.guideId(), first.number(), first.lockVersion());
        TestGuide guide = new TestGuide(published.id() + "-again", published.word());
        String w = published.word();
        GuideVersion draft = content.createGuide(guide.id(),
                withQuestions(guide.english(), "## Questions", List.of("adopting a " + w, w + " adopt", "want a " + w,
                        w + " apply", "getting a " + w, "help with " + w, w + " applications", "forms for " + w,
                        w + " pets", "have a " + w, "a " + w + " please", w + " paper", "needing a " + w,
                        "adopt " + w, "get " + w)),
                withQuestions(guide.french(), "## Questions posées", List.of("adopter " + w, "adoptions " + w,
                        "obtenir " + w, "veux un " + w, "demandes de " + w, "demande " + w, "formulaires " + w,
                        "avoir un " + w, "aide pour " + w, "besoin " + w, "animal " + w, "papier " + w,
                        "un " + w + " svp", "adopter des " + w, "obtenir des " + w)));
        int phrasesEn = knowledge.current().trainingExamples(Language.EN).size();

        ClassifierCheck check = content.checkClassifier(guide.id(), draft.number());

        assertThat(check.languages()).containsOnlyKeys(Language.EN, Language.FR);
        ClassifierCheck.LanguageResult english = check.languages().get(Language.EN);
        assertThat(english.phrases()).isEqualTo(phrasesEn + TestGuide.ENGLISH_QUESTIONS.size());
        assertThat(english.accuracy()).as("two guides made to be confused").isBetween(0.5, 1.0);
        assertThat(english.mostConfused()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(english.confusedWithGuide()).as("the draft and the published guide of its stem").isNotEmpty()
                .allMatch(c -> c.first().equals(guide.id()) || c.second().equals(guide.id()));
        assertThat(check.languages().get(Language.FR).accuracy()).isBetween(0.5, 1.0);
    }
}
