package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The {@code demo} profile, started as {@link AccountStore} (the accounts without the web application, a few
 * seconds instead of a full start). That there are no demo accounts without it is checked on the whole
 * application in {@link UserServiceTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsTest {

    @Test
    void the_demo_profile_creates_the_demo_accounts_once_and_says_so(CapturedOutput output) {
        String database = "--spring.datasource.url=jdbc:h2:mem:demo-accounts-test;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext first = AccountStore.start("--spring.profiles.active=demo", database)) {
            UserService users = first.getBean(UserService.class);
            assertThat(users.find("agent")).get().extracting(StaffAccount::roles).isEqualTo(Set.of(Roles.AGENT));
            assertThat(users.find("agent2")).get().extracting(StaffAccount::roles).isEqualTo(Set.of(Roles.AGENT));
            assertThat(users.find("editor")).get().extracting(StaffAccount::roles).isEqualTo(Set.of(Roles.EDITOR));
            assertThat(users.find("admin")).get().extracting(StaffAccount::roles).isEqualTo(Set.of(Roles.ADMIN, Roles.EDITOR));
            String hash = first.getBean(AppUserRepository.class).findByUsername("agent").orElseThrow().passwordHash();
            assertThat(first.getBean(PasswordEncoder.class).matches("demo-agent-password", hash)).isTrue();
        }
        assertThat(output).contains("WARN").contains("Demo accounts are active");

        // A second start finds them and leaves them alone.
        try (ConfigurableApplicationContext second = AccountStore.start("--spring.profiles.active=demo", database)) {
            assertThat(second.getBean(UserService.class).exists("admin")).isTrue();
        }
        assertThat(output).contains("created now: none");
    }

    @Test
    void without_the_demo_profile_the_demo_accounts_are_not_even_a_bean() {
        try (ConfigurableApplicationContext context = AccountStore.start(
                "--spring.datasource.url=jdbc:h2:mem:no-demo-test")) {
            assertThat(context.getBeansOfType(DemoAccounts.class)).isEmpty();
            assertThat(context.getBean(UserService.class).exists("agent")).isFalse();
        }
    }

    @Test
    void a_start_without_the_demo_profile_disables_the_demo_accounts_that_keep_their_published_passwords(
            CapturedOutput output) {
        String database = "--spring.datasource.url=jdbc:h2:mem:demo-guard-test;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext demo = AccountStore.start("--spring.profiles.active=demo", database)) {
            assertThat(demo.getBean(UserService.class).find("agent")).get().extracting(StaffAccount::enabled).isEqualTo(true);
        }

        try (ConfigurableApplicationContext real = AccountStore.start(database)) {
            UserService users = real.getBean(UserService.class);
            for (String demoAccount : Set.of("agent", "agent2", "editor", "admin")) {
                assertThat(users.find(demoAccount)).as(demoAccount).get().extracting(StaffAccount::enabled).isEqualTo(false);
                assertThat(real.getBean(SecurityAudit.class).actionsOf(demoAccount)).as(demoAccount)
                        .containsExactly(SecurityAudit.DEMO_ACCOUNT_DISABLED);
            }
        }
        assertThat(output).contains("WARN").contains("DISABLED").contains("DEMO_ACCOUNT_DISABLED");
    }

    @Test
    void an_account_named_like_a_demo_account_with_its_own_password_is_left_alone() {
        String database = "--spring.datasource.url=jdbc:h2:mem:demo-guard-own-test;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext first = AccountStore.start(database)) {
            first.getBean(UserService.class).create("admin", "Real Admin", "a password of our own", Set.of(Roles.ADMIN));
        }
        try (ConfigurableApplicationContext second = AccountStore.start(database)) {
            assertThat(second.getBean(UserService.class).find("admin")).get().extracting(StaffAccount::enabled)
                    .isEqualTo(true);
        }
    }
}
