package org.passerelle.security;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile only: creates the accounts of {@code application-demo.properties} that do not
 * exist yet, and says loudly that anyone who reads that file can sign in. Existing accounts are left as they
 * are, so a restart never resets a password someone changed.
 */
@Component
@Profile(DemoAccounts.PROFILE)
class DemoAccounts implements ApplicationRunner {

    static final String PROFILE = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserService users;
    private final DemoSettings settings;

    DemoAccounts(UserService users, DemoSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> created = new ArrayList<>();
        settings.accounts().forEach((username, account) -> {
            if (!users.exists(username)) {
                users.create(username, account.displayName(), account.password(), account.roles());
                created.add(username);
            }
        });
        log.warn("Demo accounts are active (profile \"{}\"): {} can sign in with the passwords written in "
                        + "application-demo.properties (created now: {}). Never run a real kiosk with this profile.",
                PROFILE, settings.accounts().keySet(), created.isEmpty() ? "none" : created);
    }
}
