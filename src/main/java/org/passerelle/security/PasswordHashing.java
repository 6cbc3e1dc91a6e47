package org.passerelle.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed. Spring Security's delegating encoder writes BCrypt hashes with an algorithm
 * prefix ({@code {bcrypt}…}), so a later move to another algorithm can re-hash at sign-in without
 * invalidating stored passwords. Argon2 would be stronger against GPUs, but Spring's Argon2 encoder needs
 * Bouncy Castle on the class path, a dependency we do not otherwise have; BCrypt needs nothing more.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
