package org.passerelle.security;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passerelle.security.AccountException.Problem;

/**
 * What a staff account must look like. Shared by {@link UserService} and the {@code create-user} command,
 * which checks its input before asking for a password and before opening the database.
 */
final class AccountRules {

    /**
     * A floor, not a setting: shorter passwords are too easy to guess for an account that reads citizens'
     * conversations, and no deployment should be able to lower it by configuration.
     */
    static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt reads at most 72 bytes; Spring Security refuses longer input rather than silently cutting it. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_DISPLAY_NAME = 100;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{2,64}");

    private AccountRules() {
    }

    /** The username as stored: stripped and in lower case, so that "Alex" and "alex" are one person. */
    static String username(String raw) {
        String username = raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException(Problem.INVALID_USERNAME, "a username is 2 to 64 letters, digits, dots, dashes,"
                    + " underscores or @, was \"" + raw + "\"");
        }
        return username;
    }

    static String displayName(String raw) {
        String name = raw.strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
            throw new AccountException(Problem.INVALID_DISPLAY_NAME,
                    "a display name is 1 to " + MAX_DISPLAY_NAME + " characters, was \"" + raw + "\"");
        }
        return name;
    }

    /** The roles in upper case and in a stable order; at least one, each one of {@link Roles#ALL}. */
    static SortedSet<String> roles(@Nullable Collection<? extends @Nullable String> raw) {
        if (raw == null || raw.isEmpty()) {
            throw new AccountException(Problem.NO_ROLE, "an account needs at least one role (" + known() + ")");
        }
        SortedSet<String> roles = new TreeSet<>();
        for (String role : raw) {
            // null: a value the form does not know (a tampered checkbox), which the browser sent anyway
            String r = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
            if (!Roles.ALL.contains(r)) {
                throw new AccountException(Problem.UNKNOWN_ROLE, "unknown role \"" + role + "\" (known: " + known() + ")");
            }
            roles.add(r);
        }
        return roles;
    }

    static void password(String raw) {
        if (raw.codePointCount(0, raw.length()) < MIN_PASSWORD_LENGTH || raw.isBlank()) {
            throw new AccountException(Problem.WEAK_PASSWORD,
                    "the password is too short: use at least " + MIN_PASSWORD_LENGTH + " characters (a few words make a good one)");
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountException(Problem.PASSWORD_TOO_LONG,
                    "the password is too long: at most " + MAX_PASSWORD_BYTES + " bytes (about 70 plain letters)");
        }
    }

    private static String known() {
        return String.join(", ", new TreeSet<>(Roles.ALL));
    }
}
