package org.passerelle.handoff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.passerelle.knowledge.Language;

/** An agent's presence as stored: one row per agent who ever opened the console. */
@Entity
@Table(name = "agent_presence")
class AgentPresence {

    @Id
    private String agent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PresenceStatus status;

    @Column(nullable = false)
    private int capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_presence_desk", joinColumns = @JoinColumn(name = "agent"))
    @Column(name = "desk_id", nullable = false)
    private Set<Long> desks = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_presence_language", joinColumns = @JoinColumn(name = "agent"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false)
    private Set<Language> languages = new HashSet<>();

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected AgentPresence() {
    }

    /** A new agent: away, capacity given, no desk yet; they choose before they take anything. */
    AgentPresence(String agent, int capacity, Set<Language> languages, Instant now) {
        if (agent.isBlank() || agent.length() > 100) {
            throw new IllegalArgumentException("an agent's username is 1 to 100 characters");
        }
        this.agent = agent;
        this.status = PresenceStatus.AWAY;
        this.capacity = capacity;
        this.languages = new HashSet<>(languages);
        this.lastSeen = now;
        this.updatedAt = now;
    }

    String agent() {
        return agent;
    }

    PresenceStatus status() {
        return status;
    }

    int capacity() {
        return capacity;
    }

    Set<Long> desks() {
        return Set.copyOf(desks);
    }

    Set<Language> languages() {
        return Set.copyOf(languages);
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void status(PresenceStatus newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        this.updatedAt = now;
    }

    void serve(Set<Long> newDesks, Set<Language> newLanguages, Instant now) {
        desks.clear();
        desks.addAll(newDesks);
        languages.clear();
        languages.addAll(newLanguages);
        updatedAt = now;
    }

    void capacity(int newCapacity, Instant now) {
        this.capacity = newCapacity;
        this.updatedAt = now;
    }

    /** The console is there: heard from it now. */
    void seen(Instant now) {
        this.lastSeen = now;
    }

    AgentPresenceInfo info(int holding, boolean connected) {
        return new AgentPresenceInfo(agent, desks, languages, status, capacity, holding, lastSeen, connected);
    }
}
