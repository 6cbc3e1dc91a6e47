package org.passerelle.knowledge.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseException;
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
 * unique, topics and links point to something, and no phrase is claimed by two intents.
 */
public final class KnowledgeBaseReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern GUIDE_LINK = Pattern.compile("\\]\\(guide:([^)\\s]*)\\)");

    private static final Path ROOT = Path.of("");

    private final FileSource source;
    private final Path displayRoot;
    private final Map<String, String> textsRead = new TreeMap<>();

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

    /** The front-matter fields every guide file must have, in the order they are reported missing. */
    public static final List<String> REQUIRED_GUIDE_FIELDS = GuideFileParser.REQUIRED_FIELDS;

    /**
     * Parses the two files of one guide, {@code guides/<id>/en.md} and {@code fr.md}, from this reader's source,
     * and checks that they agree; see {@code KnowledgeBaseLoader.parseGuide}.
     */
    public Guide readGuide(String id) {
        ParsedGuide parsed = parseGuide(Path.of("guides", id), id);
        return parsed.build();
    }

    public KnowledgeBase read() {
        if (!source.isDirectory(ROOT)) {
            throw new KnowledgeBaseException(displayRoot, 0, "knowledge-base folder not found");
        }
        List<Topic> topics = readTopics(Path.of("topics.tsv"));
        List<ParsedGuide> parsedGuides = readGuides(topics);
        List<Guide> guides = parsedGuides.stream().map(ParsedGuide::build).toList();
        Map<SystemIntent, Map<Language, List<String>>> system = readSystemIntents();
        Map<Language, List<String>> synonyms = withGuideSynonyms(readSynonyms(), parsedGuides);
        checkNoSharedPhrases(guides, system);
        List<LifeEvent> lifeEvents = readLifeEvents(parsedGuides.stream().map(ParsedGuide::id).toList());
        return new KnowledgeBase(topics, guides, system, synonyms, lifeEvents, readReferralFiles());
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
    private List<ParsedGuide> readGuides(List<Topic> topics) {
        Path guidesDir = Path.of("guides");
        List<Path> folders = listSorted(guidesDir);
        Map<String, Path> lowerCaseIds = new HashMap<>();
        Map<String, ParsedGuide> parsedById = new LinkedHashMap<>();
        for (Path folder : folders) {
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
            parsedById.put(id, parseGuide(folder, id));
        }
        if (parsedById.isEmpty()) {
            throw error(guidesDir, 0, "no guides");
        }
        for (ParsedGuide parsed : parsedById.values()) {
            parsed.checkReferences(topics, parsedById.keySet());
        }
        return List.copyOf(parsedById.values());
    }

    private ParsedGuide parseGuide(Path folder, String id) {
        Map<Language, GuideSide> sides = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = folder.resolve(language.code() + ".md");
            if (!source.isFile(file)) {
                throw error(file, 0, "missing: guide \"" + id + "\" has no " + languageName(language) + " side");
            }
            sides.put(language, new GuideFileParser(file, file, readLines(file)).parse());
        }
        ParsedGuide parsed = new ParsedGuide(id, sides);
        parsed.checkSidesAgree();
        return parsed;
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

        void checkReferences(List<Topic> topics, java.util.Set<String> guideIds) {
            for (GuideSide side : sides.values()) {
                Path file = side.file();
                FrontMatterValue topic = side.front().get("topic");
                if (topics.stream().noneMatch(t -> t.id().equals(topic.value()))) {
                    throw error(file, topic.line(), "unknown topic \"" + topic.value() + "\" (see topics.tsv)");
                }
                for (String r : side.related()) {
                    if (!guideIds.contains(r)) {
                        throw error(file, side.relatedLine(), "related guide \"" + r + "\" does not exist");
                    }
                    if (r.equals(id)) {
                        throw error(file, side.relatedLine(), "a guide cannot be related to itself");
                    }
                }
                for (Numbered link : side.links()) {
                    if (!guideIds.contains(link.text())) {
                        throw error(file, link.line(), "link to guide \"" + link.text() + "\" which does not exist");
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

    /** The guide ids that {@code [text](guide:id)} links in a piece of Markdown point to, in order. */
    public static List<String> guideLinks(String markdown) {
        return guideLinks(markdown, 1).stream().map(Numbered::text).toList();
    }

    static List<Numbered> guideLinks(String markdown, int firstLine) {
        List<Numbered> links = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = GUIDE_LINK.matcher(lines[i]);
            while (m.find()) {
                links.add(new Numbered(m.group(1), firstLine + i));
            }
        }
        return links;
    }

    // ---- life events --------------------------------------------------------------------------

    /** {@code life-events/<id>/en.md} and {@code fr.md}; the folder is optional (a knowledge base without any). */
    private List<LifeEvent> readLifeEvents(List<String> guideIds) {
        Path dir = Path.of("life-events");
        if (!source.isDirectory(dir)) {
            return List.of();
        }
        List<LifeEvent> events = new ArrayList<>();
        for (Path folder : listSorted(dir)) {
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
                        throw error(file, side.stepLines().get(s), "step " + (s + 1) + ": guide \"" + guide
                                + "\" does not exist");
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
            events.add(new LifeEvent(id, texts));
        }
        return events;
    }

    // ---- referrals ----------------------------------------------------------------------------

    /**
     * The texts of {@code referrals/<id>/en.md} and {@code fr.md}, as read (their format belongs to the referral
     * feature, which parses and validates them); the folder is optional.
     */
    private Map<String, Map<Language, String>> readReferralFiles() {
        Path dir = Path.of("referrals");
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

    private Map<SystemIntent, Map<Language, List<String>>> readSystemIntents() {
        Path dir = Path.of("system");
        for (Path folder : listSorted(dir)) {
            String name = folder.getFileName().toString();
            if (!source.isDirectory(folder) || SystemIntent.fromId(name).isEmpty()) {
                throw error(folder, 0, "unknown system intent \"" + name + "\"; known: "
                        + Stream.of(SystemIntent.values()).map(SystemIntent::id).toList());
            }
        }
        Map<SystemIntent, Map<Language, List<String>>> result = new EnumMap<>(SystemIntent.class);
        for (SystemIntent intent : SystemIntent.values()) {
            Map<Language, List<String>> perLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                Path file = dir.resolve(intent.id()).resolve(language.code() + ".txt");
                List<String> phrases = new ArrayList<>();
                List<String> lines = readLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    checkText(file, i + 1, line);
                    phrases.add(line);
                }
                if (phrases.isEmpty()) {
                    throw error(file, 0, "no phrases");
                }
                perLanguage.put(language, phrases);
            }
            result.put(intent, perLanguage);
        }
        return result;
    }

    // ---- synonyms -----------------------------------------------------------------------------

    private Map<Language, List<String>> readSynonyms() {
        Map<Language, List<String>> result = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = Path.of("synonyms", language.code() + ".txt");
            List<String> rules = new ArrayList<>();
            List<String> lines = readLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] sides = line.split("=>", -1);
                if (sides.length > 2) {
                    throw error(file, i + 1, "a synonym rule has at most one \"=>\"");
                }
                for (String side : sides) {
                    for (String word : side.split(",", -1)) {
                        if (word.isBlank()) {
                            throw error(file, i + 1, "empty word in synonym rule \"" + line + "\"");
                        }
                    }
                }
                if (sides.length == 1 && !line.contains(",")) {
                    throw error(file, i + 1, "a synonym rule needs at least two words separated by \",\" or \"=>\"");
                }
                rules.add(line.toLowerCase(language.locale()));
            }
            result.put(language, rules);
        }
        return result;
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
                    String previous = owner.putIfAbsent(phraseKey(q), guide.id());
                    if (previous != null && !previous.equals(guide.id())) {
                        Path file = Path.of("guides", guide.id(), language.code() + ".md");
                        throw error(file, lineOf(file, q),
                                "the question \"" + q + "\" is also a question of guide \"" + previous + "\"");
                    }
                }
            }
            for (SystemIntent intent : SystemIntent.values()) {
                for (String p : system.get(intent).get(language)) {
                    String previous = owner.putIfAbsent(phraseKey(p), intent.label());
                    if (previous != null && !previous.equals(intent.label())) {
                        Path file = Path.of("system", intent.id(), language.code() + ".txt");
                        throw error(file, lineOf(file, p),
                                "the phrase \"" + p + "\" also belongs to \"" + previous + "\"");
                    }
                }
            }
        }
    }

    /** Two phrases are the same when they differ only in case, accents, punctuation or spacing. */
    public static String phraseKey(String phrase) {
        String folded = Normalizer.normalize(phrase.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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
