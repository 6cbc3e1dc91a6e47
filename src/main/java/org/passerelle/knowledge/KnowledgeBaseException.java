package org.passerelle.knowledge;

import java.nio.file.Path;
import java.util.List;

/**
 * Knowledge-base files that cannot be loaded. The message names the first problem's file and, where it applies,
 * the line, so an editor can find and fix it: {@code guides/passport/fr.md:12: unknown field "titel"};
 * {@link #problems()} lists every problem found, in the order of the files.
 */
public class KnowledgeBaseException extends RuntimeException {

    private final List<KnowledgeBaseProblem> problems;

    public KnowledgeBaseException(Path file, int line, String problem) {
        this(List.of(KnowledgeBaseProblem.of(file, line, problem)));
    }

    public KnowledgeBaseException(Path file, int line, String problem, Throwable cause) {
        super(KnowledgeBaseProblem.of(file, line, problem).toString(), cause);
        this.problems = List.of(KnowledgeBaseProblem.of(file, line, problem));
    }

    /** @param problems at least one; the message is the first one's */
    public KnowledgeBaseException(List<KnowledgeBaseProblem> problems) {
        super(problems.getFirst().toString());
        this.problems = List.copyOf(problems);
    }

    /** Every problem, the first one being the message's. */
    public List<KnowledgeBaseProblem> problems() {
        return problems;
    }

    /** The first problem's file, relative to the knowledge-base folder where possible. */
    public Path file() {
        return problems.getFirst().file();
    }

    /** The first problem's 1-based line, or 0 when the problem is about the whole file. */
    public int line() {
        return problems.getFirst().line();
    }
}
