package org.passerelle.knowledge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each file of a knowledge base lies, relative to the knowledge-base folder with {@code /} separators: the
 * topics' file, the system intents' phrases, the synonyms, and (with {@link EntryFolder}) the sides of guides, life
 * events and referrals. A class of its own, apart from {@link KnowledgeBaseFiles}: the reader in
 * {@code knowledge.internal} finds files with these paths, and {@link KnowledgeBaseFiles} calls that reader, so the
 * layout written in {@link KnowledgeBaseFiles} made the two need each other.
 */
public final class KnowledgeBaseLayout {

    /** The topics' file. */
    public static final String TOPICS = "topics.tsv";
    /** The folder of the system intents' phrases, {@code system/<intent>/<language>.txt}. */
    public static final String SYSTEM = "system";
    /** The folder of the search synonyms, {@code synonyms/<language>.txt}. */
    public static final String SYNONYMS = "synonyms";

    // Every file the format defines; anything else in a knowledge-base folder (README.md, .git) is not content.
    private static final Pattern CONTENT_FILE = Pattern.compile(Pattern.quote(TOPICS)
            + "|(guides|life-events|referrals)/[^/]+/[a-z]{2}\\.md|" + SYSTEM + "/[^/]+/[a-z]{2}\\.txt|" + SYNONYMS
            + "/[a-z]{2}\\.txt");
    private static final Pattern ENTRY_FILE = Pattern.compile("([^/]+)/([^/]+)/([a-z]{2})\\.md");

    private KnowledgeBaseLayout() {
    }

    /** One language side of a guide, life event or referral. */
    public record EntryFile(EntryFolder folder, String id, Language language) {
    }

    /** {@code guides/<id>/<language>.md}. */
    public static String guidePath(String guideId, Language language) {
        return EntryFolder.GUIDES.path(guideId, language);
    }

    /** {@code system/<intent>/<language>.txt}. */
    public static String systemPath(SystemIntent intent, Language language) {
        return SYSTEM + "/" + intent.id() + "/" + language.code() + ".txt";
    }

    /** {@code synonyms/<language>.txt}. */
    public static String synonymsPath(Language language) {
        return SYNONYMS + "/" + language.code() + ".txt";
    }

    /** A file the knowledge-base format defines (topics, an entry's side, system phrases, synonyms). */
    public static boolean isContentFile(String path) {
        return CONTENT_FILE.matcher(path).matches();
    }

    /** The entry and language of a guide's, life event's or referral's file; empty for any other path. */
    public static Optional<EntryFile> entryFile(String path) {
        Matcher m = ENTRY_FILE.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (EntryFolder folder : EntryFolder.values()) {
            if (folder.folder().equals(m.group(1))) {
                return Language.fromCode(m.group(3)).map(language -> new EntryFile(folder, m.group(2), language));
            }
        }
        return Optional.empty();
    }
}
