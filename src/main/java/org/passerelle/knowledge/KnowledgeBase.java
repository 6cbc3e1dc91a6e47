package org.passerelle.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable, validated snapshot of everything the kiosk knows: topics, guides in both languages,
 * system intents' phrases and search synonyms. A new snapshot replaces the old one as a whole.
 *
 * @param systemPhrases phrases per system intent and language
 * @param synonyms      Solr-format synonym lines per language
 */
public record KnowledgeBase(
        List<Topic> topics, List<Guide> guides, Map<SystemIntent, Map<Language, List<String>>> systemPhrases,
        Map<Language, List<String>> synonyms) {

    public KnowledgeBase {
        topics = List.copyOf(topics);
        guides = List.copyOf(guides);
        systemPhrases = Map.copyOf(systemPhrases);
        synonyms = Map.copyOf(synonyms);
    }

    public Optional<Guide> guide(String id) {
        return Optional.ofNullable(guidesById().get(id));
    }

    public Map<String, Guide> guidesById() {
        return guides.stream().collect(Collectors.toMap(Guide::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Guide> guidesInTopic(String topicId) {
        return guides.stream().filter(g -> g.topic().equals(topicId)).toList();
    }

    public List<String> systemPhrases(SystemIntent intent, Language language) {
        return systemPhrases.getOrDefault(intent, Map.of()).getOrDefault(language, List.of());
    }

    public List<String> synonyms(Language language) {
        return synonyms.getOrDefault(language, List.of());
    }

    /**
     * All labelled phrases of one language: each guide's questions under its id, and each system
     * intent's phrases under its {@link SystemIntent#label()}.
     */
    public List<LabeledText> trainingExamples(Language language) {
        List<LabeledText> examples = new ArrayList<>();
        for (Guide guide : guides) {
            for (String q : guide.text(language).questions()) {
                examples.add(new LabeledText(guide.id(), q));
            }
        }
        for (SystemIntent intent : SystemIntent.values()) {
            for (String p : systemPhrases(intent, language)) {
                examples.add(new LabeledText(intent.label(), p));
            }
        }
        return examples;
    }
}
