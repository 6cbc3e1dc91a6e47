package org.passerelle.intent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;

/**
 * A text classifier for one language: trained once from labelled phrases, then immutable and safe to call
 * from any number of threads. Plain Java, usable without Spring.
 *
 * <p>It is a multinomial logistic regression (OpenNLP {@code MAXENT_QN}, L-BFGS with L2 regularisation)
 * over words, stems, stem bigrams and character n-grams; {@code docs/benchmarks.md} has the measurements
 * behind that choice. When labels × features would exceed {@link IntentSettings.Training#maxParameters()},
 * the dense L-BFGS vectors would not fit in memory and {@link IntentSettings.Training#largeAlgorithm()}
 * (the averaged perceptron: sparse updates, no dense optimiser state) is used instead.
 */
public final class IntentClassifier {

    private final Language language;
    private final FeatureExtractor features;
    private final @Nullable MaxentModel model;
    private final List<String> labels;
    private final String algorithm;
    private final IntentSettings.Features featureSettings;

    private IntentClassifier(Language language, IntentSettings.Features featureSettings, @Nullable MaxentModel model,
            List<String> labels, String algorithm) {
        this.language = language;
        this.featureSettings = featureSettings;
        this.features = new FeatureExtractor(language, featureSettings);
        this.model = model;
        this.labels = List.copyOf(labels);
        this.algorithm = algorithm;
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
            return new IntentClassifier(language, effective.features(), null, List.copyOf(labels), "CONSTANT");
        }
        String algorithm = chooseAlgorithm(events, labels.size(), settings.training());
        MaxentModel model = trainModel(events, algorithm, settings.training());
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            outcomes.add(model.getOutcome(i));
        }
        return new IntentClassifier(language, effective.features(), model, outcomes, algorithm);
    }

    /**
     * Ranks every label for {@code text}. Never throws: empty, very long or meaningless text gets a
     * low-confidence prediction, the labels' prior.
     */
    public IntentPrediction classify(String text) {
        if (model == null) {
            return new IntentPrediction(List.of(new ScoredLabel(labels.getFirst(), 1.0)));
        }
        FeatureVector vector = features.features(text == null ? "" : text);
        double[] probabilities = model.eval(vector.names(), vector.values());
        List<ScoredLabel> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new ScoredLabel(model.getOutcome(i), probabilities[i]));
        }
        ranked.sort(Comparator.comparingDouble(ScoredLabel::probability).reversed());
        return new IntentPrediction(ranked);
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

    /** The OpenNLP trainer that built this classifier (the configured one, or the one for large models). */
    public String algorithm() {
        return algorithm;
    }

    private static String chooseAlgorithm(List<Event> events, int labelCount, IntentSettings.Training training) {
        if (!QNTrainer.MAXENT_QN_VALUE.equals(training.algorithm())) {
            return training.algorithm();
        }
        long parameters = (long) labelCount * countKeptFeatures(events, training.cutoff());
        return parameters > training.maxParameters() ? training.largeAlgorithm() : training.algorithm();
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
     * Writes this classifier so that {@link #read} with the same settings gives one that ranks every text the same
     * way (OpenNLP's own binary model format, after what this class adds to it).
     */
    void write(DataOutputStream out) throws IOException {
        out.writeUTF(algorithm);
        out.writeBoolean(featureSettings.charNgramMin() == 0);
        if (model == null) {
            out.writeUTF(labels.getFirst());
            return;
        }
        // OpenNLP's writer closes the stream it writes to: write into a buffer, then the buffer into out.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(buffer)).persist();
        out.writeInt(buffer.size());
        buffer.writeTo(out);
    }

    /** Reads what {@link #write} wrote, with the settings it was trained with. */
    static IntentClassifier read(DataInputStream in, Language language, IntentSettings settings) throws IOException {
        String algorithm = in.readUTF();
        IntentSettings.Features features = in.readBoolean() ? settings.withoutCharNgrams().features()
                : settings.features();
        if (algorithm.equals("CONSTANT")) {
            return new IntentClassifier(language, features, null, List.of(in.readUTF()), algorithm);
        }
        byte[] bytes = in.readNBytes(in.readInt());
        MaxentModel model = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
                .getModel();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            outcomes.add(model.getOutcome(i));
        }
        return new IntentClassifier(language, features, model, outcomes, algorithm);
    }

    @Override
    public String toString() {
        return "IntentClassifier[" + language.code() + ", " + labels.size() + " labels, " + algorithm + "]";
    }
}
