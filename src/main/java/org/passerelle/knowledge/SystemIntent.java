package org.passerelle.knowledge;

import java.util.Optional;

/** Things a citizen says that are not about a guide. Their phrases live in {@code knowledge-base/system/}. */
public enum SystemIntent {
    GREETING("greeting"),
    THANKS("thanks"),
    GOODBYE("goodbye"),
    ASK_PERSON("ask-person"),
    START_OVER("start-over"),
    OUT_OF_SCOPE("out-of-scope");

    /** Prefix that tells a system label from a guide id in classifier labels. */
    public static final String LABEL_PREFIX = "system:";

    private final String id;

    SystemIntent(String id) {
        this.id = id;
    }

    /** Folder name under {@code knowledge-base/system/}. */
    public String id() {
        return id;
    }

    /** The classifier label: {@code system:greeting}, ... */
    public String label() {
        return LABEL_PREFIX + id;
    }

    public static Optional<SystemIntent> fromId(String id) {
        for (SystemIntent i : values()) {
            if (i.id.equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public static Optional<SystemIntent> fromLabel(String label) {
        return label != null && label.startsWith(LABEL_PREFIX)
                ? fromId(label.substring(LABEL_PREFIX.length()))
                : Optional.empty();
    }
}
