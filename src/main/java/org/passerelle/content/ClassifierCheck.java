package org.passerelle.content;

import java.util.List;
import java.util.Map;
import org.passerelle.intent.LabelConfusion;
import org.passerelle.knowledge.Language;

/**
 * How well the intent classifier would recognise the knowledge base's phrases with a guide version published:
 * stratified 5-fold cross-validation of the production classifier (as {@code evaluate-knowledge-base}), per
 * language.
 *
 * @param languages per language
 */
public record ClassifierCheck(String guideId, int number, Map<Language, LanguageResult> languages) {

    public ClassifierCheck {
        languages = Map.copyOf(languages);
    }

    /**
     * @param accuracy         share of phrases whose top-ranked label is their own, each classified by a model that
     *                         had not seen it
     * @param phrases          how many phrases were classified
     * @param mostConfused     label pairs mixed up most often (guide ids, or {@code system:...}), at most ten
     * @param confusedWithGuide the pairs that involve this guide: its phrases to reword first
     */
    public record LanguageResult(double accuracy, int phrases, List<LabelConfusion> mostConfused,
                                 List<LabelConfusion> confusedWithGuide) {

        public LanguageResult {
            mostConfused = List.copyOf(mostConfused);
            confusedWithGuide = List.copyOf(confusedWithGuide);
        }
    }
}
