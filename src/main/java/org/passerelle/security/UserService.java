package org.passerelle.security;

import java.util.List;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.passerelle.security.AccountException.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: agents, editors and administrators. Citizens never have one. Passwords are stored only
 * as hashes (see {@link PasswordHashing}); usernames are case-insensitive and kept in lower case.
 */
@Service
@Transactional
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates an enabled account.
     *
     * @param username    2 to 64 letters, digits, {@code . _ - @}; stored in lower case
     * @param displayName the name colleagues read, 1 to 100 characters
     * @param rawPassword at least 12 characters (and at most 72 bytes, BCrypt's limit); only its hash is kept
     * @param roles       at least one of {@link Roles#ALL}, in any case
     * @throws AccountException with a one-line reason when any of these is not met or the username is taken
     */
    public StaffAccount create(String username, String displayName, String rawPassword, Set<String> roles) {
        String name = AccountRules.username(username);
        String display = AccountRules.displayName(displayName);
        SortedSet<String> checkedRoles = AccountRules.roles(roles);
        AccountRules.password(rawPassword);
        if (users.existsByUsername(name)) {
            throw taken(name);
        }
        try {
            return users.saveAndFlush(new AppUser(name, passwordEncoder.encode(rawPassword), display, checkedRoles,
                    clock.instant())).account();
        } catch (DataIntegrityViolationException e) {
            // Created by someone else between the check and the insert: the unique constraint decides.
            throw taken(name);
        }
    }

    /** The name to show for a signed-in user, e.g. in the agent console's header or a help request's history. */
    @Transactional(readOnly = true)
    public Optional<String> findDisplayName(String username) {
        return find(username).map(StaffAccount::displayName);
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(String username) {
        return users.findByUsername(normalize(username)).map(AppUser::account);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(normalize(username));
    }

    /** Every account, by username. Administrators only. */
    @Transactional(readOnly = true)
    public List<StaffAccount> list() {
        requireAdmin();
        return users.findAll().stream().map(AppUser::account)
                .sorted(java.util.Comparator.comparing(StaffAccount::username)).toList();
    }

    /**
     * Turns an account on or off (a disabled account cannot sign in). Administrators only, and never their
     * own account, so that the last administrator cannot lock everyone out by mistake.
     */
    public StaffAccount setEnabled(String username, boolean enabled) {
        String admin = requireAdmin();
        AppUser user = existing(username);
        if (user.username().equals(admin) && !enabled) {
            throw new AccountException(Problem.OWN_ACCOUNT, "you cannot disable your own account");
        }
        boolean wasAgent = user.account().enabled() && user.account().roles().contains(Roles.AGENT);
        user.enabled(enabled);
        if (wasAgent && !enabled) {
            events.publishEvent(new AgentAccessEnded(user.username()));
        }
        return user.account();
    }

    /**
     * Disables the account when it exists, is enabled and {@code password} is its password (the published demo
     * passwords, see {@code DemoAccountGuard}). No administrator is signed in at start-up, hence package-private.
     *
     * @return whether it was disabled now
     */
    boolean disableIfPassword(String username, String password) {
        Optional<AppUser> found = users.findByUsername(normalize(username));
        if (found.isEmpty() || !found.get().enabled() || !passwordEncoder.matches(password, found.get().passwordHash())) {
            return false;
        }
        found.get().enabled(false);
        return true;
    }

    /** Replaces an account's roles. Administrators only; an administrator keeps their own ADMIN role. */
    public StaffAccount setRoles(String username, Set<String> roles) {
        String admin = requireAdmin();
        AppUser user = existing(username);
        SortedSet<String> checked = AccountRules.roles(roles);
        if (user.username().equals(admin) && !checked.contains(Roles.ADMIN)) {
            throw new AccountException(Problem.OWN_ACCOUNT, "you cannot remove your own administrator role");
        }
        boolean wasAgent = user.account().roles().contains(Roles.AGENT);
        user.roles(checked);
        if (wasAgent && !checked.contains(Roles.AGENT)) {
            events.publishEvent(new AgentAccessEnded(user.username()));
        }
        return user.account();
    }

    /** Creates an account on behalf of an administrator signed in to the admin screen. */
    public StaffAccount createAsAdmin(String username, String displayName, String rawPassword, Set<String> roles) {
        requireAdmin();
        return create(username, displayName, rawPassword, roles);
    }

    private AppUser existing(String username) {
        return users.findByUsername(normalize(username)).orElseThrow(
                () -> new AccountException(Problem.UNKNOWN_USER, "no account is called \"" + username + "\""));
    }

    /**
     * The signed-in administrator's username, in lower case like every account's; refuses anyone else, whatever screen
     * called. Every change that only administrators may make calls it first, in this feature and in others (sites,
     * kiosk enrolment): the one admin check of the application.
     *
     * @throws AccessDeniedException when nobody is signed in or the signed-in user is not an administrator
     */
    public static String requireAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream()
                .noneMatch(a -> ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()))) {
            throw new AccessDeniedException("administrators only");
        }
        return normalize(auth.getName());
    }

    static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static AccountException taken(String username) {
        return new AccountException(Problem.USERNAME_TAKEN, "the username \"" + username + "\" is already taken");
    }
}
