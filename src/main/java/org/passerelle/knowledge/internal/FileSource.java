package org.passerelle.knowledge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where {@link KnowledgeBaseReader} finds the knowledge base's files: a folder on disk, or their texts in
 * memory (the content database's published versions). Paths are relative to the knowledge-base root, so error
 * messages read the same either way: {@code guides/passport-renewal/fr.md:12: ...}.
 */
sealed interface FileSource {

    boolean isDirectory(Path path);

    boolean isFile(Path path);

    /** The entries of a folder, sorted, without hidden ones (names starting with a dot). */
    List<Path> list(Path folder) throws IOException;

    /** The file's bytes; {@link NoSuchFileException} when there is none. */
    byte[] read(Path path) throws IOException;

    /** A knowledge-base folder on disk. */
    record Folder(Path root) implements FileSource {

        @Override
        public boolean isDirectory(Path path) {
            return Files.isDirectory(root.resolve(path));
        }

        @Override
        public boolean isFile(Path path) {
            return Files.isRegularFile(root.resolve(path));
        }

        @Override
        public List<Path> list(Path folder) throws IOException {
            try (Stream<Path> s = Files.list(root.resolve(folder))) {
                return s.map(p -> folder.resolve(p.getFileName().toString()))
                        .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            }
        }

        @Override
        public byte[] read(Path path) throws IOException {
            return Files.readAllBytes(root.resolve(path));
        }
    }

    /** Texts by relative path with {@code /} separators ({@code guides/passport-renewal/en.md}). */
    record Texts(Map<String, String> texts) implements FileSource {

        public Texts {
            texts = new TreeMap<>(texts);
        }

        @Override
        public boolean isDirectory(Path path) {
            String prefix = prefix(path);
            return prefix.isEmpty() || texts.keySet().stream().anyMatch(k -> k.startsWith(prefix));
        }

        @Override
        public boolean isFile(Path path) {
            return texts.containsKey(key(path));
        }

        @Override
        public List<Path> list(Path folder) {
            String prefix = prefix(folder);
            return texts.keySet().stream().filter(k -> k.startsWith(prefix))
                    .map(k -> k.substring(prefix.length()).split("/", 2)[0])
                    .filter(name -> !name.startsWith("."))
                    .distinct().map(folder::resolve).sorted().toList();
        }

        @Override
        public byte[] read(Path path) throws IOException {
            String text = texts.get(key(path));
            if (text == null) {
                throw new NoSuchFileException(key(path));
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private static String prefix(Path folder) {
            String key = key(folder);
            return key.isEmpty() ? "" : key + "/";
        }
    }

    static String key(Path path) {
        return path.toString().replace('\\', '/');
    }
}
