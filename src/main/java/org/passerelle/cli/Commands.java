package org.passerelle.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.assistant.EvaluateHeldOutCommand;
import org.passerelle.content.ContentCommands;
import org.passerelle.intent.EvaluateIntentsCommand;
import org.passerelle.intent.EvaluateKnowledgeBaseCommand;
import org.passerelle.intent.TrainIntentModelCommand;
import org.passerelle.search.EvaluateSearchCommand;
import org.passerelle.security.CreateUserCommand;

/**
 * The evaluation and administration commands, run from the same jar as the kiosk without starting the web server:
 * {@code java -jar passerelle.jar evaluate-intents --train train.tsv --test test.tsv}. Each command
 * prints its figures on standard output, and a clear {@code file:line: problem} on standard error with
 * exit code 2 when its input is malformed.
 */
public final class Commands {

    /** A command's entry point: arguments after the command name, output, error output; returns the exit code. */
    @FunctionalInterface
    interface Command {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("evaluate-intents", EvaluateIntentsCommand::run);
        COMMANDS.put("evaluate-knowledge-base", EvaluateKnowledgeBaseCommand::run);
        COMMANDS.put("evaluate-heldout", EvaluateHeldOutCommand::run);
        COMMANDS.put("evaluate-search", EvaluateSearchCommand::run);
        COMMANDS.put("train-intent-model", TrainIntentModelCommand::run);
        COMMANDS.put("create-user", CreateUserCommand::run);
        COMMANDS.put("import-knowledge-base", ContentCommands::importKnowledgeBase);
        COMMANDS.put("export-knowledge-base", ContentCommands::exportKnowledgeBase);
    }

    private Commands() {
    }

    /** True when the program's first argument names a command rather than an option for the web app. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].equals("help"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<Command> command = Optional.ofNullable(args.length == 0 ? null : COMMANDS.get(args[0]));
        if (command.isEmpty()) {
            out.println("Passerelle commands:");
            out.println("  evaluate-intents --train FILE --test FILE [--validation FILE] [--oos-label oos]");
            out.println("  evaluate-knowledge-base [--knowledge-base DIR] [--folds 5] [--seed 42]");
            out.println("  evaluate-heldout [--knowledge-base DIR] [--en FILE] [--fr FILE] [--show-mistakes 20]");
            out.println("  evaluate-search --queries FILE [--knowledge-base DIR]");
            out.println("  train-intent-model --output DIR [--knowledge-base DIR]  (the production build ships one)");
            out.println("  create-user --username NAME --role ROLE [--role ROLE]... [--display-name TEXT]  (password on standard input)");
            out.println("  import-knowledge-base DIR  (into the content database; publishes what changed)");
            out.println("  export-knowledge-base DIR  (the published content, as files)");
            out.println("Without a command, the kiosk web application starts.");
            return args.length > 0 && args[0].equals("help") ? 0 : 2;
        }
        try {
            return command.get().run(List.copyOf(Arrays.asList(args).subList(1, args.length)), out, err);
        } catch (RuntimeException e) {
            // A command reports its own input errors; anything else is still one clear line, not a trace.
            err.println(args[0] + ": " + e.getMessage());
            return 1;
        }
    }
}
