package org.passerelle.intent;

import java.util.concurrent.atomic.AtomicReference;
import org.passerelle.knowledge.BackgroundStart;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseFollower;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SystemIntent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * The application's intent classifier. It is trained from the current knowledge base when the application
 * starts and again whenever the knowledge base changes, unless {@link TrainedModels} already holds a model trained
 * on the same phrases with the same settings (a restart on unchanged content loads it). A new model
 * is trained beside the old one and swapped in one step, so a kiosk never sees a half-trained model; if
 * training fails, the old model stays in force. The first model and the language detector are loaded in the
 * background while Spring creates the other beans ({@link BackgroundStart}); questions wait for them, and so does
 * the application's start.
 */
@Service
public class IntentService implements KnowledgeBaseFollower, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IntentService.class);

    private final IntentSettings settings;
    private final BackgroundStart<LanguageIdentifier> languageIdentifier;
    private final TrainedModels trained;
    private final AtomicReference<IntentModel> model = new AtomicReference<>();
    private final BackgroundStart<IntentModel> first;

    IntentService(KnowledgeService knowledge, IntentSettings settings, TrainedModels trained) {
        this.settings = settings;
        this.trained = trained;
        // Two threads: the detector does not need the knowledge base, so it loads while the knowledge base does.
        this.languageIdentifier = BackgroundStart.run("language-detector-start", () -> LanguageIdentifier.load(settings));
        this.first = BackgroundStart.run("intent-model-start", () -> {
            IntentModel loaded = train(knowledge.current());
            model.compareAndSet(null, loaded);
            return loaded;
        });
    }

    /** Waits for the first model and the detector: the application starts only with them, or fails with the error. */
    @Override
    public void afterSingletonsInstantiated() {
        languageIdentifier.get();
        first.get();
    }

    /** Ranks the guides and system intents of {@code language} for {@code text}; never throws. */
    public IntentPrediction classify(String text, Language language) {
        IntentModel inForce = model.get();
        return (inForce != null ? inForce : first.get()).classify(text, language);
    }

    /** The language {@code text} is written in, the kiosk's current language counting as the prior. */
    public LanguageGuess detectLanguage(String text, Language kioskLanguage) {
        return languageIdentifier.get().detectLanguage(text, kioskLanguage);
    }

    /**
     * The label to act on at the configured threshold: a guide id, a system label, or
     * {@code system:out-of-scope} when the classifier is not sure enough.
     */
    public String decide(IntentPrediction prediction) {
        return prediction.decide(settings.outOfScopeThreshold(), SystemIntent.OUT_OF_SCOPE.label());
    }

    /** True when the first two guesses are too close to choose: ask the citizen which one they meant. */
    public boolean needsClarification(IntentPrediction prediction) {
        return prediction.isCloseCall(settings.clarifyMargin());
    }

    /**
     * Cross-validates the classifier on a knowledge base's phrases in one language, e.g. a draft an editor
     * is about to publish. Takes a few seconds: call it off the UI thread.
     */
    public CrossValidationReport check(KnowledgeBase knowledgeBase, Language language) {
        return CrossValidation.run(knowledgeBase.trainingExamples(language), language, settings, 5, 42);
    }

    public IntentSettings settings() {
        return settings;
    }

    /**
     * Trains the next model beside the one in force (seconds); the swap only sets it. When training fails, the
     * previous model stays in force and says so in the log.
     */
    @Override
    public Runnable prepare(KnowledgeBase next) {
        first.get(); // the first model is in force before it is replaced
        try {
            IntentModel trained = train(next);
            return () -> model.set(trained);
        } catch (RuntimeException e) {
            log.error("Intent model not retrained, the previous one stays in force: {}", e.getMessage(), e);
            return () -> { };
        }
    }

    private IntentModel train(KnowledgeBase knowledgeBase) {
        TrainedModels.Obtained obtained = trained.get(knowledgeBase, settings);
        IntentModel next = obtained.model();
        log.info("Intent model {} in {} ms: {} labels (en), {} labels (fr)", switch (obtained.origin()) {
            case TRAINED -> "trained";
            case MEMORY -> "reused (same phrases and settings)";
            case FILE -> "loaded from " + settings.modelDirectory() + " (same phrases and settings)";
            case BUNDLED -> "loaded from the jar (trained at build time on the same phrases and settings)";
        }, obtained.millis(), next.classifier(Language.EN).labels().size(), next.classifier(Language.FR).labels().size());
        return next;
    }
}
