package org.passerelle.intent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Trained intent models, kept by what they were trained on, so that the same phrases with the same settings are never
 * trained on twice: a restart on unchanged content, a roll-back to a version published before, or another Spring
 * context in the same JVM (the tests) loads the model instead of training it (seconds of CPU on two cores).
 *
 * <p>The key is a SHA-256 of everything training reads: every language's labelled phrases in order, the feature and
 * trainer settings, OpenNLP's version and this file format's. Models are kept in memory for the JVM (the last few:
 * they are immutable, and a few MB each) and, when {@code passerelle.intent.model-directory} is set (by default
 * {@code data/intent-models}, beside the embedded database), in that folder, the last few as well. A file that
 * cannot be read is trained again and replaced, never trusted.
 */
@Component
public final class TrainedModels {

    private static final Logger log = LoggerFactory.getLogger(TrainedModels.class);

    /** Change when what {@link IntentModel#write} writes changes: older files are then ignored. */
    private static final int FORMAT = 2;
    /** Files kept in {@code passerelle.intent.model-directory}. */
    private static final int KEEP = 4;
    /**
     * Models kept in memory, more than on disk: several Spring contexts in one JVM (the tests) take turns, and a run of
     * small edits, each a model of its own, must not push out the model of a large knowledge base that another
     * context uses next (tens of seconds to train again); a few MB each.
     */
    private static final int KEEP_IN_MEMORY = 8;
    private static final String SUFFIX = ".intent-model";

    private static final Map<String, IntentModel> RECENT = new LinkedHashMap<>(KEEP_IN_MEMORY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IntentModel> eldest) {
            return size() > KEEP_IN_MEMORY;
        }
    };

    private final @Nullable Path directory;
    private final boolean memory;
    /** Where {@link #BUNDLED_FOLDER} is looked up: the application's class path. */
    private final ClassLoader bundled;

    /** The application's: in memory and in {@code passerelle.intent.model-directory}. */
    @Autowired
    TrainedModels(IntentSettings settings) {
        this(settings.modelDirectory().isBlank() ? null : Path.of(settings.modelDirectory()), true);
    }

    private TrainedModels(@Nullable Path directory, boolean memory) {
        this(directory, memory, TrainedModels.class.getClassLoader());
    }

    private TrainedModels(@Nullable Path directory, boolean memory, ClassLoader bundled) {
        this.directory = directory;
        this.memory = memory;
        this.bundled = bundled;
    }

    /** Models shipped on {@code classPath}'s {@link #BUNDLED_FOLDER} only, as a first start in a fresh folder finds them. */
    static TrainedModels onlyBundledIn(ClassLoader classPath) {
        return new TrainedModels(null, false, classPath);
    }

    /** Models kept in this JVM only (commands, plain-Java tests). */
    public static TrainedModels inMemory() {
        return new TrainedModels(null, true);
    }

    /** Models kept in this JVM and in {@code directory}. */
    public static TrainedModels in(Path directory) {
        return new TrainedModels(directory, true);
    }

    /** Models kept in {@code directory} only, as a new JVM finds them. */
    static TrainedModels onlyIn(Path directory) {
        return new TrainedModels(directory, false);
    }

    /** Where a model trained on {@code knowledgeBase} came from, and how long getting it took. */
    public record Obtained(IntentModel model, Origin origin, long millis) {
    }

    public enum Origin { TRAINED, MEMORY, FILE, BUNDLED }

    /**
     * Where the production build puts the model it trained on the bundled {@code knowledge-base/} (the
     * {@code train-intent-model} command, run by the production profile): a first start in a fresh folder, whose
     * content is the bundled one, loads it instead of training for seconds.
     */
    static final String BUNDLED_FOLDER = "intent-models/";

    /** The model for {@code knowledgeBase} with {@code settings}: kept, or trained (and then kept). */
    public Obtained get(KnowledgeBase knowledgeBase, IntentSettings settings) {
        return get(knowledgeBase, settings, () -> IntentModel.train(knowledgeBase, settings));
    }

    Obtained get(KnowledgeBase knowledgeBase, IntentSettings settings, Supplier<IntentModel> training) {
        long start = System.nanoTime();
        String key = key(knowledgeBase, settings);
        Obtained kept = kept(key, knowledgeBase, settings, start);
        if (kept != null) {
            return kept;
        }
        IntentModel model = training.get();
        writeFile(key, model);
        if (memory) {
            remember(key, model);
        }
        return new Obtained(model, Origin.TRAINED, (System.nanoTime() - start) / 1_000_000);
    }

    /** The model for {@code knowledgeBase} with {@code settings} when one is kept (milliseconds), else null. */
    @Nullable Obtained kept(KnowledgeBase knowledgeBase, IntentSettings settings) {
        long start = System.nanoTime();
        return kept(key(knowledgeBase, settings), knowledgeBase, settings, start);
    }

    private @Nullable Obtained kept(String key, KnowledgeBase knowledgeBase, IntentSettings settings, long start) {
        IntentModel model = memory ? remembered(key) : null;
        Origin origin = Origin.MEMORY;
        if (model == null) {
            model = readFile(key, settings, knowledgeBase);
            origin = Origin.FILE;
        }
        if (model == null) {
            model = readBundled(key, settings, knowledgeBase);
            origin = Origin.BUNDLED;
        }
        if (model == null) {
            return null;
        }
        if (memory) {
            remember(key, model);
        }
        return new Obtained(model, origin, (System.nanoTime() - start) / 1_000_000);
    }

    static String key(KnowledgeBase knowledgeBase, IntentSettings settings) {
        MessageDigest digest = sha256();
        update(digest, "format " + FORMAT + "\nopennlp " + opennlp.tools.util.Version.currentVersion() + "\n");
        update(digest, settings.features() + "\n" + settings.training() + "\n");
        for (Language language : Language.values()) {
            update(digest, "language " + language.code() + "\n");
            List<LabeledText> examples = knowledgeBase.trainingExamples(language);
            for (LabeledText example : examples) {
                update(digest, example.label().length() + ":" + example.label() + "\t" + example.text().length()
                        + ":" + example.text() + "\n");
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static synchronized @Nullable IntentModel remembered(String key) {
        return RECENT.get(key);
    }

    private static synchronized void remember(String key, IntentModel model) {
        RECENT.put(key, model);
    }

    private @Nullable IntentModel readFile(String key, IntentSettings settings, KnowledgeBase knowledgeBase) {
        if (directory == null) {
            return null;
        }
        Path file = directory.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return IntentModel.read(new DataInputStream(new BufferedInputStream(in)), settings, knowledgeBase);
        } catch (IOException | RuntimeException e) {
            log.warn("The stored intent model {} cannot be read ({}); training it again", file, e.toString());
            return null;
        }
    }

    private @Nullable IntentModel readBundled(String key, IntentSettings settings, KnowledgeBase knowledgeBase) {
        String resource = BUNDLED_FOLDER + key + SUFFIX;
        try (InputStream in = bundled.getResourceAsStream(resource)) {
            return in == null ? null : IntentModel.read(new DataInputStream(new BufferedInputStream(in)), settings,
                    knowledgeBase);
        } catch (IOException | RuntimeException e) {
            log.warn("The bundled intent model {} cannot be read ({}); training it", resource, e.toString());
            return null;
        }
    }

    /**
     * Trains (or finds) the model for {@code knowledgeBase} and writes it into {@code folder} under the name a start
     * looks for, whole or not at all; returns that file.
     */
    static Path store(KnowledgeBase knowledgeBase, IntentSettings settings, Path folder) throws IOException {
        TrainedModels target = onlyIn(folder);
        String key = key(knowledgeBase, settings);
        Path file = folder.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            target.writeFile(key, IntentModel.train(knowledgeBase, settings));
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("the model could not be written to " + folder);
        }
        return file;
    }

    private void writeFile(String key, IntentModel model) {
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, key, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
                model.write(data);
                data.flush();
            }
            // Whole or not at all: a start that reads the folder never sees half a file.
            Files.move(temporary, directory.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            removeOldest();
        } catch (IOException | RuntimeException e) {
            // The model is trained and in force; only the next start's saving is lost.
            log.warn("The trained intent model could not be stored in {}: {}", directory, e.toString());
        }
    }

    private void removeOldest() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> stored = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(TrainedModels::modified).reversed())
                    .toList();
            for (Path old : stored.subList(Math.min(KEEP, stored.size()), stored.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
