package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void a_draft_guide_is_cross_validated_with_the_published_ones_in_both_languages() {
        TestGuide guide = newGuide("cv");
        GuideVersion draft = content.createGuide(guide.id(), guide.english(), guide.french());
        int phrasesEn = knowledge.current().trainingExamples(Language.EN).size();

        ClassifierCheck check = content.checkClassifier(guide.id(), draft.number());

        assertThat(check.languages()).containsOnlyKeys(Language.EN, Language.FR);
        ClassifierCheck.LanguageResult english = check.languages().get(Language.EN);
        assertThat(english.phrases()).isEqualTo(phrasesEn + TestGuide.ENGLISH_QUESTIONS.size());
        assertThat(english.accuracy()).isBetween(0.9, 1.0);
        assertThat(english.mostConfused()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(english.confusedWithGuide()).isNotEmpty().allMatch(c -> c.first().equals(guide.id()) || c.second().equals(guide.id()));
        assertThat(check.languages().get(Language.FR).accuracy()).isBetween(0.9, 1.0);
    }
}
