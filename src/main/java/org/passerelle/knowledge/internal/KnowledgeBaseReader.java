package org.passerelle.knowledge.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.EntryFolder;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseCheck;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseLayout;
import org.passerelle.knowledge.KnowledgeBaseProblem;
import org.passerelle.knowledge.KnowledgeBaseProblem.Type;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.LifeEvent;
import org.passerelle.knowledge.LifeEventStep;
import org.passerelle.knowledge.LifeEventText;
import org.passerelle.knowledge.SystemIntent;
import org.passerelle.knowledge.Topic;
import org.passerelle.knowledge.internal.GuideSide.FrontMatterValue;
import org.passerelle.knowledge.internal.GuideSide.Numbered;
import org.passerelle.knowledge.internal.GuideSide.ParsedStep;

/**
 * Reads a whole knowledge-base folder into one validated snapshot. Parsing a guide file is
 * {@link GuideFileParser}'s job; this class checks what spans files: both language sides agree, ids are
 * unique, topics and links point to something, and no phrase is claimed by two intents. It finds the files by
 * {@link KnowledgeBaseLayout} and reads their words with {@link GuideGrammar}; it never uses
 * {@code KnowledgeBaseFiles}, which calls it.
 */
public final class KnowledgeBaseReader {

    private static final Pattern ID = GuideGrammar.ID;

    private static final Path ROOT = Path.of("");

    private static final java.util.concurrent.atomic.AtomicLong WHOLE_READS = new java.util.concurrent.atomic.AtomicLong();

    /** How many whole knowledge bases were read since the JVM started; see {@code KnowledgeBaseLoader.wholeParses}. */
    public static long wholeReads() {
        return WHOLE_READS.get();
    }

    private final FileSource source;
    private final Path displayRoot;
    private final Map<String, String> textsRead = new TreeMap<>();
    /** Every problem of the current {@link #check()}: a part that fails is recorded here and the next is read. */
    private final List<KnowledgeBaseProblem> problems = new ArrayList<>();

    /** Reads the knowledge-base folder {@code root}. */
    public KnowledgeBaseReader(Path root) {
        this(new FileSource.Folder(root), root);
    }

    private KnowledgeBaseReader(FileSource source, Path displayRoot) {
        this.source = source;
        this.displayRoot = displayRoot;
    }

    /**
     * Reads a knowledge base from its files' texts, keyed by path relative to the knowledge-base folder with
     * {@code /} separators; the rules and messages are the folder's.
     */
    public static KnowledgeBaseReader ofTexts(Map<String, String> texts) {
        return new KnowledgeBaseReader(new FileSource.Texts(texts), Path.of("knowledge-base"));
    }

    /**
     * After a successful {@link #read()}: the text of every file it read, as decoded (a byte order mark kept),
     * keyed like {@link #ofTexts}. Writing them back as UTF-8 gives the same bytes.
     */
    public Map<String, String> textsRead() {
        return Collections.unmodifiableMap(textsRead);
    }

    /**
     * Parses the two files of one guide, {@code guides/<id>/en.md} and {@code fr.md}, from this reader's source,
     * and checks that they agree; see {@code KnowledgeBaseLoader.parseGuide}.
     */
    public Guide readGuide(String id) {
        problems.clear();
        ParsedGuide parsed = parseGuide(Path.of(EntryFolder.GUIDES.folder(), id), id);
        if (parsed == null) {
            throw new KnowledgeBaseException(problems);
        }
        return parsed.build();
    }

    /**
     * The whole knowledge base, or the first problem.
     *
     * @throws KnowledgeBaseException with every problem found, the first as its message
     */
    public KnowledgeBase read() {
        return check().orThrow();
    }

    /**
     * Reads the whole knowledge base once and lists every problem: each file is parsed on its own, a file that
     * does not parse is left out of the checks that span files (so one mistake is reported once, not again as
     * the broken links it causes), and the cross-file checks report each offending reference or phrase.
     */
    public KnowledgeBaseCheck check() {
        WHOLE_READS.incrementAndGet();
        problems.clear();
        if (!source.isDirectory(ROOT)) {
            return new KnowledgeBaseCheck(null, Map.of(),
                    List.of(KnowledgeBaseProblem.of(displayRoot, 0, "knowledge-base folder not found")));
        }
        List<Topic> topics = attempt(() -> readTopics(Path.of(KnowledgeBaseLayout.TOPICS)));
        Set<String> guideIds = new LinkedHashSet<>();
        List<ParsedGuide> parsedGuides = readGuides(topics, guideIds);
        List<Guide> guides = parsedGuides.stream().map(ParsedGuide::build).toList();
        Map<SystemIntent, Map<Language, List<String>>> system = attempt(this::readSystemIntents);
        Map<Language, List<String>> synonymFiles = attempt(this::readSynonyms);
        checkNoSharedPhrases(guides, system == null ? Map.of() : system);
        List<LifeEvent> lifeEvents = readLifeEvents(guideIds);
        Map<String, Map<Language, String>> referrals = attempt(this::readReferralFiles);
        Map<String, Guide> byId = new LinkedHashMap<>();
        guides.forEach(g -> byId.put(g.id(), g));
        if (!problems.isEmpty()) {
            return new KnowledgeBaseCheck(null, byId, problems);
        }
        return new KnowledgeBaseCheck(new KnowledgeBase(topics, guides, system,
                withGuideSynonyms(synonymFiles, parsedGuides), lifeEvents, referrals), byId, List.of());
    }

    /** The part's result, or null with its problems recorded. */
    private <T> @Nullable T attempt(Supplier<T> part) {
        try {
            return part.get();
        } catch (KnowledgeBaseException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    // ---- topics -------------------------------------------------------------------------------

    private List<Topic> readTopics(Path file) {
        List<String> lines = readLines(file);
        String expectedHeader = "id\ticon\ten\tfr";
        if (lines.isEmpty() || !lines.getFirst().strip().equals(expectedHeader)) {
            throw error(file, 1, "the first line must be the header \"id<TAB>icon<TAB>en<TAB>fr\"");
        }
        List<Topic> topics = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw error(file, lineNo, "expected 4 tab-separated columns (id, icon, en, fr), found " + cols.length);
            }
            String id = cols[0].strip();
            if (!ID.matcher(id).matches()) {
                throw error(file, lineNo, "topic id \"" + id + "\" must be lowercase letters, digits and dashes");
            }
            if (seen.putIfAbsent(id, lineNo) != null) {
                throw error(file, lineNo, "duplicate topic id \"" + id + "\" (first on line " + seen.get(id) + ")");
            }
            for (int c = 1; c < 4; c++) {
                if (cols[c].isBlank()) {
                    throw error(file, lineNo, "empty column " + (c + 1));
                }
            }
            topics.add(new Topic(id, cols[1].strip(), Map.of(Language.EN, cols[2].strip(), Language.FR, cols[3].strip())));
        }
        if (topics.isEmpty()) {
            throw error(file, 0, "no topics");
        }
        return topics;
    }

    // ---- guides -------------------------------------------------------------------------------

    /** Every guide, parsed and checked against the others, in folder order. */
    /**
     * Every guide that parsed and agrees with itself, checked against the others, in folder order.
     *
     * @param topics   null when {@code topics.tsv} did not parse: topics are not checked then
     * @param guideIds filled with the id of every guide folder, parsed or not, so that a guide with a mistake is
     *                 not reported again as a broken link in each guide that points to it
     */
    private List<ParsedGuide> readGuides(@Nullable List<Topic> topics, Set<String> guideIds) {
        Path guidesDir = Path.of(EntryFolder.GUIDES.folder());
        List<Path> folders = attempt(() -> listSorted(guidesDir));
        if (folders == null) {
            return List.of();
        }
        Map<String, Path> lowerCaseIds = new HashMap<>();
        Map<String, ParsedGuide> parsedById = new LinkedHashMap<>();
        for (Path folder : folders) {
            String id = attempt(() -> guideFolder(folder, lowerCaseIds));
            if (id == null) {
                continue;
            }
            guideIds.add(id);
            ParsedGuide parsed = parseGuide(folder, id);
            if (parsed != null) {
                parsedById.put(id, parsed);
            }
        }
        if (folders.isEmpty()) {
            problems.add(KnowledgeBaseProblem.of(guidesDir, 0, "no guides"));
        }
        for (ParsedGuide parsed : parsedById.values()) {
            parsed.checkReferences(topics, guideIds, problems);
        }
        return List.copyOf(parsedById.values());
    }

    /** The id of a guide folder whose name and files are right. */
    private String guideFolder(Path folder, Map<String, Path> lowerCaseIds) {
        if (!source.isDirectory(folder)) {
            throw error(folder, 0, "only guide folders belong in guides/");
        }
        String id = folder.getFileName().toString();
        if (!ID.matcher(id).matches()) {
            throw error(folder, 0, "guide folder name \"" + id + "\" must be lowercase letters, digits and dashes");
        }
        Path previous = lowerCaseIds.putIfAbsent(id.toLowerCase(Locale.ROOT), folder);
        if (previous != null) {
            throw error(folder, 0, "duplicate guide id \"" + id + "\" (also " + previous + ")");
        }
        for (Path f : listSorted(folder)) {
            String name = f.getFileName().toString();
            if (Stream.of(Language.values()).noneMatch(l -> name.equals(l.code() + ".md"))) {
                throw error(f, 0, "unexpected file; a guide folder holds only en.md and fr.md");
            }
        }
        return id;
    }

    /** Both sides, each parsed on its own, and checked against each other when both parse; null with problems. */
    private @Nullable ParsedGuide parseGuide(Path folder, String id) {
        Map<Language, GuideSide> sides = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = folder.resolve(language.code() + ".md");
            GuideSide side = attempt(() -> {
                if (!source.isFile(file)) {
                    throw error(file, 0, "missing: guide \"" + id + "\" has no " + languageName(language) + " side");
                }
                return new GuideFileParser(file, file, readLines(file)).parse();
            });
            if (side != null) {
                sides.put(language, side);
            }
        }
        if (sides.size() < Language.values().length) {
            return null;
        }
        ParsedGuide parsed = new ParsedGuide(id, sides);
        return attempt(() -> {
            parsed.checkSidesAgree();
            return parsed;
        });
    }

    /** Both language sides of one guide, still with their line numbers for error messages. */
    private record ParsedGuide(String id, Map<Language, GuideSide> sides) {

        void checkSidesAgree() {
            GuideSide en = sides.get(Language.EN);
            for (Language language : Language.values()) {
                GuideSide side = sides.get(language);
                FrontMatterValue declared = side.front().get("id");
                if (!declared.value().equals(id)) {
                    throw error(side.file(), declared.line(),
                            "id \"" + declared.value() + "\" does not match the folder name \"" + id + "\"");
                }
                if (side == en) {
                    continue;
                }
                FrontMatterValue topic = side.front().get("topic");
                if (!topic.value().equals(en.front().get("topic").value())) {
                    throw error(side.file(), topic.line(), "topic \"" + topic.value()
                            + "\" differs from the English side's \"" + en.front().get("topic").value() + "\"");
                }
                if (!side.related().equals(en.related())) {
                    throw error(side.file(), Math.max(side.relatedLine(), 1),
                            "related guides differ from the English side's " + en.related());
                }
                if (side.steps().size() != en.steps().size()) {
                    throw error(side.file(), 0, "has " + side.steps().size()
                            + " steps but the English side has " + en.steps().size());
                }
                for (int i = 0; i < side.steps().size(); i++) {
                    ParsedStep s = side.steps().get(i);
                    ParsedStep e = en.steps().get(i);
                    if (s.step().optional() != e.step().optional() || s.step().orNext() != e.step().orNext()) {
                        throw error(side.file(), s.line(), "step " + (i + 1)
                                + ": \"optional\" and \"or-next\" must match the English side (line " + e.line() + ")");
                    }
                }
            }
        }

        /** Each unknown topic, related guide or linked guide, added to {@code problems}. */
        void checkReferences(@Nullable List<Topic> topics, Set<String> guideIds,
                List<KnowledgeBaseProblem> problems) {
            for (GuideSide side : sides.values()) {
                Path file = side.file();
                FrontMatterValue topic = side.front().get("topic");
                if (topics != null && topics.stream().noneMatch(t -> t.id().equals(topic.value()))) {
                    problems.add(new KnowledgeBaseProblem(file, topic.line(), Type.UNKNOWN_TOPIC,
                            "unknown topic \"" + topic.value() + "\" (see topics.tsv)", topic.value(), ""));
                }
                for (String r : side.related()) {
                    if (!guideIds.contains(r)) {
                        problems.add(new KnowledgeBaseProblem(file, side.relatedLine(), Type.UNKNOWN_RELATED_GUIDE,
                                "related guide \"" + r + "\" does not exist", r, ""));
                    } else if (r.equals(id)) {
                        problems.add(new KnowledgeBaseProblem(file, side.relatedLine(), Type.RELATED_TO_ITSELF,
                                "a guide cannot be related to itself", r, ""));
                    }
                }
                for (Numbered link : side.links()) {
                    if (!guideIds.contains(link.text())) {
                        problems.add(new KnowledgeBaseProblem(file, link.line(), Type.UNKNOWN_LINKED_GUIDE,
                                "link to guide \"" + link.text() + "\" which does not exist", link.text(), ""));
                    }
                }
            }
        }

        Guide build() {
            Map<Language, GuideText> texts = new EnumMap<>(Language.class);
            for (Map.Entry<Language, GuideSide> entry : sides.entrySet()) {
                GuideSide side = entry.getValue();
                texts.put(entry.getKey(), new GuideText(entry.getKey(), side.front().get("title").value(),
                        side.front().get("summary").value(), side.front().get("official-link").uri(),
                        side.front().get("last-reviewed").date(), side.steps().stream().map(ParsedStep::step).toList(),
                        side.questions().stream().map(Numbered::text).toList()));
            }
            return new Guide(id, sides.get(Language.EN).front().get("topic").value(),
                    sides.get(Language.EN).related(), texts);
        }
    }

    // ---- life events --------------------------------------------------------------------------

    /** {@code life-events/<id>/en.md} and {@code fr.md}; the folder is optional (a knowledge base without any). */
    private List<LifeEvent> readLifeEvents(Set<String> guideIds) {
        Path dir = Path.of(EntryFolder.LIFE_EVENTS.folder());
        if (!source.isDirectory(dir)) {
            return List.of();
        }
        List<LifeEvent> events = new ArrayList<>();
        for (Path folder : listSorted(dir)) {
            LifeEvent event = attempt(() -> readLifeEvent(folder, guideIds));
            if (event != null) {
                events.add(event);
            }
        }
        return events;
    }

    /** One life event's folder, both sides checked against each other and the guides. */
    private LifeEvent readLifeEvent(Path folder, Set<String> guideIds) {
        if (!source.isDirectory(folder)) {
            throw error(folder, 0, "only life-event folders belong in life-events/");
        }
        String id = folder.getFileName().toString();
        if (!ID.matcher(id).matches()) {
            throw error(folder, 0, "life-event folder name \"" + id + "\" must be lowercase letters, digits and dashes");
        }
        for (Path f : listSorted(folder)) {
            String name = f.getFileName().toString();
            if (Stream.of(Language.values()).noneMatch(l -> name.equals(l.code() + ".md"))) {
                throw error(f, 0, "unexpected file; a life-event folder holds only en.md and fr.md");
            }
        }
        Map<Language, LifeEventFileParser.Parsed> sides = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = folder.resolve(language.code() + ".md");
            if (!source.isFile(file)) {
                throw error(file, 0, "missing: life event \"" + id + "\" has no " + languageName(language) + " side");
            }
            LifeEventFileParser.Parsed side = new LifeEventFileParser(file, readLines(file)).parse();
            FrontMatterValue declared = side.front().get("id");
            if (!declared.value().equals(id)) {
                throw error(file, declared.line(),
                        "id \"" + declared.value() + "\" does not match the folder name \"" + id + "\"");
            }
            for (int s = 0; s < side.steps().size(); s++) {
                String guide = side.steps().get(s).guideId();
                if (!guideIds.contains(guide)) {
                    throw new KnowledgeBaseException(List.of(new KnowledgeBaseProblem(file,
                            side.stepLines().get(s), Type.UNKNOWN_STEP_GUIDE,
                            "step " + (s + 1) + ": guide \"" + guide + "\" does not exist", guide, "")));
                }
            }
            sides.put(language, side);
        }
        LifeEventFileParser.Parsed en = sides.get(Language.EN);
        for (Language language : Language.values()) {
            LifeEventFileParser.Parsed side = sides.get(language);
            for (int s = 0; s < Math.max(side.steps().size(), en.steps().size()); s++) {
                if (s >= side.steps().size() || s >= en.steps().size()
                        || !side.steps().get(s).guideId().equals(en.steps().get(s).guideId())) {
                    int line = s < side.stepLines().size() ? side.stepLines().get(s) : 0;
                    throw error(side.file(), line, "the steps must name the same guides in the same order as the"
                            + " English side " + en.steps().stream().map(LifeEventStep::guideId).toList());
                }
            }
        }
        Map<Language, LifeEventText> texts = new EnumMap<>(Language.class);
        sides.forEach((language, side) -> texts.put(language, side.text(language)));
        return new LifeEvent(id, texts);
    }

    // ---- referrals ----------------------------------------------------------------------------

    /**
     * The texts of {@code referrals/<id>/en.md} and {@code fr.md}, as read (their format belongs to the referral
     * feature, which parses and validates them); the folder is optional.
     */
    private Map<String, Map<Language, String>> readReferralFiles() {
        Path dir = Path.of(EntryFolder.REFERRALS.folder());
        Map<String, Map<Language, String>> referrals = new TreeMap<>();
        if (!source.isDirectory(dir)) {
            return referrals;
        }
        for (Path folder : listSorted(dir)) {
            if (!source.isDirectory(folder)) {
                continue;
            }
            Map<Language, String> sides = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                Path file = folder.resolve(language.code() + ".md");
                if (source.isFile(file)) {
                    readLines(file);
                    sides.put(language, textsRead.get(FileSource.key(file)));
                }
            }
            referrals.put(folder.getFileName().toString(), sides);
        }
        return referrals;
    }

    // ---- system intents -----------------------------------------------------------------------

    /** Every intent whose two files read; each unknown folder and each file's problem recorded. */
    private Map<SystemIntent, Map<Language, List<String>>> readSystemIntents() {
        Path dir = Path.of(KnowledgeBaseLayout.SYSTEM);
        for (Path folder : listSorted(dir)) {
            String name = folder.getFileName().toString();
            if (!source.isDirectory(folder) || SystemIntent.fromId(name).isEmpty()) {
                problems.add(KnowledgeBaseProblem.of(folder, 0, "unknown system intent \"" + name + "\"; known: "
                        + Stream.of(SystemIntent.values()).map(SystemIntent::id).toList()));
            }
        }
        Map<SystemIntent, Map<Language, List<String>>> result = new EnumMap<>(SystemIntent.class);
        for (SystemIntent intent : SystemIntent.values()) {
            Map<Language, List<String>> perLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                List<String> phrases = attempt(() -> systemPhrases(Path.of(KnowledgeBaseLayout.systemPath(intent, language))));
                if (phrases != null) {
                    perLanguage.put(language, phrases);
                }
            }
            if (perLanguage.size() == Language.values().length) {
                result.put(intent, perLanguage);
            }
        }
        return result;
    }

    private List<String> systemPhrases(Path file) {
        List<String> phrases = new ArrayList<>();
        for (Numbered line : contentLines(file)) {
            checkText(file, line.line(), line.text());
            phrases.add(line.text());
        }
        if (phrases.isEmpty()) {
            throw error(file, 0, "no phrases");
        }
        return phrases;
    }

    /** The file's lines that are neither blank nor a {@code #} comment, stripped, with their 1-based number. */
    private List<Numbered> contentLines(Path file) {
        List<Numbered> result = new ArrayList<>();
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                result.add(new Numbered(line, i + 1));
            }
        }
        return result;
    }

    // ---- synonyms -----------------------------------------------------------------------------

    private Map<Language, List<String>> readSynonyms() {
        Map<Language, List<String>> result = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> rules = attempt(() -> synonymRules(Path.of(KnowledgeBaseLayout.synonymsPath(language)), language));
            if (rules != null) {
                result.put(language, rules);
            }
        }
        return result;
    }

    private List<String> synonymRules(Path file, Language language) {
        List<String> rules = new ArrayList<>();
        for (Numbered numbered : contentLines(file)) {
            String line = numbered.text();
            int lineNo = numbered.line();
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                throw error(file, lineNo, "a synonym rule has at most one \"=>\"");
            }
            for (String side : sides) {
                for (String word : side.split(",", -1)) {
                    if (word.isBlank()) {
                        throw error(file, lineNo, "empty word in synonym rule \"" + line + "\"");
                    }
                }
            }
            if (sides.length == 1 && !line.contains(",")) {
                throw error(file, lineNo, "a synonym rule needs at least two words separated by \",\" or \"=>\"");
            }
            rules.add(line.toLowerCase(language.locale()));
        }
        return rules;
    }

    /**
     * The synonym files' lines, then each guide's own groups in guide order: search reads one list per language,
     * so a guide's synonyms work like a line of {@code synonyms/<lang>.txt} without an editor having to touch it.
     */
    private static Map<Language, List<String>> withGuideSynonyms(Map<Language, List<String>> fromFiles,
                                                                 List<ParsedGuide> guides) {
        Map<Language, List<String>> result = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> lines = new ArrayList<>(fromFiles.getOrDefault(language, List.of()));
            for (ParsedGuide guide : guides) {
                guide.sides().get(language).synonyms().forEach(g -> lines.add(g.toLowerCase(language.locale())));
            }
            result.put(language, List.copyOf(lines));
        }
        return result;
    }

    // ---- cross-file checks --------------------------------------------------------------------

    /** A phrase that teaches two intents would make the classifier guess: it is an editor's error. */
    private void checkNoSharedPhrases(List<Guide> guides, Map<SystemIntent, Map<Language, List<String>>> system) {
        for (Language language : Language.values()) {
            Map<String, String> owner = new HashMap<>();
            for (Guide guide : guides) {
                for (String q : guide.text(language).questions()) {
                    String previous = owner.putIfAbsent(GuideGrammar.phraseKey(q), guide.id());
                    if (previous != null && !previous.equals(guide.id())) {
                        Path file = Path.of(KnowledgeBaseLayout.guidePath(guide.id(), language));
                        problems.add(new KnowledgeBaseProblem(file, lineOf(file, q), Type.SHARED_PHRASE,
                                "the question \"" + q + "\" is also a question of guide \"" + previous + "\"", q,
                                previous));
                    }
                }
            }
            for (SystemIntent intent : system.keySet()) {
                for (String p : system.get(intent).get(language)) {
                    String previous = owner.putIfAbsent(GuideGrammar.phraseKey(p), intent.label());
                    if (previous != null && !previous.equals(intent.label())) {
                        Path file = Path.of(KnowledgeBaseLayout.systemPath(intent, language));
                        problems.add(new KnowledgeBaseProblem(file, lineOf(file, p), Type.SHARED_PHRASE,
                                "the phrase \"" + p + "\" also belongs to \"" + previous + "\"", p, previous));
                    }
                }
            }
        }
    }

    private int lineOf(Path file, String phrase) {
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(phrase)) {
                return i + 1;
            }
        }
        return 0;
    }

    // ---- files --------------------------------------------------------------------------------

    /** Lines of a UTF-8 file; a BOM is dropped, invalid UTF-8 is an error naming the file. */
    List<String> readLines(Path file) {
        byte[] bytes;
        try {
            bytes = source.read(file);
        } catch (NoSuchFileException e) {
            throw error(file, 0, "missing file");
        } catch (IOException e) {
            throw new KnowledgeBaseException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw error(file, 0, "is not valid UTF-8 text");
        }
        textsRead.put(FileSource.key(file), text);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = List.of(text.split("\r?\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            checkText(file, i + 1, lines.get(i));
        }
        return lines;
    }

    private void checkText(Path file, int line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw error(file, line, String.format("control character U+%04X", (int) c));
            }
        }
    }

    private List<Path> listSorted(Path dir) {
        if (!source.isDirectory(dir)) {
            throw error(dir, 0, "missing folder");
        }
        try {
            return source.list(dir);
        } catch (IOException e) {
            throw new KnowledgeBaseException(dir, 0, "cannot be listed: " + e.getMessage(), e);
        }
    }

    /** {@code file} is relative to the knowledge-base folder, as every path here. */
    private static KnowledgeBaseException error(Path file, int line, String problem) {
        return new KnowledgeBaseException(file, line, problem);
    }


    private static String languageName(Language language) {
        return language == Language.EN ? "English" : "French";
    }
}
