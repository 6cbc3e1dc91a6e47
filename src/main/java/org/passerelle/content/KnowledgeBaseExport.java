package org.passerelle.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.passerelle.content.ContentException.Problem;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.KnowledgeBaseLayout;

/**
 * Writes a knowledge base's files into a folder so that the folder holds exactly that knowledge base: a folder
 * that already is a knowledge base (a git checkout of {@code knowledge-base/}, say) loses the content files that
 * are not in it, and keeps everything else. A folder that is neither empty nor a knowledge base is refused: an
 * export never writes into, or deletes from, a folder it does not recognise. Which files are content is the
 * knowledge feature's rule ({@link KnowledgeBaseLayout#isContentFile}); only those are ever removed.
 */
final class KnowledgeBaseExport {

    private KnowledgeBaseExport() {
    }

    static ExportResult write(KnowledgeBaseFiles files, Path folder) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new ContentException(Problem.FOLDER, folder + " is a file, not a folder");
            }
            if (Files.isDirectory(folder) && !isEmpty(folder) && !Files.isRegularFile(folder.resolve(KnowledgeBaseLayout.TOPICS))) {
                throw new ContentException(Problem.FOLDER, folder + " is neither empty nor a knowledge-base folder"
                        + " (it has no topics.tsv); export to a new folder");
            }
            List<String> removed = new ArrayList<>();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path file : all.filter(Files::isRegularFile).toList()) {
                        String path = folder.relativize(file).toString().replace('\\', '/');
                        if (KnowledgeBaseLayout.isContentFile(path) && !files.texts().containsKey(path)) {
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
