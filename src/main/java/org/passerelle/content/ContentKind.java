package org.passerelle.content;

import java.util.Optional;
import java.util.stream.Stream;
import org.passerelle.knowledge.EntryFolder;
import org.passerelle.knowledge.KnowledgeBaseLayout;
import org.passerelle.knowledge.Language;

/**
 * The kinds of content that go through the workflow (versions, review, publication, history): guides, life events
 * and referrals, each a pair of files {@code <folder>/<id>/en.md} and {@code fr.md}.
 *
 * <p>The workflow names an entry by its <em>key</em>: a guide's id as it always was, and for the other kinds the id
 * behind its folder ({@code life-events/after-a-death}). Keys of different kinds never collide, a guide's rows in
 * the database stay as they were, and every service method that takes a guide id takes a key; the trade-off is that
 * a key is a string with a rule, rather than a column of its own (which would have needed a migration and a kind in
 * every query).
 */
public enum ContentKind {
    GUIDE(EntryFolder.GUIDES), LIFE_EVENT(EntryFolder.LIFE_EVENTS), REFERRAL(EntryFolder.REFERRALS);

    private final EntryFolder entries;
    private final String folder;

    ContentKind(EntryFolder entries) {
        this.entries = entries;
        this.folder = entries.folder();
    }

    /** The folder of the knowledge base that holds this kind, e.g. {@code life-events}. */
    public String folder() {
        return folder;
    }

    /** The workflow's key of the entry {@code id} of this kind. */
    public String key(String id) {
        return this == GUIDE ? id : folder + "/" + id;
    }

    /** The kind of a key. */
    public static ContentKind of(String key) {
        for (ContentKind kind : values()) {
            if (kind != GUIDE && key.startsWith(kind.folder + "/")) {
                return kind;
            }
        }
        return GUIDE;
    }

    /** The entry's id within its kind: the key without its folder. */
    public static String id(String key) {
        ContentKind kind = of(key);
        return kind == GUIDE ? key : key.substring(kind.folder.length() + 1);
    }

    /** The file of one language side of an entry, e.g. {@code referrals/health-card/fr.md}. */
    public static String path(String key, Language language) {
        return of(key).entries.path(id(key), language);
    }

    /** A file of the workflow's kinds, as its key and language. */
    record Side(String key, Language language) {
    }

    /** The key and language of a knowledge-base file when the workflow versions it (empty for topics, synonyms...). */
    static Optional<Side> side(String path) {
        return KnowledgeBaseLayout.entryFile(path).map(file -> new Side(
                Stream.of(values()).filter(k -> k.entries == file.folder()).findFirst().orElseThrow().key(file.id()),
                file.language()));
    }
}
