package org.passerelle.intent;

import static org.passerelle.intent.CommandSupport.percent;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.intent.CommandSupport.InputException;
import org.passerelle.intent.CrossValidation.HeldOutRun;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SystemIntent;

/**
 * {@code evaluate-knowledge-base [--knowledge-base DIR] [--folds 5] [--seed 42]}: stratified k-fold
 * cross-validation of the production classifier on the knowledge base's own phrases, per language. Prints
 * top-1 accuracy per language and the gap between them, the wrong-answer rate and calibration error at the
 * recommended threshold, the most confused guide pairs and the confused phrases themselves (content to fix), and
 * an out-of-scope threshold chosen on the held-out predictions of both languages together, ready for
 * {@code passerelle.intent.out-of-scope-threshold}.
 */
public final class EvaluateKnowledgeBaseCommand {

    private static final Set<String> OPTIONS = Set.of("--knowledge-base", "--folds", "--seed");
    private static final int CONFUSIONS_SHOWN = 10;
    private static final int MISTAKES_SHOWN = 50;

    private EvaluateKnowledgeBaseCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        CommandSupport.quietTrainingLogs();
        try {
            Map<String, String> options = CommandSupport.options(args, OPTIONS);
            Path root = Path.of(options.getOrDefault("--knowledge-base", "knowledge-base"));
            int folds = CommandSupport.positiveInt(options, "--folds", 5);
            if (folds < 2) {
                throw new InputException("--folds must be at least 2");
            }
            long seed = seed(options.getOrDefault("--seed", "42"));
            KnowledgeBase knowledgeBase;
            try {
                knowledgeBase = KnowledgeBaseLoader.load(root);
            } catch (KnowledgeBaseException e) {
                throw new InputException(e.getMessage());
            }
            evaluate(knowledgeBase, root, folds, seed, out);
            return 0;
        } catch (InputException e) {
            err.println("evaluate-knowledge-base: " + e.getMessage());
            return 2;
        }
    }

    private static void evaluate(KnowledgeBase knowledgeBase, Path root, int folds, long seed, PrintStream out)
            throws InputException {
        IntentSettings settings = IntentSettings.fromApplicationProperties();
        String oos = SystemIntent.OUT_OF_SCOPE.label();
        out.printf(Locale.ROOT, "Knowledge base: %s (%d guides); %d-fold stratified cross-validation, seed %d%n",
                root, knowledgeBase.guides().size(), folds, seed);
        out.println("Settings: " + EvaluateIntentsCommand.describe(settings));

        Map<Language, HeldOutRun> runs = new EnumMap<>(Language.class);
        List<HeldOut> pooled = new ArrayList<>();
        for (Language language : Language.values()) {
            var examples = knowledgeBase.trainingExamples(language);
            if (examples.size() < folds) {
                throw new InputException(root + ": " + examples.size() + " " + language.code()
                        + " phrases, fewer than the " + folds + " folds");
            }
            HeldOutRun run = CrossValidation.predictHeldOut(examples, language, settings, folds, seed);
            runs.put(language, run);
            pooled.addAll(run.heldOut());
        }
        // One threshold serves both languages in configuration, so it is chosen on both languages' phrases.
        ThresholdChoice threshold = ThresholdSelection.choose(pooled, oos, settings.outOfScopeThreshold());

        Map<Language, CrossValidationReport> reports = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            CrossValidationReport report = CrossValidation.report(runs.get(language), language, folds, threshold, oos);
            reports.put(language, report);
            out.println();
            out.printf(Locale.ROOT, "[%s] %d phrases, %d labels%n", language.code(), report.examples(),
                    knowledgeBase.trainingExamples(language).stream().map(e -> e.label()).distinct().count());
            out.printf(Locale.ROOT, "  top-1 accuracy:            %s%n", percent(report.topOneAccuracy()));
            out.printf(Locale.ROOT, "  accuracy at threshold %.2f: %s%n", threshold.threshold(),
                    percent(report.decidedAccuracy()));
            CommandSupport.printWrongAnswersAndCalibration(runs.get(language).heldOut(), threshold.threshold(), oos,
                    "  ", out);
            out.printf(Locale.ROOT, "  training time (all folds): %.1f s%n", report.trainingTime().toMillis() / 1000.0);
            out.println("  most confused label pairs:");
            if (report.confusions().isEmpty()) {
                out.println("    (none)");
            }
            report.confusions().stream().limit(CONFUSIONS_SHOWN).forEach(c -> out.printf(Locale.ROOT,
                    "    %3d  %s <-> %s%n", c.count(), c.first(), c.second()));
            out.printf(Locale.ROOT, "  confused phrases, most confident first (phrase, expected, got):%n");
            if (report.mistakes().isEmpty()) {
                out.println("    (none)");
            }
            report.mistakes().stream().limit(MISTAKES_SHOWN).forEach(m -> out.printf(Locale.ROOT,
                    "    \"%s\"  %s -> %s (%.2f)%n", m.text(), m.label(), m.predicted(), m.probability()));
            if (report.mistakes().size() > MISTAKES_SHOWN) {
                out.printf(Locale.ROOT, "    ... and %d more%n", report.mistakes().size() - MISTAKES_SHOWN);
            }
        }
        out.println();
        double gap = Math.abs(reports.get(Language.EN).topOneAccuracy() - reports.get(Language.FR).topOneAccuracy());
        out.printf(Locale.ROOT, "Gap between languages: %.2f points%n", 100 * gap);
        out.printf(Locale.ROOT, "Recommended passerelle.intent.out-of-scope-threshold=%.2f%n", threshold.threshold());
        out.printf(Locale.ROOT, "  held-out in-scope accuracy %s, out-of-scope recall %s (both languages)%n",
                percent(threshold.inScopeAccuracy()), percent(threshold.outOfScopeRecall()));
        out.printf(Locale.ROOT, "  criterion: %s%n", threshold.criterion());
    }

    private static long seed(String value) throws InputException {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InputException("--seed must be a whole number, was \"" + value + "\"");
        }
    }
}
