package org.passerelle.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A knowledge-base file other than a guide's (table {@code content_file}): {@code topics.tsv},
 * {@code system/<intent>/<lang>.txt} or {@code synonyms/<lang>.txt}, kept as its text. The workflow does not edit
 * these yet; an import replaces them. Keeping the text, comments and order included, is what lets an export
 * give the same bytes back.
 */
@Entity
@Table(name = "content_file")
class StoredFile {

    @Id
    private String path;

    @Column(nullable = false, length = 1_000_000)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @SuppressWarnings("NullAway.Init")
    protected StoredFile() {
    }

    StoredFile(String path, String text, String by, Instant at) {
        this.path = path;
        this.text = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    void replace(String text, String by, Instant at) {
        this.text = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
