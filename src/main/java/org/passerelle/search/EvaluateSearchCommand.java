package org.passerelle.search;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.Language;

/**
 * {@code evaluate-search --queries FILE [--knowledge-base DIR]}: how well search ranks the expected guide for
 * held-out questions. FILE is UTF-8, one {@code language<TAB>question<TAB>expected-guide-id} per line,
 * {@code #} comments and blank lines allowed. Prints Recall@1, Recall@3 and mean reciprocal rank (over the
 * first 10 hits) per language and overall, then the questions whose guide did not come first. Search uses
 * the application's settings ({@code passerelle.search.*} in {@code application.properties}).
 *
 * <p>Exit codes: 0 done, 2 bad arguments or input (each problem printed as {@code file:line: problem}).
 */
public final class EvaluateSearchCommand {

    static final String USAGE = "usage: evaluate-search --queries FILE [--knowledge-base DIR]";

    private EvaluateSearchCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path queriesFile = null;
        Path knowledgeBaseDir = Path.of("knowledge-base");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "--queries", "--knowledge-base" -> {
                    if (i + 1 >= args.size()) {
                        err.println("evaluate-search: " + arg + " needs a value");
                        err.println(USAGE);
                        return 2;
                    }
                    Path value = Path.of(args.get(++i));
                    if (arg.equals("--queries")) {
                        queriesFile = value;
                    } else {
                        knowledgeBaseDir = value;
                    }
                }
                default -> {
                    err.println("evaluate-search: unknown argument \"" + arg + "\"");
                    err.println(USAGE);
                    return 2;
                }
            }
        }
        if (queriesFile == null) {
            err.println("evaluate-search: --queries is required");
            err.println(USAGE);
            return 2;
        }

        KnowledgeBase knowledgeBase;
        try {
            knowledgeBase = KnowledgeBaseLoader.load(knowledgeBaseDir);
        } catch (KnowledgeBaseException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<SearchEvaluation.LabeledQuery> queries;
        try {
            queries = SearchEvaluation.read(queriesFile, knowledgeBase.guidesById().keySet());
        } catch (SearchEvaluation.MalformedQueries e) {
            e.problems().forEach(err::println);
            return 2;
        }

        List<SearchEvaluation.Outcome> outcomes;
        try (SearchIndex index = GuideIndexer.index(knowledgeBase, SearchSettings.fromApplicationProperties())) {
            outcomes = SearchEvaluation.run(index, queries);
        }
        print(queriesFile, knowledgeBaseDir, knowledgeBase, outcomes, out);
        return 0;
    }

    private static void print(Path queriesFile, Path knowledgeBaseDir, KnowledgeBase knowledgeBase,
            List<SearchEvaluation.Outcome> outcomes, PrintStream out) {
        out.printf(Locale.ROOT, "evaluate-search: %d queries from %s, knowledge base %s (%d guides)%n%n",
                outcomes.size(), queriesFile, knowledgeBaseDir, knowledgeBase.guides().size());
        out.printf(Locale.ROOT, "%-8s %8s %9s %9s %7s%n", "language", "queries", "recall@1", "recall@3", "MRR");
        for (Map.Entry<Language, SearchEvaluation.Metrics> row : SearchEvaluation.byLanguage(outcomes).entrySet()) {
            printRow(row.getKey().code(), row.getValue(), out);
        }
        printRow("all", SearchEvaluation.Metrics.of(outcomes), out);

        List<SearchEvaluation.Outcome> missed = outcomes.stream().filter(o -> o.rank() != 1).toList();
        out.printf(Locale.ROOT, "%nMissed at rank 1: %d%n", missed.size());
        for (SearchEvaluation.Outcome o : missed) {
            out.printf(Locale.ROOT, "  %s:%d  %s  \"%s\"  expected %s (%s), got %s%n",
                    queriesFile, o.query().line(), o.query().language().code(), o.query().question(),
                    o.query().expectedGuideId(),
                    o.rank() == 0 ? "not in top " + SearchEvaluation.DEPTH : "rank " + o.rank(),
                    o.found().isEmpty() ? "nothing" : String.join(", ", o.found().subList(0, Math.min(3, o.found().size()))));
        }
    }

    private static void printRow(String label, SearchEvaluation.Metrics m, PrintStream out) {
        out.printf(Locale.ROOT, "%-8s %8d %9.3f %9.3f %7.3f%n", label, m.queries(), m.recallAt1(), m.recallAt3(),
                m.meanReciprocalRank());
    }
}
