package org.passerelle.security;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo accounts, by username. Set only in {@code application-demo.properties}, and read only by
 * {@link DemoAccounts}, which exists only with the {@code demo} profile.
 */
@ConfigurationProperties("passerelle.demo")
record DemoSettings(@DefaultValue Map<String, Account> accounts) {

    record Account(String displayName, String password, Set<String> roles) {
    }
}
