package org.passerelle.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where Spring Security finds staff accounts when someone signs in. Being the only
 * {@link UserDetailsService}, it also stops Spring Boot from creating its default user with a generated
 * password: without the {@code demo} profile or the {@code create-user} command, nobody can sign in.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    StaffUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(UserService.normalize(username))
                .map(user -> User.withUsername(user.username())
                        .password(user.passwordHash())
                        .roles(user.roles().toArray(String[]::new))
                        .disabled(!user.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no staff account with that username"));
    }
}
