package org.passerelle.intent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SystemIntent;

/**
 * Stratified k-fold cross-validation of the production classifier on labelled phrases: how well would
 * the kiosk recognise a way of asking that is not literally in the knowledge base? Used by the
 * {@code evaluate-knowledge-base} command, by tests, and by editors' "check the classifier".
 *
 * <p>Stratified: each label's phrases are shuffled (with the given seed, so a run can be repeated) and
 * dealt round-robin to the folds, so every fold holds about 1/k of every label.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** Cross-validates knowledge-base phrases, whose out-of-scope class is {@code system:out-of-scope}. */
    public static CrossValidationReport run(List<LabeledText> examples, Language language, IntentSettings settings,
            int folds, long seed) {
        return run(examples, language, settings, folds, seed, SystemIntent.OUT_OF_SCOPE.label());
    }

    /**
     * @throws IllegalArgumentException when {@code folds} is below 2 or above the number of examples
     */
    public static CrossValidationReport run(List<LabeledText> examples, Language language, IntentSettings settings,
            int folds, long seed, String outOfScopeLabel) {
        HeldOutRun run = predictHeldOut(examples, language, settings, folds, seed);
        ThresholdChoice threshold = ThresholdSelection.choose(run.heldOut(), outOfScopeLabel,
                settings.outOfScopeThreshold());
        return report(run, language, folds, threshold, outOfScopeLabel);
    }

    /** Every example classified by the fold model that did not train on it, and the total training time. */
    record HeldOutRun(List<HeldOut> heldOut, Duration trainingTime) {
    }

    static HeldOutRun predictHeldOut(List<LabeledText> examples, Language language, IntentSettings settings,
            int folds, long seed) {
        if (folds < 2 || folds > examples.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of examples (" + examples.size()
                    + "), was " + folds);
        }
        List<List<LabeledText>> split = stratifiedFolds(examples, folds, seed);
        List<HeldOut> heldOut = new ArrayList<>(examples.size());
        long trainingNanos = 0;
        for (int k = 0; k < folds; k++) {
            List<LabeledText> train = new ArrayList<>();
            for (int other = 0; other < folds; other++) {
                if (other != k) {
                    train.addAll(split.get(other));
                }
            }
            long start = System.nanoTime();
            IntentClassifier classifier = IntentClassifier.train(train, language, settings);
            trainingNanos += System.nanoTime() - start;
            for (LabeledText example : split.get(k)) {
                heldOut.add(new HeldOut(example.text(), example.label(), classifier.classify(example.text())));
            }
        }
        return new HeldOutRun(heldOut, Duration.ofNanos(trainingNanos));
    }

    static CrossValidationReport report(HeldOutRun run, Language language, int folds, ThresholdChoice threshold,
            String outOfScopeLabel) {
        List<HeldOut> heldOut = run.heldOut();
        double decided = heldOut.stream()
                .filter(h -> h.prediction().decide(threshold.threshold(), outOfScopeLabel).equals(h.gold()))
                .count() / (double) heldOut.size();
        return new CrossValidationReport(language, heldOut.size(), folds, topOneAccuracy(heldOut), decided,
                confusions(heldOut), mistakes(heldOut), threshold, run.trainingTime());
    }

    /**
     * Deals {@code examples} into {@code folds} folds, each label spread evenly; deterministic for a seed.
     * Also used to hold out a validation share of a training file.
     */
    static List<List<LabeledText>> stratifiedFolds(List<LabeledText> examples, int folds, long seed) {
        Map<String, List<LabeledText>> byLabel = new LinkedHashMap<>();
        for (LabeledText example : examples) {
            byLabel.computeIfAbsent(example.label(), l -> new ArrayList<>()).add(example);
        }
        List<List<LabeledText>> split = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            split.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int next = 0;
        for (List<LabeledText> group : byLabel.values()) {
            List<LabeledText> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            // Continue the round-robin across labels so small labels do not all land in fold 0.
            for (LabeledText example : shuffled) {
                split.get(next).add(example);
                next = (next + 1) % folds;
            }
        }
        return split;
    }

    private static double topOneAccuracy(List<HeldOut> heldOut) {
        return heldOut.stream().filter(h -> h.prediction().top().label().equals(h.gold())).count()
                / (double) heldOut.size();
    }

    private static List<LabelConfusion> confusions(List<HeldOut> heldOut) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (HeldOut h : heldOut) {
            String predicted = h.prediction().top().label();
            if (!predicted.equals(h.gold())) {
                List<String> pair = h.gold().compareTo(predicted) < 0 ? List.of(h.gold(), predicted)
                        : List.of(predicted, h.gold());
                counts.merge(pair, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new LabelConfusion(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(LabelConfusion::count).reversed()
                        .thenComparing(LabelConfusion::first).thenComparing(LabelConfusion::second))
                .toList();
    }

    private static List<Mistake> mistakes(List<HeldOut> heldOut) {
        return heldOut.stream()
                .filter(h -> !h.prediction().top().label().equals(h.gold()))
                .map(h -> new Mistake(h.text(), h.gold(), h.prediction().top().label(),
                        h.prediction().top().probability()))
                .sorted(Comparator.comparingDouble(Mistake::probability).reversed())
                .toList();
    }
}
