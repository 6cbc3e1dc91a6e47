package org.passerelle.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.passerelle.content.ContentException.Problem;
import org.passerelle.knowledge.KnowledgeBaseFiles;

/**
 * Writes a knowledge base's files into a folder so that the folder holds exactly that knowledge base: a folder
 * that already is a knowledge base (a git checkout of {@code knowledge-base/}, say) loses the content files that
 * are not in it, and keeps everything else. A folder that is neither empty nor a knowledge base is refused: an
 * export never writes into, or deletes from, a folder it does not recognise.
 */
final class KnowledgeBaseExport {

    /** The files the knowledge-base format defines; only these are ever removed. */
    private static final Pattern CONTENT_FILE = Pattern.compile(
            "topics\\.tsv|guides/[^/]+/[a-z]{2}\\.md|life-events/[^/]+/[a-z]{2}\\.md|referrals/[^/]+/[a-z]{2}\\.md|system/[^/]+/[a-z]{2}\\.txt|synonyms/[a-z]{2}\\.txt");

    private KnowledgeBaseExport() {
    }

    static ExportResult write(KnowledgeBaseFiles files, Path folder) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new ContentException(Problem.FOLDER, folder + " is a file, not a folder");
            }
            if (Files.isDirectory(folder) && !isEmpty(folder) && !Files.isRegularFile(folder.resolve("topics.tsv"))) {
                throw new ContentException(Problem.FOLDER, folder + " is neither empty nor a knowledge-base folder"
                        + " (it has no topics.tsv); export to a new folder");
            }
            List<String> removed = new ArrayList<>();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path file : all.filter(Files::isRegularFile).toList()) {
                        String path = folder.relativize(file).toString().replace('\\', '/');
                        if (CONTENT_FILE.matcher(path).matches() && !files.texts().containsKey(path)) {
                            Files.delete(file);
                            removed.add(path);
                            deleteIfEmpty(file.getParent(), folder);
                        }
                    }
                }
            }
            files.writeTo(folder);
            return new ExportResult(folder, files.texts().size(), removed);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ContentException(Problem.FOLDER, folder + ": " + e.getMessage(), List.of(), e);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteIfEmpty(Path dir, Path root) throws IOException {
        if (!dir.equals(root) && isEmpty(dir)) {
            Files.delete(dir);
        }
    }
}
