package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.security.AccountException.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff accounts in the application's database (the same context as the other Spring tests). */
@SpringBootTest
@Import(MutableClock.Config.class)
class UserServiceTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void a_password_is_stored_only_as_a_hash_that_matches_it() {
        StaffAccount account = users.create("hash-test", "Marie Tremblay", PASSWORD, Set.of(Roles.AGENT));

        String hash = repository.findByUsername("hash-test").orElseThrow().passwordHash();
        assertThat(hash).isNotEqualTo(PASSWORD).doesNotContain(PASSWORD).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches("another passphrase", hash)).isFalse();
        assertThat(account).isEqualTo(new StaffAccount("hash-test", "Marie Tremblay", Set.of(Roles.AGENT), true));
    }

    @Test
    void spring_security_sees_the_account_with_its_roles() {
        users.create("roles-test", "Jean Roy", PASSWORD, Set.of("admin", "Editor"));

        var details = userDetails.loadUserByUsername("Roles-Test");
        assertThat(details.getUsername()).isEqualTo("roles-test");
        assertThat(AuthorityUtils.authorityListToSet(details.getAuthorities())).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_EDITOR");
        assertThat(details.isEnabled()).isTrue();
        assertThat(users.findDisplayName("ROLES-TEST")).contains("Jean Roy");
        assertThat(users.findDisplayName("nobody")).isEmpty();
    }

    @Test
    void a_password_of_fewer_than_12_characters_is_refused() {
        assertThatThrownBy(() -> users.create("weak-test", "Weak", "elevenchars", Set.of(Roles.AGENT)))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("at least 12 characters")
                .extracting(e -> ((AccountException) e).problem()).isEqualTo(Problem.WEAK_PASSWORD);
        assertThat(users.exists("weak-test")).isFalse();
    }

    @Test
    void a_username_already_taken_is_refused_whatever_its_case() {
        users.create("duplicate-test", "First", PASSWORD, Set.of(Roles.AGENT));

        assertThatThrownBy(() -> users.create("Duplicate-Test", "Second", PASSWORD, Set.of(Roles.EDITOR)))
                .isInstanceOf(AccountException.class)
                .hasMessage("the username \"duplicate-test\" is already taken");
        assertThat(users.findDisplayName("duplicate-test")).contains("First");
    }

    @Test
    void an_account_needs_a_known_role_and_a_sensible_username() {
        assertThatThrownBy(() -> users.create("role-test", "R", PASSWORD, Set.of()))
                .hasMessageContaining("at least one role");
        assertThatThrownBy(() -> users.create("role-test", "R", PASSWORD, Set.of("CITIZEN")))
                .hasMessage("unknown role \"CITIZEN\" (known: ADMIN, AGENT, EDITOR)");
        assertThatThrownBy(() -> users.create("no spaces please", "R", PASSWORD, Set.of(Roles.AGENT)))
                .extracting(e -> ((AccountException) e).problem()).isEqualTo(Problem.INVALID_USERNAME);
    }

    @Test
    void a_role_that_arrives_as_null_is_an_unknown_role_not_a_crash() {
        Set<String> tampered = new java.util.HashSet<>(java.util.Arrays.asList(Roles.AGENT, null));

        assertThatThrownBy(() -> users.create("null-role-test", "R", PASSWORD, tampered))
                .isInstanceOf(AccountException.class)
                .extracting(e -> ((AccountException) e).problem()).isEqualTo(Problem.UNKNOWN_ROLE);
        assertThat(users.exists("null-role-test")).isFalse();
    }

    @Test
    void without_the_demo_profile_there_is_no_demo_account() {
        for (String demo : new String[] {"agent", "agent2", "editor", "admin"}) {
            assertThat(users.exists(demo)).as(demo).isFalse();
        }
    }
}
