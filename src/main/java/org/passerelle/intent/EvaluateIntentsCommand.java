package org.passerelle.intent;

import static org.passerelle.intent.CommandSupport.percent;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.intent.CommandSupport.InputException;
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;

/**
 * {@code evaluate-intents --train FILE --test FILE [--validation FILE] [--oos-label oos] [--language en|fr]}:
 * trains the production classifier (same {@link IntentClassifier}, same settings as the application) on a
 * labelled TSV file and measures it on another, CLINC150-style: in-scope accuracy, out-of-scope recall and
 * precision, macro-F1, training time and classification latency.
 *
 * <p>The out-of-scope threshold is chosen on held-out data, never on the test file: on {@code --validation}
 * when given, otherwise on a stratified seventh (~14%) of the training file, after which the classifier is
 * trained again on the whole training file. Lines labelled with the out-of-scope label in the training file
 * train the out-of-scope class.
 */
public final class EvaluateIntentsCommand {

    private static final Set<String> OPTIONS = Set.of("--train", "--test", "--validation", "--oos-label", "--language");
    // One fold in seven is held out when there is no validation file: enough out-of-scope lines to place a
    // threshold, while the model that chooses it is trained on nearly all the data.
    private static final int HOLD_OUT_ONE_IN = 7;
    private static final long SEED = 42;

    private EvaluateIntentsCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        CommandSupport.quietTrainingLogs();
        try {
            Map<String, String> options = CommandSupport.options(args, OPTIONS);
            String trainFile = CommandSupport.required(options, "--train", "FILE (label<TAB>text lines)");
            String testFile = CommandSupport.required(options, "--test", "FILE (label<TAB>text lines)");
            String oos = options.getOrDefault("--oos-label", "oos");
            String languageCode = options.getOrDefault("--language", "en");
            Language language = Language.fromCode(languageCode)
                    .orElseThrow(() -> new InputException("--language must be en or fr, was \"" + languageCode + "\""));
            List<LabeledText> train = CommandSupport.readLabeledTsv(trainFile);
            List<LabeledText> test = CommandSupport.readLabeledTsv(testFile);
            requireOutOfScope(test, testFile, oos);
            String validationFile = options.get("--validation");
            List<LabeledText> validation = validationFile == null ? null : CommandSupport.readLabeledTsv(validationFile);
            if (validation != null) {
                requireOutOfScope(validation, validationFile, oos);
            }
            evaluate(new Run(train, trainFile, test, testFile, validation, validationFile, oos, language), out);
            return 0;
        } catch (InputException e) {
            err.println("evaluate-intents: " + e.getMessage());
            return 2;
        }
    }

    private record Run(List<LabeledText> train, String trainFile, List<LabeledText> test, String testFile,
            List<LabeledText> validation, String validationFile, String oos, Language language) {
    }

    private static void evaluate(Run run, PrintStream out) {
        IntentSettings settings = IntentSettings.fromApplicationProperties();
        out.printf(Locale.ROOT, "Training: %s (%d lines, %d labels), language %s%n", run.trainFile(),
                run.train().size(), labels(run.train()).size(), run.language().code());
        out.println("Settings: " + describe(settings));

        long totalStart = System.nanoTime();
        // The final model is timed alone, whichever way the threshold is chosen.
        Timed trained;
        ThresholdChoice threshold;
        String thresholdSource;
        if (run.validation() != null) {
            trained = Timed.training(run.train(), run.language(), settings);
            threshold = ThresholdSelection.choose(classifyAll(trained.classifier(), run.validation()), run.oos(),
                    settings.outOfScopeThreshold());
            thresholdSource = run.validationFile();
        } else {
            List<List<LabeledText>> folds = CrossValidation.stratifiedFolds(run.train(), HOLD_OUT_ONE_IN, SEED);
            List<LabeledText> rest = new ArrayList<>();
            folds.subList(1, folds.size()).forEach(rest::addAll);
            IntentClassifier partial = IntentClassifier.train(rest, run.language(), settings);
            threshold = ThresholdSelection.choose(classifyAll(partial, folds.getFirst()), run.oos(),
                    settings.outOfScopeThreshold());
            thresholdSource = "a stratified 1/" + HOLD_OUT_ONE_IN + " of " + run.trainFile()
                    + " (" + folds.getFirst().size() + " lines), then retrained on all of it";
            trained = Timed.training(run.train(), run.language(), settings);
        }
        IntentClassifier classifier = trained.classifier();
        long finalNanos = trained.nanos();
        long totalNanos = System.nanoTime() - totalStart;

        long[] latencies = new long[run.test().size()];
        List<HeldOut> results = new ArrayList<>(run.test().size());
        for (int i = 0; i < run.test().size(); i++) {
            LabeledText example = run.test().get(i);
            long start = System.nanoTime();
            IntentPrediction prediction = classifier.classify(example.text());
            latencies[i] = System.nanoTime() - start;
            results.add(new HeldOut(example.text(), example.label(), prediction));
        }
        Scores scores = Scores.of(results, threshold.threshold(), run.oos());
        // Top-1 on the in-scope lines with no threshold: what the ranking alone gets right.
        Scores unthresholded = Scores.of(results, 0, run.oos());
        Arrays.sort(latencies);

        out.printf(Locale.ROOT, "Trained: %s%s with %s%n", classifier.algorithm(),
                classifier.usesNeighbours() && !classifier.algorithm().equals(IntentClassifier.NEIGHBOURS)
                        ? " fused with the nearest phrases" : "", describe(classifier.features()));
        out.printf(Locale.ROOT, "Out-of-scope threshold: %.2f, chosen on %s%n", threshold.threshold(), thresholdSource);
        out.printf(Locale.ROOT, "  criterion: %s%n", threshold.criterion());
        out.printf(Locale.ROOT, "  there: in-scope accuracy %s, out-of-scope recall %s%n",
                percent(threshold.inScopeAccuracy()), percent(threshold.outOfScopeRecall()));
        out.printf(Locale.ROOT, "Test: %s (%d in-scope, %d out-of-scope lines)%n", run.testFile(), scores.inScope(),
                scores.outOfScope());
        out.printf(Locale.ROOT, "In-scope accuracy:      %s (top-1 without a threshold: %s)%n",
                percent(scores.inScopeAccuracy()), percent(unthresholded.inScopeAccuracy()));
        out.printf(Locale.ROOT, "Out-of-scope recall:    %s%n", percent(scores.outOfScopeRecall()));
        out.printf(Locale.ROOT, "Out-of-scope precision: %s%n", percent(scores.outOfScopePrecision()));
        CommandSupport.printWrongAnswersAndCalibration(results, threshold.threshold(), run.oos(), "", out);
        out.printf(Locale.ROOT, "Macro-F1:               %s (in-scope labels + %s)%n", percent(scores.macroF1()),
                run.oos());
        out.printf(Locale.ROOT, "Training time:          %.3f s (final model), %.3f s including threshold choice%n",
                finalNanos / 1e9, totalNanos / 1e9);
        out.printf(Locale.ROOT, "Classification latency: p50 %.2f ms, p95 %.2f ms%n",
                percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.95) / 1e6);
    }

    /** A classifier and how long training it took. */
    record Timed(IntentClassifier classifier, long nanos) {

        static Timed training(List<LabeledText> examples, Language language, IntentSettings settings) {
            long start = System.nanoTime();
            IntentClassifier classifier = IntentClassifier.train(examples, language, settings);
            return new Timed(classifier, System.nanoTime() - start);
        }
    }

    private static List<HeldOut> classifyAll(IntentClassifier classifier, List<LabeledText> examples) {
        return examples.stream()
                .map(e -> new HeldOut(e.text(), e.label(), classifier.classify(e.text())))
                .toList();
    }

    private static void requireOutOfScope(List<LabeledText> examples, String file, String oos) throws InputException {
        if (examples.stream().noneMatch(e -> e.label().equals(oos))) {
            throw new InputException(file + ": no line labelled \"" + oos
                    + "\"; out-of-scope recall and the threshold need out-of-scope lines (see --oos-label)");
        }
    }

    private static Set<String> labels(List<LabeledText> examples) {
        Set<String> labels = new LinkedHashSet<>();
        examples.forEach(e -> labels.add(e.label()));
        return labels;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static String describe(IntentSettings settings) {
        IntentSettings.Training t = settings.training();
        return describe(settings.features()) + " (char n-grams up to " + settings.features().charNgramBudget()
                + " phrases x labels); " + t.algorithm() + " (" + t.iterations() + " iterations, L2 " + t.l2Cost()
                + ", cutoff " + t.cutoff() + "; nearest phrases alone above " + t.maxParameters()
                + " parameters); " + settings.fusion();
    }

    static String describe(IntentSettings.Features f) {
        List<String> parts = new ArrayList<>();
        if (f.words()) {
            parts.add("words");
        }
        if (f.stems()) {
            parts.add("stems");
        }
        if (f.wordBigrams()) {
            parts.add("stem bigrams");
        }
        if (f.charNgramMin() > 0) {
            parts.add("char " + f.charNgramMin() + "-" + f.charNgramMax() + "-grams");
        }
        if (f.hashBuckets() > 0) {
            parts.add("hashed into " + f.hashBuckets());
        }
        return String.join(" + ", parts);
    }
}
