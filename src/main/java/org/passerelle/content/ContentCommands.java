package org.passerelle.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import-knowledge-base DIR} and {@code export-knowledge-base DIR}: move the knowledge base between a folder
 * (format: {@code knowledge-base/README.md}) and the application's content database, without starting the web
 * server. An import is all or nothing and publishes what changed, as the editor's import does; an export writes
 * the published content. The audit log names the operating-system user ({@code cli:<user>}).
 *
 * <p>Exit codes: 0 done; 2 bad arguments or a malformed folder (one line {@code file:line: problem} on standard
 * error for each problem, nothing changed).
 */
public final class ContentCommands {

    static final String IMPORT_USAGE = "usage: import-knowledge-base DIR";
    static final String EXPORT_USAGE = "usage: export-knowledge-base DIR";

    private ContentCommands() {
    }

    public static int importKnowledgeBase(List<String> args, PrintStream out, PrintStream err) {
        return importKnowledgeBase(args, out, err, ContentDatabase::start);
    }

    public static int exportKnowledgeBase(List<String> args, PrintStream out, PrintStream err) {
        return exportKnowledgeBase(args, out, err, ContentDatabase::start);
    }

    /** With the content in {@code database} (tests open their own). */
    static int importKnowledgeBase(List<String> args, PrintStream out, PrintStream err,
            Supplier<ConfigurableApplicationContext> database) {
        return run("import-knowledge-base", IMPORT_USAGE, args, out, err, database, (store, folder) -> {
            ImportResult result = store.importFolder(folder, actor()).result();
            return String.format("%s: %d guides, life events and referrals added, %d updated, %d unchanged; %d other files changed", folder,
                    result.added().size(), result.updated().size(), result.unchanged(), result.files());
        });
    }

    static int exportKnowledgeBase(List<String> args, PrintStream out, PrintStream err,
            Supplier<ConfigurableApplicationContext> database) {
        return run("export-knowledge-base", EXPORT_USAGE, args, out, err, database, (store, folder) -> {
            ExportResult result = store.export(folder, actor());
            return "wrote " + result.written() + " files to " + folder
                    + (result.removed().isEmpty() ? "" : "; removed " + String.join(", ", result.removed()));
        });
    }

    /** Checks the one argument, opens the database, runs {@code action} and prints what it says. */
    private static int run(String name, String usage, List<String> args, PrintStream out, PrintStream err,
            Supplier<ConfigurableApplicationContext> database, BiFunction<ContentStore, Path, String> action) {
        if (args.size() != 1 || args.getFirst().startsWith("-")) {
            return usage(args, out, err, name, usage);
        }
        try (ConfigurableApplicationContext context = database.get()) {
            out.println(name + ": " + action.apply(context.getBean(ContentStore.class), Path.of(args.getFirst())));
            return 0;
        } catch (KnowledgeBaseException e) {
            e.problems().forEach(problem -> err.println(name + ": " + problem));
            return 2;
        } catch (ContentException e) {
            err.println(name + ": " + e.getMessage());
            return 2;
        }
    }

    private static int usage(List<String> args, PrintStream out, PrintStream err, String name, String usage) {
        if (args.contains("-h") || args.contains("--help")) {
            out.println(usage);
            return 0;
        }
        err.println(name + ": " + usage);
        return 2;
    }

    private static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
