package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The application's one admin check, {@link UserService#requireAdmin()}, which sites, kiosks and accounts call. */
class AdminCheckTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username, String... roles) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                AuthorityUtils.createAuthorityList(Arrays.stream(roles).map(r -> "ROLE_" + r).toList())));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void an_administrator_passes_and_is_named_in_lower_case_like_their_account() {
        signIn(" Root-Admin ", Roles.EDITOR, Roles.ADMIN);

        assertThat(UserService.requireAdmin()).isEqualTo("root-admin");
    }

    @Test
    void an_editor_or_an_agent_is_refused() {
        signIn("dominique", Roles.EDITOR, Roles.AGENT);

        assertThatThrownBy(UserService::requireAdmin).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_is_refused() {
        assertThatThrownBy(UserService::requireAdmin).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_role_that_merely_contains_admin_is_not_admin() {
        signIn("sly", "ADMIN_READER", "NOT_ADMIN");

        assertThatThrownBy(UserService::requireAdmin).isInstanceOf(AccessDeniedException.class);
    }
}
