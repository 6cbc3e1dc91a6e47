package org.passerelle.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * On a start <em>without</em> the {@code demo} profile: a demo account that still signs in with the password published
 * in {@code application-demo.properties} (one start with {@code demo} on the same database is enough to leave it
 * there) is disabled, with a WARN line and an audit line ({@link SecurityAudit#DEMO_ACCOUNT_DISABLED}). Disabled
 * rather than refusing to start: a kiosk must come up for citizens, and an administrator can enable the account
 * again after changing its password. An account of the same name with another password is left alone.
 */
@Component
@Profile("!" + DemoAccounts.PROFILE)
class DemoAccountGuard implements ApplicationRunner {

    static final String DEMO_FILE = "application-" + DemoAccounts.PROFILE + ".properties";

    private static final Logger log = LoggerFactory.getLogger(DemoAccountGuard.class);

    private final UserService users;
    private final SecurityAudit audit;

    DemoAccountGuard(UserService users, SecurityAudit audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> disabled = new ArrayList<>();
        published().accounts().forEach((username, account) -> {
            if (users.disableIfPassword(username, account.password())) {
                disabled.add(username);
                audit.record(username, SecurityAudit.DEMO_ACCOUNT_DISABLED, null,
                        "demo password still set on a start without the demo profile");
            }
        });
        if (!disabled.isEmpty()) {
            log.warn("Demo accounts {} still had the passwords published in {} and the demo profile is off: they are "
                    + "DISABLED. Give them a new password and enable them on the admin screen, or create real accounts "
                    + "with create-user.", disabled, DEMO_FILE);
        }
    }

    /** The demo accounts as that file publishes them, read directly: without the profile Spring does not load it. */
    static DemoSettings published() {
        ClassPathResource file = new ClassPathResource(DEMO_FILE);
        if (!file.exists()) {
            return new DemoSettings(java.util.Map.of());
        }
        try {
            Properties properties = PropertiesLoaderUtils.loadProperties(file);
            return new Binder(new MapConfigurationPropertySource(properties)).bind("passerelle.demo", DemoSettings.class)
                    .orElseGet(() -> new DemoSettings(java.util.Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
