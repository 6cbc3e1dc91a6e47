package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.passerelle.cli.Commands;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** {@code create-user}: the first real account, with its password on standard input. */
class CreateUserCommandTest {

    /** Kept open between contexts (DB_CLOSE_DELAY) so the test can read what the command stored. */
    private static final String DATABASE = "jdbc:h2:mem:create-user-test;DB_CLOSE_DELAY=-1";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final Supplier<ConfigurableApplicationContext> store = () -> AccountStore.start("--spring.datasource.url=" + DATABASE);
    private final Supplier<ConfigurableApplicationContext> noStore = () -> {
        throw new AssertionError("the database must not be opened for bad input");
    };

    private int run(String stdin, Supplier<ConfigurableApplicationContext> accounts, String... args) {
        return CreateUserCommand.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), accounts);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void creates_an_account_with_the_password_from_standard_input_and_refuses_the_same_name_twice() throws SQLException {
        int code = run("a strong café password\n", store,
                "--username", "Lea.Roy", "--role", "AGENT", "--role", "editor",
                "--display-name", "Léa Roy");

        assertThat(code).as(errors()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("created lea.roy (Léa Roy), roles AGENT, EDITOR");
        try (Connection db = DriverManager.getConnection(DATABASE, "sa", "");
                ResultSet row = db.createStatement().executeQuery(
                        "select password_hash, roles, display_name from app_user where username = 'lea.roy'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("password_hash")).doesNotContain("café");
            assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                    .matches("a strong café password", row.getString("password_hash"))).isTrue();
            assertThat(row.getString("roles")).isEqualTo("AGENT,EDITOR");
            assertThat(row.getString("display_name")).isEqualTo("Léa Roy");
        }

        assertThat(run("another strong password\n", store, "--username", "lea.roy", "--role", "ADMIN")).isEqualTo(2);
        assertThat(errors()).isEqualTo("create-user: the username \"lea.roy\" is already taken" + System.lineSeparator());
    }

    @Test
    void refuses_a_missing_role_with_one_line_and_exit_code_2() {
        assertThat(run("a strong enough password\n", noStore, "--username", "sam")).isEqualTo(2);
        assertThat(errors()).startsWith("create-user: missing --role").hasLineCount(1);
    }

    @Test
    void refuses_an_unknown_role_a_weak_password_or_no_password_before_opening_the_database() {
        assertThat(run("a strong enough password\n", noStore, "--username", "sam", "--role", "CITIZEN")).isEqualTo(2);
        assertThat(run("too short\n", noStore, "--username", "sam", "--role", "AGENT")).isEqualTo(2);
        assertThat(run("", noStore, "--username", "sam", "--role", "AGENT")).isEqualTo(2);
        assertThat(errors().lines().toList()).containsExactly(
                "create-user: unknown role \"CITIZEN\" (known: ADMIN, AGENT, EDITOR)",
                "create-user: the password is too short: use at least 12 characters (a few words make a good one)",
                "create-user: no password on standard input (type it, or pipe it in: never pass it as an argument)");
    }

    @Test
    void a_password_on_the_command_line_is_not_an_option() {
        assertThat(run("", noStore, "--username", "sam", "--role", "AGENT", "--password", "visible in history")).isEqualTo(2);
        assertThat(errors()).startsWith("create-user: unknown option --password").hasLineCount(1);
    }

    @Test
    void the_command_is_listed_and_dispatched_by_the_program() {
        assertThat(Commands.isCommand(new String[] {"create-user"})).isTrue();
        int code = Commands.run(new String[] {"create-user", "--role", "AGENT"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(errors()).isEqualTo("create-user: missing --username NAME" + System.lineSeparator());
    }
}
