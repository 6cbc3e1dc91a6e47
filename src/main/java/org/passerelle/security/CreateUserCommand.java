package org.passerelle.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code create-user --username NAME --role ROLE [--role ROLE]... [--display-name TEXT]}: creates a staff
 * account in the application's database, the way a first real account comes to exist. The password is read
 * from the terminal without echo (typed twice), or as the first line of standard input when it is piped;
 * never from the command line, where it would stay in the shell's history and the process list.
 *
 * <p>Exit codes: 0 created, 2 bad arguments or input (one line on standard error, nothing stored).
 */
public final class CreateUserCommand {

    static final String USAGE = "usage: create-user --username NAME --role ROLE [--role ROLE]... [--display-name TEXT]"
            + " (password on standard input)";

    /** Where the password comes from; {@code null} when nothing was given. */
    @FunctionalInterface
    interface PasswordInput {
        @Nullable String read(String username) throws IOException, InputException;
    }

    /** Bad input, reported as one line and exit code 2. */
    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    private CreateUserCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Console console = System.console();
        PasswordInput password = console != null ? username -> fromTerminal(console, username) : username -> firstLine(System.in);
        return run(args, password, out, err, AccountStore::start);
    }

    /** With the password on {@code stdin} and the accounts in {@code store} (tests open their own database). */
    static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err,
            Supplier<ConfigurableApplicationContext> store) {
        return run(args, username -> firstLine(stdin), out, err, store);
    }

    private static int run(List<String> args, PasswordInput passwordInput, PrintStream out, PrintStream err,
            Supplier<ConfigurableApplicationContext> store) {
        if (args.contains("-h") || args.contains("--help")) {
            out.println(USAGE);
            return 0;
        }
        try {
            Request request = parse(args);
            // Checked before the password is asked for and before the database is opened.
            AccountRules.username(request.username);
            AccountRules.displayName(request.displayName());
            AccountRules.roles(request.roles);
            String password = passwordInput.read(request.username);
            if (password == null || password.isEmpty()) {
                throw new InputException("no password on standard input (type it, or pipe it in: never pass it as an argument)");
            }
            AccountRules.password(password);
            try (ConfigurableApplicationContext context = store.get()) {
                StaffAccount account = context.getBean(UserService.class)
                        .create(request.username, request.displayName(), password, Set.copyOf(request.roles));
                out.println("create-user: created " + account.username() + " (" + account.displayName() + "), roles "
                        + String.join(", ", new TreeSet<>(account.roles())));
                return 0;
            }
        } catch (InputException | AccountException e) {
            err.println("create-user: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("create-user: cannot read the password: " + e.getMessage());
            return 2;
        }
    }

    private record Request(String username, List<String> roles, @Nullable String givenDisplayName) {

        String displayName() {
            return givenDisplayName != null ? givenDisplayName : username;
        }
    }

    private static Request parse(List<String> args) throws InputException {
        String username = null;
        String displayName = null;
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!option.equals("--username") && !option.equals("--role") && !option.equals("--display-name")) {
                throw new InputException((option.startsWith("-") ? "unknown option " : "unexpected argument ") + option
                        + "; " + USAGE);
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new InputException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--role" -> roles.add(value);
                case "--username" -> username = once(option, username, value);
                default -> displayName = once(option, displayName, value);
            }
        }
        if (username == null) {
            throw new InputException("missing --username NAME");
        }
        if (roles.isEmpty()) {
            throw new InputException("missing --role (one or more of ADMIN, AGENT, EDITOR)");
        }
        return new Request(username, roles, displayName);
    }

    private static String once(String option, @Nullable String previous, String value) throws InputException {
        if (previous != null) {
            throw new InputException(option + " is given twice");
        }
        return value;
    }

    private static @Nullable String firstLine(InputStream in) throws IOException {
        // Not closed: it is the process's standard input.
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    }

    private static @Nullable String fromTerminal(Console console, String username) throws InputException {
        char[] first = console.readPassword("Password for %s (at least %d characters): ", username,
                AccountRules.MIN_PASSWORD_LENGTH);
        if (first == null) {
            return null;
        }
        char[] again = console.readPassword("The same password again: ");
        try {
            if (!Arrays.equals(first, again)) {
                throw new InputException("the two passwords are different; nothing was stored");
            }
            return new String(first);
        } finally {
            Arrays.fill(first, ' ');
            if (again != null) {
                Arrays.fill(again, ' ');
            }
        }
    }
}
