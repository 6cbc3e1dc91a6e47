package org.passerelle.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * A staff account (table {@code app_user}). Roles are one comma-separated column: there are three, they
 * are always read with the account, and no query selects by role yet; a join table can replace it when one
 * does.
 */
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    /** The encoder's output, with its algorithm prefix ({@code {bcrypt}$2a$10$…}); never the password. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(nullable = false, length = 100)
    private String roles;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected AppUser() {
    }

    /** Arguments already checked by {@link AccountRules}; the hash already computed. */
    AppUser(String username, String passwordHash, String displayName, SortedSet<String> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = String.join(",", roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Set<String> roles() {
        return Set.of(roles.split(","));
    }

    boolean enabled() {
        return enabled;
    }

    void enabled(boolean value) {
        enabled = value;
    }

    void roles(SortedSet<String> value) {
        roles = String.join(",", value);
    }

    StaffAccount account() {
        return new StaffAccount(username, displayName, roles(), enabled);
    }
}
