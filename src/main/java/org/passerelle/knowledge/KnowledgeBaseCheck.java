package org.passerelle.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading a whole knowledge base once: every problem found (not only the first), the guides that
 * parsed on their own even when something else is wrong (so a caller can still judge their text), and the
 * knowledge base itself when nothing is wrong.
 *
 * @param knowledgeBase the validated knowledge base; null when there is any problem
 * @param guides        each guide whose two files parsed and agree, by id
 * @param problems      in the order of the files; empty when the knowledge base is valid
 */
public record KnowledgeBaseCheck(@Nullable KnowledgeBase knowledgeBase, Map<String, Guide> guides,
                                 List<KnowledgeBaseProblem> problems) {

    public KnowledgeBaseCheck {
        guides = Map.copyOf(guides);
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (knowledgeBase == null)) {
            throw new IllegalArgumentException("a knowledge base exactly when there is no problem");
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public Optional<Guide> guide(String id) {
        return Optional.ofNullable(guides.get(id));
    }

    /** This check with problems found by another reader of the same files (the referral feature's). */
    public KnowledgeBaseCheck withProblems(List<KnowledgeBaseProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<KnowledgeBaseProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new KnowledgeBaseCheck(null, guides, all);
    }

    /**
     * @throws KnowledgeBaseException with every problem, the first one as its message
     */
    public KnowledgeBase orThrow() {
        if (knowledgeBase == null) {
            throw new KnowledgeBaseException(problems);
        }
        return knowledgeBase;
    }
}
