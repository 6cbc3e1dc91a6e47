package org.passerelle.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.passerelle.content.Finding.Kind;
import org.passerelle.content.Finding.Severity;
import org.passerelle.knowledge.FrontMatter;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseCheck;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.KnowledgeBaseLayout;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.KnowledgeBaseProblem;
import org.passerelle.knowledge.KnowledgeBaseProblem.Type;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Step;
import org.springframework.stereotype.Component;

/**
 * The checks a guide version goes through before it is submitted or published. The knowledge feature is the
 * authority on the files: the whole knowledge base with this version in it is read once
 * ({@link KnowledgeBaseFiles#check()}), and every problem it lists is an error here, said for an editor (a broken
 * link, an unknown topic, a phrase another guide has). Around it, these checks add what a loader does not judge:
 * missing sides, stale translations and plain language. The knowledge base that pass built is what a publication
 * puts in force, so a publication parses once.
 */
@Component
class PrePublishChecks {

    /** What a version is checked against. */
    record Subject(String guideId, int number, Map<Language, String> texts, @Nullable Map<Language, String> baseTexts,
                   @Nullable Integer basedOn, @Nullable Integer publishedNumber, KnowledgeBaseFiles published) {
    }

    /**
     * The report, and the knowledge base with the version published.
     *
     * @param knowledgeBase complete and validated; null when the report has errors
     */
    record Checked(CheckReport report, @Nullable KnowledgeBase knowledgeBase) {
    }

    private final ContentSettings settings;

    PrePublishChecks(ContentSettings settings) {
        this.settings = settings;
    }

    CheckReport check(Subject subject) {
        return checked(subject).report();
    }

    Checked checked(Subject subject) {
        Set<Finding> findings = new LinkedHashSet<>();
        Map<Language, Readability> readability = new EnumMap<>(Language.class);
        boolean guide = ContentKind.of(subject.guideId()) == ContentKind.GUIDE;
        KnowledgeBaseCheck whole = null;
        if (checkFields(subject, findings)) {
            whole = ContentStore.check(withGuide(subject.published(), subject.guideId(), subject.texts()));
            for (KnowledgeBaseProblem problem : whole.problems()) {
                Finding finding = finding(subject, whole, problem);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        Guide parsed = whole == null || !guide ? null : whole.guide(subject.guideId()).orElse(null);
        if (!guide) {
            checkUntranslated(subject, findings);
        } else if (parsed != null) {
            checkFewQuestions(parsed, findings);
            checkSidesInStep(parsed, subject, findings);
            for (Language language : Language.values()) {
                readability.put(language, checkPlainLanguage(parsed.text(language), findings));
            }
        }
        if (subject.basedOn() != null && subject.publishedNumber() != null
                && !subject.basedOn().equals(subject.publishedNumber())) {
            findings.add(new Finding(Severity.WARNING, Kind.OUTDATED_BASE, null, "version " + subject.basedOn(),
                    "this version was started from version " + subject.basedOn() + ", but version "
                            + subject.publishedNumber() + " has been published since: compare them before publishing"));
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        CheckReport report = new CheckReport(subject.guideId(), subject.number(), sorted, readability);
        return new Checked(report, report.publishable() && whole != null ? whole.knowledgeBase() : null);
    }

    /** Missing sides and missing fields, all of them; true when both sides have some text. */
    private boolean checkFields(Subject subject, Set<Finding> findings) {
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
            Map<String, FrontMatter.Field> fields = KnowledgeBaseFiles.frontMatter(text);
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

    /**
     * A problem of the knowledge base with this version in it, as an editor of this version reads it: about its own
     * files (its text, its references, its phrases), or about what it breaks elsewhere. Null for a missing field,
     * which {@link #checkFields} lists already.
     */
    private static @Nullable Finding finding(Subject subject, KnowledgeBaseCheck whole, KnowledgeBaseProblem problem) {
        String id = subject.guideId();
        boolean own = Arrays.stream(Language.values()).anyMatch(l -> ContentKind.path(id, l).equals(problem.path()));
        Language language = languageOf(problem);
        if (ContentKind.of(id) != ContentKind.GUIDE) {
            return finding(Severity.ERROR, own ? Kind.INVALID_TEXT : Kind.INVALID_KNOWLEDGE_BASE, language, problem);
        }
        if (!own) {
            // A phrase of another intent that this guide has too is reported in the file read after this one's.
            Guide guide = whole.guide(id).orElse(null);
            if (problem.type() == Type.SHARED_PHRASE && problem.other().equals(id) && guide != null && language != null) {
                String key = KnowledgeBaseLoader.phraseKey(problem.subject());
                String question = guide.text(language).questions().stream()
                        .filter(q -> KnowledgeBaseLoader.phraseKey(q).equals(key)).findFirst().orElse(problem.subject());
                return phraseClash(language, "questions", question,
                        ownerOf(problem.path()));
            }
            return finding(Severity.ERROR, Kind.INVALID_KNOWLEDGE_BASE, language, problem);
        }
        return switch (problem.type()) {
            case MISSING_FIELD -> null;
            case UNKNOWN_TOPIC -> new Finding(Severity.ERROR, Kind.UNKNOWN_TOPIC, null, "topic",
                    "the topic \"" + problem.subject() + "\" does not exist (see topics.tsv)");
            case UNKNOWN_RELATED_GUIDE -> new Finding(Severity.ERROR, Kind.BROKEN_LINK, null, "related",
                    "the related guide \"" + problem.subject() + "\" is not published");
            case RELATED_TO_ITSELF -> new Finding(Severity.ERROR, Kind.BROKEN_LINK, null, "related",
                    "a guide cannot be related to itself");
            case UNKNOWN_LINKED_GUIDE -> new Finding(Severity.ERROR, Kind.BROKEN_LINK, language,
                    stepLinking(whole.guide(id).orElse(null), language, problem),
                    "the link to guide \"" + problem.subject() + "\" points to no published guide");
            case SHARED_PHRASE -> phraseClash(language, problem.where(), problem.subject(),
                    "guide \"" + problem.other() + "\"");
            default -> finding(Severity.ERROR, Kind.INVALID_TEXT, language, problem);
        };
    }

    /** {@code step 2}: the first step of this side that has the broken link; the problem's file:line if none. */
    private static String stepLinking(@Nullable Guide guide, @Nullable Language language, KnowledgeBaseProblem link) {
        if (guide != null && language != null) {
            List<Step> steps = guide.text(language).steps();
            for (int i = 0; i < steps.size(); i++) {
                if (KnowledgeBaseLoader.guideLinks(steps.get(i).body()).contains(link.subject())) {
                    return "step " + (i + 1);
                }
            }
        }
        return link.where();
    }

    private static Finding phraseClash(@Nullable Language language, String where, String question, String owner) {
        return new Finding(Severity.ERROR, Kind.PHRASE_CLASH, language, where,
                "the question \"" + question + "\" is also a phrase of " + owner);
    }

    /** Who a phrase of {@code path} belongs to: {@code guide "x"} or {@code the system intent "x"}. */
    private static String ownerOf(String path) {
        String[] parts = path.split("/");
        return (parts[0].equals(KnowledgeBaseLayout.SYSTEM) ? "the system intent \"" : "guide \"") + parts[1] + "\"";
    }

    /** Fewer training phrases than the knowledge base asks for: the classifier learns the guide from too little. */
    private void checkFewQuestions(Guide guide, Set<Finding> findings) {
        for (Language language : Language.values()) {
            List<String> questions = guide.text(language).questions();
            if (questions.size() < settings.minQuestions()) {
                findings.add(new Finding(Severity.WARNING, Kind.FEW_QUESTIONS, language, "questions",
                        "the " + name(language) + " side has " + questions.size() + " questions; write at least "
                                + settings.minQuestions() + ", the way people really ask"));
            }
        }
    }

    /** A side reviewed before the other, or left as it was while the other changed, may be an old translation. */
    private void checkSidesInStep(Guide guide, Subject subject, Set<Finding> findings) {
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
    private void checkUntranslated(Subject subject, Set<Finding> findings) {
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

    private Readability checkPlainLanguage(GuideText text, Set<Finding> findings) {
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

    /** {@code files} with this entry's two files (a guide's, a life event's, a referral's) replaced or added. */
    static KnowledgeBaseFiles withGuide(KnowledgeBaseFiles files, String guideId, Map<Language, String> texts) {
        KnowledgeBaseFiles result = files;
        for (Map.Entry<Language, String> side : texts.entrySet()) {
            result = result.with(ContentKind.path(guideId, side.getKey()), side.getValue());
        }
        return result;
    }

    static Finding finding(Severity severity, Kind kind, @Nullable Language language, KnowledgeBaseProblem problem) {
        return new Finding(severity, kind, language, problem.where(), problem.toString());
    }

    private static @Nullable Language languageOf(KnowledgeBaseProblem problem) {
        if (problem.file() == null || problem.file().getFileName() == null) {
            return null;
        }
        String name = problem.file().getFileName().toString();
        return Language.fromCode(name.contains(".") ? name.substring(0, name.indexOf('.')) : "").orElse(null);
    }

    private static String name(Language language) {
        return language == Language.EN ? "English" : "French";
    }
}
