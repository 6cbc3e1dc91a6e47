package org.passerelle.intent;

import java.nio.file.Path;
import java.util.*;
import org.passerelle.intent.internal.FeatureExtractor;
import org.passerelle.intent.internal.PhraseNeighbours;
import org.passerelle.knowledge.*;

/**
 * How the fusion weights of {@link IntentSettings.Fusion} were chosen: 5-fold out-of-fold predictions of the logistic
 * regression alone and of the nearest phrases on the bundled knowledge base, every weight of a grid scored by
 * log-likelihood (NLL), top-1, ECE and the rates of right and wrong answers from 0.5; then the curve of right / wrong
 * answers by threshold, fused and not, from which the assistant's bands are read ("Fusion" in docs/benchmarks.md).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.passerelle.intent.FusionExperiment</pre>
 */
public class FusionExperiment {
    record Row(String gold, Map<String, Double> me, Map<String, Double> nb, List<String> labels) {}

    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of("knowledge-base"));
        IntentSettings settings = IntentSettings.fromApplicationProperties();
        int k = Integer.parseInt(System.getProperty("k", "10"));
        for (Language language : Language.values()) {
            List<LabeledText> examples = kb.trainingExamples(language);
            List<List<LabeledText>> folds = CrossValidation.stratifiedFolds(examples, 5, 42);
            List<Row> rows = new ArrayList<>();
            Set<String> all = new LinkedHashSet<>();
            examples.forEach(e -> all.add(e.label()));
            for (int f = 0; f < 5; f++) {
                List<LabeledText> train = new ArrayList<>();
                for (int o = 0; o < 5; o++) if (o != f) train.addAll(folds.get(o));
                IntentClassifier c = IntentClassifier.train(train, language, IntentSettings.of(Map.of("fusion.neighbour-weight", "0", "fusion.classifier-weight", "1")));
                FeatureExtractor extractor = new FeatureExtractor(language, c.features());
                PhraseNeighbours n = PhraseNeighbours.build(train, extractor, k);
                for (LabeledText e : folds.get(f)) {
                    Map<String, Double> me = new HashMap<>();
                    for (ScoredLabel s : c.classify(e.text()).ranked()) me.put(s.label(), s.probability());
                    Map<String, Double> nb = new HashMap<>();
                    n.vote(extractor.features(e.text())).shares().forEach((i, s) -> nb.put(n.labels().get(i), s));
                    rows.add(new Row(e.label(), me, nb, List.copyOf(all)));
                }
            }
            System.out.println("== " + language + " " + rows.size());
            double[][] grid = {{1, 0, 0.01}, {0, 1, 0.01}};
            List<double[]> tries = new ArrayList<>();
            for (double a : new double[]{0, 1, 1.25, 1.5, 1.75, 2, 2.5}) for (double b : new double[]{0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4}) for (double eps : new double[]{0.01, 0.05, 0.2}) if (a + b > 0) tries.add(new double[]{a, b, eps});
            List<String> lines = new ArrayList<>();
            for (double[] t : tries) {
                double nll = 0; int right = 0; List<Calibration.Judged> judged = new ArrayList<>();
                int wrongAt = 0, rightAt = 0; // at confidence >= 0.5
                for (Row r : rows) {
                    double[] s = new double[r.labels.size()]; double max = -1e9;
                    for (int i = 0; i < s.length; i++) {
                        String l = r.labels.get(i);
                        s[i] = t[0] * Math.log(Math.max(1e-9, r.me.getOrDefault(l, 1e-9))) + t[1] * Math.log(t[2] + r.nb.getOrDefault(l, 0.0));
                        max = Math.max(max, s[i]);
                    }
                    double z = 0; int best = 0;
                    for (int i = 0; i < s.length; i++) { z += Math.exp(s[i] - max); if (s[i] > s[best]) best = i; }
                    double pg = Math.exp(s[r.labels.indexOf(r.gold)] - max) / z;
                    nll -= Math.log(Math.max(1e-12, pg));
                    double pb = Math.exp(s[best] - max) / z;
                    boolean ok = r.labels.get(best).equals(r.gold);
                    if (ok) right++;
                    judged.add(new Calibration.Judged(pb, ok));
                    if (pb >= 0.5) { if (ok) rightAt++; else wrongAt++; }
                }
                lines.add(String.format("%.2f %.2f %.2f  nll=%.4f top1=%.4f ece=%.4f  >=0.5: right %.4f wrong %.4f", t[0], t[1], t[2], nll / rows.size(), right / (double) rows.size(), Calibration.expectedCalibrationError(judged, 10), rightAt / (double) rows.size(), wrongAt / (double) rows.size()));
            }
            for (double w : new double[]{1, 2, 3, 4, 6}) for (double fl : new double[]{0.01, 0.05, 0.2}) {
                double nll = 0; int ok = 0, okAt = 0, wrongAt = 0;
                for (Row r : rows) {
                    double none = 1; for (double v : r.nb.values()) none -= v;
                    double z = Math.pow(fl + Math.max(0, none), w); String best = null; double bw = -1;
                    for (var e : r.nb.entrySet()) { double x = Math.pow(fl + e.getValue(), w); z += x; if (x > bw) { bw = x; best = e.getKey(); } }
                    double pg = r.nb.containsKey(r.gold) ? Math.pow(fl + r.nb.get(r.gold), w) / z : 1e-6;
                    nll -= Math.log(Math.max(1e-6, pg));
                    boolean right = r.gold.equals(best); if (right) ok++;
                    if (best != null && bw / z >= 0.47) { if (right) okAt++; else wrongAt++; }
                }
                System.out.printf("alone w=%.0f floor=%.2f nll=%.3f top1=%.3f >=0.47 right %.3f wrong %.3f%n", w, fl, nll / rows.size(), ok / (double) rows.size(), okAt / (double) rows.size(), wrongAt / (double) rows.size());
            }
            for (double[] t : new double[][]{{1.25, 0.5, 0.01}, {1, 0, 0.01}}) {
                StringBuilder sb = new StringBuilder(String.format("curve %.2f %.2f:", t[0], t[1]));
                for (double th = 0.5; th < 0.99; th += 0.05) {
                    int w = 0, ok = 0;
                    for (Row r : rows) {
                        double[] s2 = new double[r.labels.size()]; double max = -1e9; int best = 0;
                        for (int i = 0; i < s2.length; i++) { String l = r.labels.get(i); s2[i] = t[0] * Math.log(Math.max(1e-9, r.me.getOrDefault(l, 1e-9))) + t[1] * Math.log(t[2] + r.nb.getOrDefault(l, 0.0)); if (s2[i] > s2[best]) best = i; max = Math.max(max, s2[i]); }
                        double z = 0; for (double v : s2) z += Math.exp(v - max);
                        if (1 / z >= th) { if (r.labels.get(best).equals(r.gold)) ok++; else w++; }
                    }
                    sb.append(String.format(" %.2f:%.1f/%.1f", th, 100.0 * ok / rows.size(), 100.0 * w / rows.size()));
                }
                System.out.println(sb);
            }
            lines.sort(Comparator.comparing(l -> l.substring(l.indexOf("nll="))));
            lines.stream().limit(12).forEach(System.out::println);
            lines.stream().filter(l -> l.startsWith("1.00 0.00 0.01") || l.startsWith("0.00 ")).forEach(l -> System.out.println("ref " + l));
        }
    }
}
