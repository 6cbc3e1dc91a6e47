package org.passerelle.content;

import java.util.List;

/**
 * A content change that cannot be made as asked. Nothing was changed. The UI shows
 * {@code content.problem.<problem in lower case>}, and the {@link #findings()} when there are any.
 */
public class ContentException extends RuntimeException {

    /** What went wrong. */
    public enum Problem {
        /** Nobody is signed in, or the user is neither EDITOR nor ADMIN. */
        FORBIDDEN,
        /** No such guide or version. */
        NOT_FOUND,
        /** A guide with this id already exists. */
        GUIDE_EXISTS,
        /** A guide id is lowercase letters, digits and dashes, at most 100 characters. */
        INVALID_ID,
        /** The guide already has a version in the workflow; finish or discard it first. */
        OPEN_VERSION_EXISTS,
        /** Someone else changed this version since it was read: reload it and try again. */
        CONFLICT,
        /** The version is not in a state that allows this (e.g. editing a submitted version). */
        WRONG_STATE,
        /** Nobody approves a version they created, edited or submitted. */
        OWN_CHANGE,
        /** The checks found errors, listed in {@link #findings()}. */
        NOT_PUBLISHABLE,
        /** A language side is longer than {@code passerelle.content.max-text-length}. */
        TOO_LONG,
        /** A publication time that is not in the future. */
        NOT_IN_FUTURE,
        /** The comment that goes with a rejection is missing or too long. */
        COMMENT_REQUIRED,
        /** An export folder that is neither empty nor a knowledge-base folder, or a folder that cannot be written. */
        FOLDER
    }

    private final Problem problem;
    private final List<Finding> findings;

    public ContentException(Problem problem, String message) {
        this(problem, message, List.of(), null);
    }

    public ContentException(Problem problem, String message, List<Finding> findings, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.findings = List.copyOf(findings);
    }

    public Problem problem() {
        return problem;
    }

    /** For {@link Problem#NOT_PUBLISHABLE}: what to fix. */
    public List<Finding> findings() {
        return findings;
    }
}
