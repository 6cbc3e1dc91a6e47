package org.passerelle.intent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;

/**
 * The kiosk's bilingual classifier: one {@link IntentClassifier} per official language, trained on that
 * language's phrases of one knowledge-base snapshot. Immutable and thread-safe.
 */
public final class IntentModel {

    private final Map<Language, IntentClassifier> classifiers;

    private IntentModel(Map<Language, IntentClassifier> classifiers) {
        this.classifiers = Map.copyOf(classifiers);
    }

    /**
     * Trains both languages' classifiers on {@link KnowledgeBase#trainingExamples(Language)}, side by side:
     * the two trainings are independent, and the kiosk's start-up waits for the slower one only. The
     * configured threads are shared between them.
     */
    public static IntentModel train(KnowledgeBase knowledgeBase, IntentSettings settings) {
        return train(knowledgeBase, settings, Language.values().length);
    }

    /**
     * Trains the same model as {@link #train}, one language after the other: half the processors for twice the
     * time, for training in the background while kiosks answer.
     */
    static IntentModel trainInTurn(KnowledgeBase knowledgeBase, IntentSettings settings) {
        return train(knowledgeBase, settings, 1);
    }

    /**
     * Both languages' {@link IntentClassifier#neighboursAlone nearest phrases alone}, in a fraction of a second: what
     * answers after a publication while {@link #trainInTurn} trains the model.
     */
    static IntentModel neighboursAlone(KnowledgeBase knowledgeBase, IntentSettings settings) {
        Map<Language, IntentClassifier> classifiers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            classifiers.put(language, IntentClassifier.neighboursAlone(knowledgeBase.trainingExamples(language),
                    language, settings));
        }
        return new IntentModel(classifiers);
    }

    private static IntentModel train(KnowledgeBase knowledgeBase, IntentSettings settings, int languagesAtOnce) {
        Map<Language, CompletableFuture<IntentClassifier>> training = new EnumMap<>(Language.class);
        // Each language gets its share of the configured threads whether they train at once or in turn: the
        // same settings give the same model (and the same key in TrainedModels).
        IntentSettings perLanguage = settings.withThreads(Math.max(1, settings.training().threads() / 2));
        // Platform threads, not the common pool: training is CPU-bound and must not starve other users of it.
        try (ExecutorService executor = Executors.newFixedThreadPool(languagesAtOnce)) {
            for (Language language : Language.values()) {
                training.put(language, CompletableFuture.supplyAsync(
                        () -> IntentClassifier.train(knowledgeBase.trainingExamples(language), language, perLanguage),
                        executor));
            }
            Map<Language, IntentClassifier> classifiers = new EnumMap<>(Language.class);
            for (var entry : training.entrySet()) {
                classifiers.put(entry.getKey(), entry.getValue().join());
            }
            return new IntentModel(classifiers);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Ranks the labels of {@code language}'s classifier for {@code text}; never throws. */
    public IntentPrediction classify(String text, Language language) {
        return classifier(language).classify(text);
    }

    public IntentClassifier classifier(Language language) {
        return classifiers.get(language);
    }

    /** Writes both classifiers, for {@link #read} with the settings they were trained with. */
    void write(DataOutputStream out) throws IOException {
        for (Language language : Language.values()) {
            classifier(language).write(out);
        }
    }

    static IntentModel read(DataInputStream in, IntentSettings settings, KnowledgeBase knowledgeBase)
            throws IOException {
        Map<Language, IntentClassifier> classifiers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            classifiers.put(language, IntentClassifier.read(in, language, settings,
                    knowledgeBase.trainingExamples(language)));
        }
        return new IntentModel(classifiers);
    }
}
