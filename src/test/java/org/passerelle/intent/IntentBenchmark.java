package org.passerelle.intent;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;

/**
 * The measurements behind "Intent classifier: feature and trainer choice" in {@code docs/benchmarks.md}.
 * Not a test (it takes minutes and its figures depend on the machine): run it by hand, e.g.
 * <pre>
 * java -cp "target-intent/classes:target-intent/test-classes:$(cat cp.txt)" \
 *     org.passerelle.intent.IntentBenchmark kb|synthetic-150|synthetic-3000 [key=value ...]
 * </pre>
 * {@code kb} cross-validates feature and trainer variants on the knowledge base; the synthetic modes train
 * at CLINC150's shape (150 intents × 100 phrases + out-of-scope) and at 3,000 guides × 15 phrases, and report
 * training time, peak heap and latency. Extra {@code key=value} arguments are {@code passerelle.intent.*}
 * settings applied over the defaults (synthetic modes) or over every variant ({@code kb}).
 */
public final class IntentBenchmark {

    private IntentBenchmark() {
    }

    public static void main(String[] args) {
        CommandSupport.quietTrainingLogs();
        Map<String, String> extra = new LinkedHashMap<>();
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            int eq = arg.indexOf('=');
            extra.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        switch (args[0]) {
            case "kb" -> knowledgeBase(extra);
            case "synthetic-150" -> synthetic(150, 100, 30, extra);
            case "synthetic-3000" -> synthetic(3000, 15, 3, extra);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void knowledgeBase(Map<String, String> extra) {
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of("knowledge-base"));
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        // Every variant spells out its features so that the table does not change meaning with the defaults.
        String words = "features.stems=false,features.word-bigrams=false,features.char-ngram-min=0";
        String stems = "features.word-bigrams=false,features.char-ngram-min=0";
        String stemsBigrams = "features.word-bigrams=true,features.char-ngram-min=0";
        String chosen = "features.word-bigrams=false,features.char-ngram-min=3,features.char-ngram-max=4";
        String all = "features.word-bigrams=true,features.char-ngram-min=3,features.char-ngram-max=5";
        variants.put("words | GIS (like DocumentCategorizer)", props(words + ",training.algorithm=MAXENT"));
        variants.put("words | NAIVEBAYES", props(words + ",training.algorithm=NAIVEBAYES"));
        variants.put("words | PERCEPTRON", props(words + ",training.algorithm=PERCEPTRON"));
        variants.put("words | MAXENT_QN", props(words));
        variants.put("words+stems | MAXENT_QN", props(stems));
        variants.put("words+stems+bigrams | MAXENT_QN", props(stemsBigrams));
        variants.put("words+char3-4 | MAXENT_QN", props("features.stems=false," + chosen));
        variants.put("words+stems+char3-4 | MAXENT_QN (chosen)", props(chosen));
        variants.put("words+stems+char3-4 | GIS", props(chosen + ",training.algorithm=MAXENT"));
        variants.put("words+stems+char3-4 | NAIVEBAYES", props(chosen + ",training.algorithm=NAIVEBAYES"));
        variants.put("words+stems+char3-4 | PERCEPTRON", props(chosen + ",training.algorithm=PERCEPTRON"));
        variants.put("words+stems+char2-4 | MAXENT_QN", props(chosen + ",features.char-ngram-min=2"));
        variants.put("words+stems+char3-5 | MAXENT_QN", props(chosen + ",features.char-ngram-max=5"));
        variants.put("words+stems+bigrams+char3-5 | MAXENT_QN", props(all));
        variants.put("words+stems+char3-4, per-kind 1/sqrt(n) values | MAXENT_QN", props(chosen + ",features.normalize=true"));
        variants.put("words+stems+char3-4, cutoff 2 | MAXENT_QN", props(chosen + ",training.cutoff=2"));
        variants.put("words+stems+char3-4, hashed into 2^14 | MAXENT_QN", props(chosen + ",features.hash-buckets=16384"));
        for (String l2 : List.of("0.03", "0.3", "1.0")) {
            variants.put("words+stems+char3-4 | MAXENT_QN, L2 " + l2, props(chosen + ",training.l2-cost=" + l2));
        }
        variants.put("words+stems+char3-4 | MAXENT_QN, 200 iterations, L-BFGS memory 15",
                props(chosen + ",training.iterations=200,training.lbfgs-memory=15"));
        String only = System.getProperty("only");
        System.out.println("| variant | EN top-1 | FR top-1 | EN-FR gap | threshold | in-scope acc. | OOS recall | "
                + "train one fold model, EN then FR |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (var variant : variants.entrySet()) {
            if (only != null && !variant.getKey().contains(only)) {
                continue;
            }
            Map<String, String> p = new LinkedHashMap<>(variant.getValue());
            p.putAll(extra);
            IntentSettings settings = IntentSettings.of(p);
            List<HeldOut> pooled = new ArrayList<>();
            double[] acc = new double[2];
            double seconds = 0;
            for (Language language : Language.values()) {
                var run = CrossValidation.predictHeldOut(kb.trainingExamples(language), language, settings, 5, 42);
                pooled.addAll(run.heldOut());
                acc[language.ordinal()] = run.heldOut().stream()
                        .filter(h -> h.prediction().top().label().equals(h.gold())).count()
                        / (double) run.heldOut().size();
                seconds += run.trainingTime().toMillis() / 1000.0 / 5;
            }
            ThresholdChoice t = ThresholdSelection.choose(pooled, "system:out-of-scope", 0.3);
            System.out.printf(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %.1f | %.2f | %.1f%% | %.1f%% | %.2f s |%n",
                    variant.getKey(), 100 * acc[0], 100 * acc[1], 100 * Math.abs(acc[0] - acc[1]), t.threshold(),
                    100 * t.inScopeAccuracy(), 100 * t.outOfScopeRecall(), seconds);
        }
    }

    private static void synthetic(int intents, int perIntent, int testPerIntent, Map<String, String> extra) {
        IntentSettings settings = IntentSettings.of(extra);
        SyntheticIntents data = SyntheticIntents.generate(intents, perIntent, testPerIntent, 42);
        System.out.printf(Locale.ROOT, "%d intents, %d train lines, %d test lines; settings %s%n", intents,
                data.train().size(), data.test().size(), EvaluateIntentsCommand.describe(settings));
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        IntentClassifier classifier = IntentClassifier.train(data.train(), Language.EN, settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        long[] latencies = new long[data.test().size()];
        int right = 0;
        int inScope = 0;
        for (int i = 0; i < data.test().size(); i++) {
            LabeledText example = data.test().get(i);
            long t0 = System.nanoTime();
            IntentPrediction prediction = classifier.classify(example.text());
            latencies[i] = System.nanoTime() - t0;
            if (!example.label().equals("oos")) {
                inScope++;
                right += prediction.top().label().equals(example.label()) ? 1 : 0;
            }
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "features %s, trainer %s: trained in %.1f s, peak heap %d MB; synthetic in-scope top-1 %.1f%%; "
                        + "latency p50 %.2f ms, p95 %.2f ms%n", EvaluateIntentsCommand.describe(classifier.features()),
                classifier.algorithm(), seconds, peak >> 20,
                100.0 * right / inScope, latencies[latencies.length / 2] / 1e6,
                latencies[(int) (latencies.length * 0.95)] / 1e6);
    }

    private static Map<String, String> props(String csv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String kv : csv.split(",")) {
            if (!kv.isBlank()) {
                String[] parts = kv.split("=", 2);
                map.put(parts[0], parts[1]);
            }
        }
        return map;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
