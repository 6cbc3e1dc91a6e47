package org.passerelle.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.passerelle.knowledge.Language;

/**
 * The parts of a guide that are indexed, one Lucene field per part and language ({@code title_en},
 * {@code title_fr}, ...). Separate fields per language, rather than one document per language, keep one
 * document per guide, so an upsert by guide id replaces both languages at once.
 */
enum Field {
    /** Stemmed, boosted; stored for {@link SearchHit#title()}. */
    TITLE,
    SUMMARY,
    /** Step titles, texts and things to bring. */
    STEPS,
    /** Training phrases, as editors wrote them (with their deliberate typos). */
    QUESTIONS,
    /** The topic tile's label. */
    TOPIC,
    /**
     * The curated text (title, summary, steps, topic, not the questions with their typos) as whole words,
     * lower-cased and accent-folded but not stemmed: the vocabulary that typo tolerance and "did you mean"
     * correct towards, so corrections are real words ({@code renewal}, not the stem {@code renew}).
     */
    WORDS,
    /** Stored only: summary and steps as plain text, cut into snippets. */
    BODY;

    /** The parts a question is searched in, each with a boost. */
    static final List<Field> SEARCHED = List.of(TITLE, SUMMARY, STEPS, QUESTIONS, TOPIC);

    /** The guide id: one document per guide. */
    static final String ID = "id";

    private final Map<Language, String> names = new EnumMap<>(Language.class);

    Field() {
        for (Language language : Language.values()) {
            names.put(language, name().toLowerCase(java.util.Locale.ROOT) + "_" + language.code());
        }
    }

    String in(Language language) {
        return names.get(language);
    }

    float boost(SearchSettings.Boost boost) {
        return switch (this) {
            case TITLE -> boost.title();
            case SUMMARY -> boost.summary();
            case STEPS -> boost.steps();
            case QUESTIONS -> boost.questions();
            case TOPIC -> boost.topic();
            case WORDS, BODY -> 0f;
        };
    }
}
