package org.passerelle.knowledge;

/**
 * The folders of a knowledge base whose entries are a pair of Markdown files, {@code <folder>/<id>/en.md} and
 * {@code fr.md}: guides, life events and referrals. The one place that says where an entry's files are; see
 * {@link KnowledgeBaseLayout} for the rest of the layout.
 */
public enum EntryFolder {
    GUIDES("guides"), LIFE_EVENTS("life-events"), REFERRALS("referrals");

    private final String folder;

    EntryFolder(String folder) {
        this.folder = folder;
    }

    /** The folder's name, e.g. {@code life-events}. */
    public String folder() {
        return folder;
    }

    /** {@code <folder>/<id>/<language>.md}. */
    public String path(String id, Language language) {
        return folder + "/" + id + "/" + language.code() + ".md";
    }
}
