package org.passerelle.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.passerelle.content.Finding.Kind;
import org.passerelle.content.Finding.Severity;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Step;
import org.passerelle.knowledge.SystemIntent;
import org.springframework.stereotype.Component;

/**
 * The checks a guide version goes through before it is submitted or published. The loader stays the authority on
 * the format: what it refuses is an error here too. Around it, these checks list every problem at once (the loader
 * stops at the first), and add what a loader does not judge: stale translations and plain language.
 */
@Component
class PrePublishChecks {

    /** What a version is checked against. */
    record Subject(String guideId, int number, Map<Language, String> texts, @Nullable Map<Language, String> baseTexts,
                   @Nullable Integer basedOn, @Nullable Integer publishedNumber, KnowledgeBaseFiles published) {
    }

    private final ContentSettings settings;

    PrePublishChecks(ContentSettings settings) {
        this.settings = settings;
    }

    CheckReport check(Subject subject) {
        List<Finding> findings = new ArrayList<>();
        Map<Language, Readability> readability = new EnumMap<>(Language.class);
        boolean sidesPresent = checkFields(subject, findings);
        if (ContentKind.of(subject.guideId()) != ContentKind.GUIDE) {
            // Life events and referrals: their parsers, run on the whole knowledge base, are the checks.
            if (sidesPresent) {
                checkWholeKnowledgeBase(subject, findings);
            }
            checkUntranslated(subject, findings);
        } else {
            checkGuide(subject, sidesPresent, findings, readability);
        }
        if (subject.basedOn() != null && subject.publishedNumber() != null
                && !subject.basedOn().equals(subject.publishedNumber())) {
            findings.add(new Finding(Severity.WARNING, Kind.OUTDATED_BASE, null, "version " + subject.basedOn(),
                    "this version was started from version " + subject.basedOn() + ", but version "
                            + subject.publishedNumber() + " has been published since: compare them before publishing"));
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return new CheckReport(subject.guideId(), subject.number(), findings, readability);
    }

    private void checkGuide(Subject subject, boolean sidesPresent, List<Finding> findings,
            Map<Language, Readability> readability) {
        Guide guide = null;
        if (sidesPresent) {
            try {
                guide = KnowledgeBaseLoader.parseGuide(subject.guideId(), subject.texts());
            } catch (KnowledgeBaseException e) {
                // A missing field is already listed, with all the others.
                boolean listed = e.getMessage().contains("field \"") && findings.stream().anyMatch(f -> f.kind() == Kind.MISSING_FIELD);
                if (!listed) {
                    findings.add(finding(Severity.ERROR, Kind.INVALID_TEXT, languageOf(e), e));
                }
            }
        }
        if (guide != null) {
            KnowledgeBase published = KnowledgeBaseLoader.load(subject.published());
            checkReferences(guide, published, findings);
            checkPhrases(guide, published, findings);
            checkSidesInStep(guide, subject, findings);
            for (Language language : Language.values()) {
                readability.put(language, checkPlainLanguage(guide.text(language), findings));
            }
            if (findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                checkWholeKnowledgeBase(subject, findings);
            }
        }
    }

    /** Missing sides and missing fields, all of them; true when both sides have some text. */
    private boolean checkFields(Subject subject, List<Finding> findings) {
        boolean sidesPresent = true;
        for (Language language : Language.values()) {
            String text = subject.texts().getOrDefault(language, "");
            String file = ContentKind.path(subject.guideId(), language);
            if (text.isBlank()) {
                findings.add(new Finding(Severity.ERROR, Kind.MISSING_SIDE, language, file,
                        "the " + name(language) + " side is missing"));
                sidesPresent = false;
                continue;
            }
            if (ContentKind.of(subject.guideId()) != ContentKind.GUIDE) {
                continue;
            }
            Map<String, FrontMatter.Field> fields = FrontMatter.fields(text);
            for (String field : KnowledgeBaseLoader.requiredGuideFields()) {
                FrontMatter.Field value = fields.get(field);
                if (value == null || value.value().isEmpty()) {
                    findings.add(new Finding(Severity.ERROR, Kind.MISSING_FIELD, language,
                            value == null ? file : file + ":" + value.line(),
                            "the " + name(language) + " side has no " + field));
                }
            }
        }
        return sidesPresent;
    }

    /** The topic, related guides and {@code guide:} links must exist among the published guides (or be this one). */
    private void checkReferences(Guide guide, KnowledgeBase published, List<Finding> findings) {
        if (published.topic(guide.topic()).isEmpty()) {
            findings.add(new Finding(Severity.ERROR, Kind.UNKNOWN_TOPIC, null, "topic",
                    "the topic \"" + guide.topic() + "\" does not exist (see topics.tsv)"));
        }
        for (String related : guide.related()) {
            if (related.equals(guide.id())) {
                findings.add(new Finding(Severity.ERROR, Kind.BROKEN_LINK, null, "related",
                        "a guide cannot be related to itself"));
            } else if (published.guide(related).isEmpty()) {
                findings.add(new Finding(Severity.ERROR, Kind.BROKEN_LINK, null, "related",
                        "the related guide \"" + related + "\" is not published"));
            }
        }
        for (Language language : Language.values()) {
            List<Step> steps = guide.text(language).steps();
            for (int i = 0; i < steps.size(); i++) {
                for (String link : new LinkedHashSet<>(KnowledgeBaseLoader.guideLinks(steps.get(i).body()))) {
                    if (!link.equals(guide.id()) && published.guide(link).isEmpty()) {
                        findings.add(new Finding(Severity.ERROR, Kind.BROKEN_LINK, language, "step " + (i + 1),
                                "the link to guide \"" + link + "\" points to no published guide"));
                    }
                }
            }
        }
    }

    /** Each training phrase may belong to one intent only: none of the other guides' or the system intents'. */
    private void checkPhrases(Guide guide, KnowledgeBase published, List<Finding> findings) {
        for (Language language : Language.values()) {
            Map<String, String> owners = new HashMap<>();
            for (Guide other : published.guides()) {
                if (!other.id().equals(guide.id())) {
                    for (String q : other.text(language).questions()) {
                        owners.putIfAbsent(KnowledgeBaseLoader.phraseKey(q), "guide \"" + other.id() + "\"");
                    }
                }
            }
            for (SystemIntent intent : SystemIntent.values()) {
                for (String p : published.systemPhrases(intent, language)) {
                    owners.putIfAbsent(KnowledgeBaseLoader.phraseKey(p), "the system intent \"" + intent.id() + "\"");
                }
            }
            List<String> questions = guide.text(language).questions();
            for (String q : questions) {
                String owner = owners.get(KnowledgeBaseLoader.phraseKey(q));
                if (owner != null) {
                    findings.add(new Finding(Severity.ERROR, Kind.PHRASE_CLASH, language, "questions",
                            "the question \"" + q + "\" is also a phrase of " + owner));
                }
            }
            if (questions.size() < settings.minQuestions()) {
                findings.add(new Finding(Severity.WARNING, Kind.FEW_QUESTIONS, language, "questions",
                        "the " + name(language) + " side has " + questions.size() + " questions; write at least "
                                + settings.minQuestions() + ", the way people really ask"));
            }
        }
    }

    /** A side reviewed before the other, or left as it was while the other changed, may be an old translation. */
    private void checkSidesInStep(Guide guide, Subject subject, List<Finding> findings) {
        for (Language language : Language.values()) {
            GuideText side = guide.text(language);
            GuideText other = guide.text(language.other());
            if (side.lastReviewed().isBefore(other.lastReviewed())) {
                findings.add(new Finding(Severity.WARNING, Kind.OLDER_SIDE, language, "last-reviewed",
                        "the " + name(language) + " side was last reviewed on " + side.lastReviewed() + ", the "
                                + name(language.other()) + " side on " + other.lastReviewed()
                                + ": check that it says the same"));
            }
        }
        checkUntranslated(subject, findings);
    }

    /** One side changed since the version this one started from, the other did not: perhaps not translated. */
    private void checkUntranslated(Subject subject, List<Finding> findings) {
        Map<Language, String> base = subject.baseTexts();
        if (base == null) {
            return;
        }
        for (Language language : Language.values()) {
            if (base.get(language).equals(subject.texts().get(language))
                    && !base.get(language.other()).equals(subject.texts().get(language.other()))) {
                findings.add(new Finding(Severity.WARNING, Kind.UNTRANSLATED_CHANGE, language,
                        ContentKind.path(subject.guideId(), language),
                        "the " + name(language.other()) + " side changed since version " + subject.basedOn()
                                + " but the " + name(language) + " side did not"));
            }
        }
    }

    private Readability checkPlainLanguage(GuideText text, List<Finding> findings) {
        Language language = text.language();
        int longWord = language == Language.FR ? settings.longWordLettersFr() : settings.longWordLettersEn();
        List<String> all = new ArrayList<>();
        Map<String, List<String>> parts = new java.util.LinkedHashMap<>();
        parts.put("summary", List.of(text.summary()));
        for (int i = 0; i < text.steps().size(); i++) {
            Step step = text.steps().get(i);
            List<String> blocks = new ArrayList<>(List.of(step.title()));
            blocks.addAll(PlainLanguage.blocks(step.body()));
            parts.put("step " + (i + 1), blocks);
        }
        parts.forEach((where, blocks) -> {
            Set<String> longWords = new TreeSet<>();
            for (String block : blocks) {
                for (String sentence : PlainLanguage.sentences(block)) {
                    all.add(sentence);
                    List<String> words = PlainLanguage.words(sentence);
                    if (words.size() > settings.maxSentenceWords()) {
                        findings.add(new Finding(Severity.WARNING, Kind.LONG_SENTENCE, language, where,
                                "a sentence of " + words.size() + " words (plain language: at most "
                                        + settings.maxSentenceWords() + "): \"" + sentence + "\""));
                    }
                    words.stream().filter(w -> PlainLanguage.letters(w) >= longWord).forEach(longWords::add);
                }
            }
            if (!longWords.isEmpty()) {
                findings.add(new Finding(Severity.INFO, Kind.LONG_WORD, language, where,
                        "long words, is there a shorter one? " + String.join(", ", longWords)));
            }
        });
        Readability score = PlainLanguage.readability(language, all);
        boolean hard = score.score() < settings.minReadingEase();
        findings.add(new Finding(hard ? Severity.WARNING : Severity.INFO, Kind.READABILITY, language, "whole guide",
                String.format(java.util.Locale.ROOT, "%s %.0f (%s; plain language: %.0f or more), %.1f words per sentence",
                        score.formula(), score.score(), hard ? "hard to read" : "fine", settings.minReadingEase(),
                        score.wordsPerSentence())));
        return score;
    }

    /** The loader on the whole knowledge base with this version published: what publishing would do. */
    private void checkWholeKnowledgeBase(Subject subject, List<Finding> findings) {
        try {
            ContentStore.load(withGuide(subject.published(), subject.guideId(), subject.texts()));
        } catch (KnowledgeBaseException e) {
            // A problem in this entry's own files is in its text; one elsewhere is what it breaks.
            boolean own = e.file() != null && java.util.Arrays.stream(Language.values())
                    .anyMatch(l -> ContentKind.path(subject.guideId(), l).equals(e.file().toString().replace('\\', '/')));
            findings.add(finding(Severity.ERROR, own && ContentKind.of(subject.guideId()) != ContentKind.GUIDE
                    ? Kind.INVALID_TEXT : Kind.INVALID_KNOWLEDGE_BASE, languageOf(e), e));
        }
    }

    /** {@code files} with this entry's two files (a guide's, a life event's, a referral's) replaced or added. */
    static KnowledgeBaseFiles withGuide(KnowledgeBaseFiles files, String guideId, Map<Language, String> texts) {
        KnowledgeBaseFiles result = files;
        for (Map.Entry<Language, String> side : texts.entrySet()) {
            result = result.with(ContentKind.path(guideId, side.getKey()), side.getValue());
        }
        return result;
    }

    static Finding finding(Severity severity, Kind kind, @Nullable Language language, KnowledgeBaseException e) {
        String where = e.file() == null ? "knowledge-base" : e.file().toString().replace('\\', '/')
                + (e.line() > 0 ? ":" + e.line() : "");
        return new Finding(severity, kind, language, where, e.getMessage());
    }

    private static @Nullable Language languageOf(KnowledgeBaseException e) {
        if (e.file() == null) {
            return null;
        }
        String name = e.file().getFileName().toString();
        return Language.fromCode(name.contains(".") ? name.substring(0, name.indexOf('.')) : "").orElse(null);
    }

    private static String name(Language language) {
        return language == Language.EN ? "English" : "French";
    }
}
