package org.passerelle.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable, validated snapshot of everything the kiosk knows: topics, guides in both languages,
 * system intents' phrases (per intent and language) and search synonyms (Solr-format lines per language).
 * A new snapshot replaces the old one as a whole. Its {@link #revision} says which publication it is: every instance
 * serving the same revision serves the same content.
 */
public final class KnowledgeBase {

    private final List<Topic> topics;
    private final List<Guide> guides;
    private final Map<SystemIntent, Map<Language, List<String>>> systemPhrases;
    private final Map<Language, List<String>> synonyms;
    private final List<LifeEvent> lifeEvents;
    private final Map<String, Map<Language, String>> referralFiles;
    // Built once: the assistant looks guides up by id for every candidate of every question.
    private final Map<String, Guide> guidesById;
    private final long revision;

    public KnowledgeBase(List<Topic> topics, List<Guide> guides,
                         Map<SystemIntent, Map<Language, List<String>>> systemPhrases,
                         Map<Language, List<String>> synonyms) {
        this(topics, guides, systemPhrases, synonyms, List.of());
    }

    public KnowledgeBase(List<Topic> topics, List<Guide> guides,
                         Map<SystemIntent, Map<Language, List<String>>> systemPhrases,
                         Map<Language, List<String>> synonyms, List<LifeEvent> lifeEvents) {
        this(topics, guides, systemPhrases, synonyms, lifeEvents, Map.of());
    }

    /**
     * @param referralFiles the texts of {@code referrals/<id>/<language>.md} by referral id: the referral feature
     *                      owns their format and reads them ({@code ReferralService}); the knowledge base only
     *                      carries them, so that referrals change with the rest of the content, in one step
     */
    public KnowledgeBase(List<Topic> topics, List<Guide> guides,
                         Map<SystemIntent, Map<Language, List<String>>> systemPhrases,
                         Map<Language, List<String>> synonyms, List<LifeEvent> lifeEvents,
                         Map<String, Map<Language, String>> referralFiles) {
        this.lifeEvents = List.copyOf(lifeEvents);
        Map<String, Map<Language, String>> referrals = new java.util.TreeMap<>();
        referralFiles.forEach((id, sides) -> referrals.put(id, Map.copyOf(sides)));
        this.referralFiles = Collections.unmodifiableMap(referrals);
        this.topics = List.copyOf(topics);
        this.guides = List.copyOf(guides);
        this.systemPhrases = Map.copyOf(systemPhrases);
        this.synonyms = Map.copyOf(synonyms);
        this.guidesById = Collections.unmodifiableMap(this.guides.stream().collect(
                Collectors.toMap(Guide::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        this.revision = 0;
    }

    private KnowledgeBase(KnowledgeBase content, long revision) {
        this.topics = content.topics;
        this.guides = content.guides;
        this.systemPhrases = content.systemPhrases;
        this.synonyms = content.synonyms;
        this.lifeEvents = content.lifeEvents;
        this.referralFiles = content.referralFiles;
        this.guidesById = content.guidesById;
        this.revision = revision;
    }

    /**
     * Which publication this is: the content database counts its publications (one more at each, in its
     * transaction); a knowledge base read from a folder is revision 0.
     */
    public long revision() {
        return revision;
    }

    /** The same content, as publication {@code revision}. */
    public KnowledgeBase withRevision(long revision) {
        if (revision < 0) {
            throw new IllegalArgumentException("a revision is not negative: " + revision);
        }
        return revision == this.revision ? this : new KnowledgeBase(this, revision);
    }

    public List<Topic> topics() {
        return topics;
    }

    public List<Guide> guides() {
        return guides;
    }

    public Map<SystemIntent, Map<Language, List<String>>> systemPhrases() {
        return systemPhrases;
    }

    public Map<Language, List<String>> synonyms() {
        return synonyms;
    }

    public Optional<Guide> guide(String id) {
        return Optional.ofNullable(guidesById.get(id));
    }

    /** Guides by id, in knowledge-base order. */
    public Map<String, Guide> guidesById() {
        return guidesById;
    }

    /** Life events (after a death, a new baby, ...), in knowledge-base order. */
    public List<LifeEvent> lifeEvents() {
        return lifeEvents;
    }

    /** The referral files' texts by referral id (sorted), each side by language; a missing side is absent. */
    public Map<String, Map<Language, String>> referralFiles() {
        return referralFiles;
    }

    public Optional<LifeEvent> lifeEvent(String id) {
        return lifeEvents.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The life events that list this guide as one of their steps, in knowledge-base order. */
    public List<LifeEvent> lifeEventsWithGuide(String guideId) {
        return lifeEvents.stream().filter(e -> e.guideIds().contains(guideId)).toList();
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
