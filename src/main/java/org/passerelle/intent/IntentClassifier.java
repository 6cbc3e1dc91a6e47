package org.passerelle.intent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.jspecify.annotations.Nullable;
import org.passerelle.intent.internal.FeatureExtractor;
import org.passerelle.intent.internal.FeatureVector;
import org.passerelle.intent.internal.PhraseNeighbours;
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;

/**
 * A text classifier for one language: trained once from labelled phrases, then immutable and safe to call
 * from any number of threads. Plain Java, usable without Spring.
 *
 * <p>Two engines look at the same features (words, stems, character n-grams): a multinomial logistic regression
 * (OpenNLP {@code MAXENT_QN}, L-BFGS with L2 regularisation) and the nearest training phrases by Lucene BM25
 * ({@link PhraseNeighbours}). Their scores are fused and calibrated as {@link IntentSettings.Fusion} says; the
 * measurements behind the choices are in {@code docs/benchmarks.md}. When labels × features would exceed
 * {@link IntentSettings.Training#maxParameters()}, the logistic regression's dense vectors would not fit in memory
 * nor train in a minute, so the nearest phrases answer alone ({@link #algorithm()} {@value #NEIGHBOURS}): slower to
 * grow wrong as the catalogue grows than a model that does not fit, and never a silent "not understood" for all.
 */
public final class IntentClassifier {

    /** {@link #algorithm()} when the nearest phrases answer alone. */
    public static final String NEIGHBOURS = "NEIGHBOURS";
    private static final String CONSTANT = "CONSTANT";
    private static final double TINY = 1e-12;

    private final Language language;
    private final FeatureExtractor features;
    private final @Nullable MaxentModel model;
    private final @Nullable PhraseNeighbours neighbours;
    /** For each of {@link #neighbours}' labels, its position in {@link #labels}. */
    private final int[] labelOfNeighbourLabel;
    private final List<String> labels;
    private final String algorithm;
    private final IntentSettings.Features featureSettings;
    private final IntentSettings.Fusion fusion;

    private IntentClassifier(Language language, IntentSettings.Features featureSettings, IntentSettings.Fusion fusion,
            @Nullable MaxentModel model, @Nullable PhraseNeighbours neighbours, List<String> labels, String algorithm) {
        this.language = language;
        this.featureSettings = featureSettings;
        this.fusion = fusion;
        this.features = new FeatureExtractor(language, featureSettings);
        this.model = model;
        this.neighbours = neighbours;
        this.labels = List.copyOf(labels);
        this.algorithm = algorithm;
        this.labelOfNeighbourLabel = neighbours == null ? new int[0]
                : neighbours.labels().stream().mapToInt(this.labels::indexOf).toArray();
    }

    /**
     * Trains a classifier.
     *
     * @throws IllegalArgumentException when there are no examples
     */
    public static IntentClassifier train(List<LabeledText> examples, Language language, IntentSettings settings) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples for " + language.code());
        }
        long labelCount = examples.stream().map(LabeledText::label).distinct().count();
        IntentSettings effective = (long) examples.size() * labelCount > settings.features().charNgramBudget()
                ? settings.withoutCharNgrams()
                : settings;
        FeatureExtractor extractor = new FeatureExtractor(language, effective.features());
        Set<String> labels = new LinkedHashSet<>();
        List<Event> events = new ArrayList<>(examples.size());
        for (LabeledText example : examples) {
            labels.add(example.label());
            FeatureVector vector = extractor.features(example.text());
            events.add(new Event(example.label(), vector.names(), vector.values()));
        }
        if (labels.size() == 1) {
            // OpenNLP's trainers need two outcomes; with one there is nothing to learn.
            return new IntentClassifier(language, effective.features(), settings.fusion(), null, null,
                    List.copyOf(labels), CONSTANT);
        }
        if (tooLarge(events, labels.size(), settings.training())) {
            return neighboursAlone(examples, language, settings);
        }
        MaxentModel model = trainModel(events, settings.training().algorithm(), settings.training());
        return withModel(model, examples, language, effective.features(), settings, settings.training().algorithm());
    }

    /**
     * The nearest phrases alone ({@link #algorithm()} {@value #NEIGHBOURS}), built in a fraction of a second: what
     * answers when the logistic regression would not fit, and, while it trains after a publication, what answers
     * meanwhile. The logistic regression is not trained, so the phrases keep every configured feature: character
     * n-grams are only dropped to keep L-BFGS affordable, and they make the neighbours tolerate typos.
     *
     * @throws IllegalArgumentException when there are no examples
     */
    public static IntentClassifier neighboursAlone(List<LabeledText> examples, Language language,
            IntentSettings settings) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples for " + language.code());
        }
        List<String> labels = examples.stream().map(LabeledText::label).distinct().toList();
        if (labels.size() == 1) {
            return new IntentClassifier(language, settings.features(), settings.fusion(), null, null, labels,
                    CONSTANT);
        }
        FeatureExtractor full = new FeatureExtractor(language, settings.features());
        return new IntentClassifier(language, settings.features(), settings.fusion(), null,
                PhraseNeighbours.build(examples, full, settings.fusion().neighbours()), labels, NEIGHBOURS);
    }

    private static IntentClassifier withModel(MaxentModel model, List<LabeledText> examples, Language language,
            IntentSettings.Features features, IntentSettings settings, String algorithm) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            outcomes.add(model.getOutcome(i));
        }
        // A weight of 0 leaves the vote out: the classifier alone, as before the fusion (used to compare them).
        PhraseNeighbours neighbours = settings.fusion().neighbourWeight() == 0 ? null
                : PhraseNeighbours.build(examples, new FeatureExtractor(language, features),
                        settings.fusion().neighbours());
        return new IntentClassifier(language, features, settings.fusion(), model, neighbours, outcomes, algorithm);
    }

    /**
     * Ranks labels for {@code text}, most probable first. Never throws: empty, very long or meaningless text gets a
     * low-confidence prediction. With the classifier, every label is ranked; with the neighbours alone, the labels
     * that got a vote (all of them, equally, when no phrase shares a feature with the text).
     */
    public IntentPrediction classify(String text) {
        String input = text == null ? "" : text;
        if (model == null && neighbours == null) {
            return new IntentPrediction(List.of(new ScoredLabel(labels.getFirst(), 1.0)));
        }
        // One extraction for both engines: the phrases were indexed with this classifier's features.
        FeatureVector vector = features.features(input);
        double[] shares = new double[labels.size()];
        boolean voted = false;
        double none = 1;
        if (neighbours != null) {
            for (var share : neighbours.vote(vector).shares().entrySet()) {
                shares[labelOfNeighbourLabel[share.getKey()]] = share.getValue();
                none -= share.getValue();
                voted = true;
            }
        }
        double[] score = new double[labels.size()];
        boolean[] ranked = new boolean[labels.size()];
        if (model != null) {
            double[] probabilities = model.eval(vector.names(), vector.values());
            for (int i = 0; i < score.length; i++) {
                score[i] = fusion.classifierWeight() * Math.log(Math.max(TINY, probabilities[i]));
                if (neighbours != null) {
                    score[i] += fusion.neighbourWeight() * Math.log(fusion.neighbourFloor() + shares[i]);
                }
                ranked[i] = true;
            }
            return softmax(score, ranked, Double.NEGATIVE_INFINITY);
        }
        if (!voted) {
            Arrays.fill(ranked, true);
            return softmax(score, ranked, Double.NEGATIVE_INFINITY);
        }
        for (int i = 0; i < score.length; i++) {
            ranked[i] = shares[i] > 0;
            score[i] = fusion.aloneWeight() * Math.log(fusion.aloneFloor() + shares[i]);
        }
        // The vote for "none of these" takes its part of the probability: a weak match is an unsure answer.
        return softmax(score, ranked, fusion.aloneWeight() * Math.log(fusion.aloneFloor() + Math.max(0, none)));
    }

    /**
     * The ranked labels' probabilities, in proportion to e^score, with {@code unranked} the score of what is none of
     * them (its probability is left out, so theirs then sum to less than 1).
     */
    private IntentPrediction softmax(double[] score, boolean[] ranked, double unranked) {
        double max = unranked;
        for (int i = 0; i < score.length; i++) {
            if (ranked[i]) {
                max = Math.max(max, score[i]);
            }
        }
        double sum = unranked == Double.NEGATIVE_INFINITY ? 0 : Math.exp(unranked - max);
        double[] weight = new double[score.length];
        for (int i = 0; i < score.length; i++) {
            if (ranked[i]) {
                weight[i] = Math.exp(score[i] - max);
                sum += weight[i];
            }
        }
        List<ScoredLabel> result = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (ranked[i]) {
                result.add(new ScoredLabel(labels.get(i), weight[i] / sum));
            }
        }
        result.sort(Comparator.comparingDouble(ScoredLabel::probability).reversed());
        return new IntentPrediction(result);
    }
    public Language language() {
        return language;
    }

    /** The labels this classifier can predict. */
    public List<String> labels() {
        return labels;
    }

    /** The features this classifier uses: the configured ones, less character n-grams above their budget. */
    public IntentSettings.Features features() {
        return featureSettings;
    }

    /**
     * What answers: the OpenNLP trainer of the logistic regression (fused with the nearest phrases unless their
     * weight is 0), {@value #NEIGHBOURS} when the nearest phrases answer alone, or {@code CONSTANT} for one label.
     */
    public String algorithm() {
        return algorithm;
    }

    /** True when the nearest training phrases vote in this classifier's answers. */
    public boolean usesNeighbours() {
        return neighbours != null;
    }

    /** Only L-BFGS keeps dense labels × features vectors; another configured trainer is the operator's choice. */
    private static boolean tooLarge(List<Event> events, int labelCount, IntentSettings.Training training) {
        return QNTrainer.MAXENT_QN_VALUE.equals(training.algorithm()) && (long) labelCount * countKeptFeatures(events, training.cutoff()) > training.maxParameters();
    }

    private static int countKeptFeatures(List<Event> events, int cutoff) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event event : events) {
            for (String feature : event.getContext()) {
                counts.merge(feature, 1, Integer::sum);
            }
        }
        return (int) counts.values().stream().filter(c -> c >= cutoff).count();
    }

    private static MaxentModel trainModel(List<Event> events, String algorithm, IntentSettings.Training training) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, training.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, training.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, training.threads());
        parameters.put(QNTrainer.L2COST_PARAM, training.l2Cost());
        parameters.put(QNTrainer.L1COST_PARAM, training.l1Cost());
        parameters.put(QNTrainer.M_PARAM, training.lbfgsMemory());
        // In memory (the default two-pass indexer writes every event to a temporary file first), with values.
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM,
                AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        // OpenNLP 2.x logs its progress through SLF4J (there is no PrintMessages switch any more):
        // the application sets logging.level.opennlp=warn, the commands do the same programmatically.
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            // The events are in memory: an I/O error here is a bug, not an input problem.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes this classifier so that {@link #read} with the same settings and phrases gives one that ranks every text
     * the same way: OpenNLP's own binary model format, after what this class adds to it. The nearest-phrase index is
     * not written: it is rebuilt from the phrases in well under a second.
     */
    void write(DataOutputStream out) throws IOException {
        out.writeUTF(algorithm);
        out.writeBoolean(featureSettings.charNgramMin() == 0);
        if (model == null) {
            out.writeInt(labels.size());
            for (String label : labels) {
                out.writeUTF(label);
            }
            return;
        }
        // OpenNLP's writer closes the stream it writes to: write into a buffer, then the buffer into out.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(buffer)).persist();
        out.writeInt(buffer.size());
        buffer.writeTo(out);
    }

    /** Reads what {@link #write} wrote, with the settings it was trained with and the phrases it was trained on. */
    static IntentClassifier read(DataInputStream in, Language language, IntentSettings settings,
            List<LabeledText> examples) throws IOException {
        String algorithm = in.readUTF();
        IntentSettings.Features features = in.readBoolean() ? settings.withoutCharNgrams().features()
                : settings.features();
        if (algorithm.equals(CONSTANT) || algorithm.equals(NEIGHBOURS)) {
            int count = in.readInt();
            List<String> labels = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                labels.add(in.readUTF());
            }
            PhraseNeighbours neighbours = algorithm.equals(CONSTANT) ? null
                    : PhraseNeighbours.build(examples, new FeatureExtractor(language, features),
                            settings.fusion().neighbours());
            return new IntentClassifier(language, features, settings.fusion(), null, neighbours, labels, algorithm);
        }
        byte[] bytes = in.readNBytes(in.readInt());
        MaxentModel model = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
                .getModel();
        return withModel(model, examples, language, features, settings, algorithm);
    }

    @Override
    public String toString() {
        return "IntentClassifier[" + language.code() + ", " + labels.size() + " labels, " + algorithm + "]";
    }
}
