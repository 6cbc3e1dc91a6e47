package org.passerelle.intent;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
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
 * is never trained on a publication's thread: the publication puts the nearest phrases of the new knowledge base in
 * force at once, and the model trains on one background thread and replaces them when it is ready (seconds), so a
 * kiosk never sees a half-trained model nor one that mixes old guides with new; if training fails, the nearest phrases
 * keep answering. The first model and the language detector are loaded in the
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
    /** Guards the swaps of {@link #model}, and wakes {@link #awaitTrainedModel}. */
    private final Object swaps = new Object();
    /** The nearest phrases put in force while the model trains, or null. */
    private volatile @Nullable IntentModel interim;
    private final AtomicReference<@Nullable Pending> pending = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("intent-training").daemon(true).priority(Thread.MIN_PRIORITY).factory());

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
     * Puts the next knowledge base's classifier in force within a second: the model kept for the same phrases and
     * settings when there is one ({@link TrainedModels}), else the {@link IntentModel#neighboursAlone nearest
     * phrases alone} while the model trains in the background ({@link #trainLater}). When even that fails, the
     * previous model stays in force and says so in the log.
     */
    @Override
    public Runnable prepare(KnowledgeBase next) {
        first.get(); // the first model is in force before it is replaced
        try {
            TrainedModels.Obtained kept = trained.kept(next, settings);
            if (kept != null) {
                log(kept);
                return () -> {
                    pending.set(null); // an older publication's training would be wasted
                    putInForce(kept.model(), null);
                };
            }
            long start = System.nanoTime();
            IntentModel meanwhile = IntentModel.neighboursAlone(next, settings);
            log.info("Nearest phrases ready in {} ms; the intent model trains in the background",
                    (System.nanoTime() - start) / 1_000_000);
            return () -> {
                putInForce(meanwhile, meanwhile);
                trainLater(next, meanwhile);
            };
        } catch (RuntimeException e) {
            log.error("Intent model not retrained, the previous one stays in force: {}", e.getMessage(), e);
            return () -> { };
        }
    }

    /**
     * Waits until nothing trains in the background: the model in force is then the trained one (or, when training
     * failed, the nearest phrases, and the log says why); false when {@code limit} passed first.
     */
    public boolean awaitTrainedModel(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (swaps) {
            while (learning()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(swaps, left);
            }
        }
        return true;
    }

    /** True while the nearest phrases answer alone after a publication and the model trains in the background. */
    public boolean learning() {
        IntentModel meanwhile = interim;
        return meanwhile != null && meanwhile == model.get();
    }

    @PreDestroy
    void stopTraining() {
        pending.set(null);
        background.shutdownNow();
    }

    private void putInForce(IntentModel next, @Nullable IntentModel meanwhile) {
        synchronized (swaps) {
            model.set(next);
            interim = meanwhile;
            swaps.notifyAll();
        }
    }

    /**
     * Trains the model for {@code knowledgeBase} on the one background thread, at the lowest priority and one
     * language at a time (one processor of two stays with the kiosks), and puts it in force in place of
     * {@code meanwhile} unless a later publication replaced that already. Publications that come faster than
     * training train only the last one.
     */
    private void trainLater(KnowledgeBase knowledgeBase, IntentModel meanwhile) {
        pending.set(new Pending(knowledgeBase, meanwhile));
        try {
            background.execute(this::trainPending);
        } catch (RejectedExecutionException e) {
            log.info("The application is stopping: the intent model is not trained");
        }
    }

    private void trainPending() {
        Pending next = pending.getAndSet(null);
        if (next == null) {
            return; // a later publication's task took it, or the application is stopping
        }
        try {
            TrainedModels.Obtained obtained = trained.get(next.knowledgeBase(), settings,
                    () -> IntentModel.trainInTurn(next.knowledgeBase(), settings));
            log(obtained);
            synchronized (swaps) {
                if (model.get() == next.meanwhile()) {
                    putInForce(obtained.model(), null);
                }
            }
        } catch (RuntimeException e) {
            log.error("Intent model not trained; the nearest phrases keep answering: {}", e.getMessage(), e);
            synchronized (swaps) {
                if (interim == next.meanwhile()) {
                    interim = null; // nothing trains any more
                }
                swaps.notifyAll();
            }
        }
    }

    private record Pending(KnowledgeBase knowledgeBase, IntentModel meanwhile) {
    }

    private IntentModel train(KnowledgeBase knowledgeBase) {
        TrainedModels.Obtained obtained = trained.get(knowledgeBase, settings);
        log(obtained);
        return obtained.model();
    }

    private void log(TrainedModels.Obtained obtained) {
        IntentModel next = obtained.model();
        log.info("Intent model {} in {} ms: {} labels (en), {} labels (fr)", switch (obtained.origin()) {
            case TRAINED -> "trained";
            case MEMORY -> "reused (same phrases and settings)";
            case FILE -> "loaded from " + settings.modelDirectory() + " (same phrases and settings)";
            case BUNDLED -> "loaded from the jar (trained at build time on the same phrases and settings)";
        }, obtained.millis(), next.classifier(Language.EN).labels().size(), next.classifier(Language.FR).labels().size());
    }
}
