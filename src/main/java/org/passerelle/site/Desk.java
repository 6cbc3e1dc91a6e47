package org.passerelle.site;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A desk (team); its form is checked by {@link SiteService} before it gets here. */
@Entity
@Table(name = "desk")
class Desk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeskKind kind;

    @Column(name = "covers_all", nullable = false)
    private boolean coversAll;

    @Version
    @Column(nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "desk_site", joinColumns = @JoinColumn(name = "desk_id"))
    @Column(name = "site_id", nullable = false)
    private Set<Long> siteIds = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected Desk() {
    }

    Desk(DeskForm form) {
        apply(form);
    }

    void apply(DeskForm form) {
        name = form.name().strip();
        kind = form.kind();
        coversAll = form.coversAll();
        siteIds.clear();
        siteIds.addAll(form.siteIds());
    }

    /** The site is gone: a remote desk stops covering it. */
    void forget(long siteId) {
        siteIds.remove(siteId);
    }

    long id() {
        return java.util.Objects.requireNonNull(id, "a desk has an id once saved");
    }

    long version() {
        return version;
    }

    DeskInfo info() {
        return new DeskInfo(id(), name, kind, coversAll, siteIds, version);
    }
}
