package org.passerelle.intent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.intent.CommandSupport.InputException;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseLoader;

/**
 * {@code train-intent-model --output DIR [--knowledge-base DIR]}: trains the intent model for a knowledge-base
 * folder with the application's settings and stores it in DIR under the name a start looks for. The production
 * build runs it on the bundled {@code knowledge-base/} into the jar ({@code intent-models/}), so that the first
 * start in a fresh folder loads the model instead of training it; a knowledge base that differs in any phrase, or
 * other training settings, has another name and is trained as before.
 */
public final class TrainIntentModelCommand {

    private static final Set<String> OPTIONS = Set.of("--knowledge-base", "--output");

    private TrainIntentModelCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        CommandSupport.quietTrainingLogs();
        try {
            Map<String, String> options = CommandSupport.options(args, OPTIONS);
            Path output = Path.of(CommandSupport.required(options, "--output", "the folder to store the model in"));
            Path root = Path.of(options.getOrDefault("--knowledge-base", "knowledge-base"));
            KnowledgeBase knowledgeBase;
            try {
                knowledgeBase = KnowledgeBaseLoader.load(root);
            } catch (KnowledgeBaseException e) {
                throw new InputException(e.getMessage());
            }
            long start = System.nanoTime();
            Path file = TrainedModels.store(knowledgeBase, IntentSettings.fromApplicationProperties(), output);
            out.printf("Intent model for %s stored in %s (%.1f s)%n", root, file, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (InputException e) {
            err.println("train-intent-model: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("train-intent-model: " + e.getMessage());
            return 1;
        }
    }
}
