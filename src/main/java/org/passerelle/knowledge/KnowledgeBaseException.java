package org.passerelle.knowledge;

import java.nio.file.Path;

/**
 * A knowledge-base file that cannot be loaded. The message names the file and, where it applies, the
 * line, so an editor can find and fix it: {@code guides/passport/fr.md:12: unknown field "titel"}.
 */
public class KnowledgeBaseException extends RuntimeException {

    private final Path file;
    private final int line;

    public KnowledgeBaseException(Path file, int line, String problem) {
        super(location(file, line) + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public KnowledgeBaseException(Path file, int line, String problem, Throwable cause) {
        super(location(file, line) + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    private static String location(Path file, int line) {
        String name = file == null ? "knowledge-base" : file.toString().replace('\\', '/');
        return line > 0 ? name + ":" + line : name;
    }

    /** The file, relative to the knowledge-base folder where possible. */
    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is about the whole file. */
    public int line() {
        return line;
    }
}
