package org.passerelle.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.Language;

/**
 * Copies the bundled knowledge base and adds generated guides until it holds the requested number, so
 * benchmarks can measure the engines at a size the bundled content does not reach. Generated guides use
 * the bundled content's own vocabulary, recombined: each has two rare "subject" words of its own and
 * phrases built from them plus common words, which is roughly how real catalogues of services differ.
 */
final class ScaledKnowledgeBase {

    private ScaledKnowledgeBase() {
    }

    static Path create(Path bundled, int guides, long seed) {
        try {
            Path root = Files.createTempDirectory("passerelle-kb-" + guides + "-");
            copy(bundled, root);
            KnowledgeBase kb = KnowledgeBaseLoader.load(bundled);
            int toAdd = guides - kb.guides().size();
            if (toAdd <= 0) {
                return root;
            }
            Random random = new Random(seed);
            List<String> en = vocabulary(kb, Language.EN);
            List<String> fr = vocabulary(kb, Language.FR);
            for (int i = 0; i < toAdd; i++) {
                String id = "generated-" + i;
                String subjectEn = subject(i, 'e');
                String subjectFr = subject(i, 'f');
                write(root.resolve("guides/" + id + "/en.md"), guide(id, subjectEn, en, random, "Step", "Questions"));
                write(root.resolve("guides/" + id + "/fr.md"), guide(id, subjectFr, fr, random, "Étape", "Questions posées"));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two made-up subject words unique to guide {@code i}, e.g. "benefkor talumid". */
    private static String subject(int i, char salt) {
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ba", "de", "fi", "go", "ju", "pe", "zo", "xi"};
        StringBuilder a = new StringBuilder().append(salt == 'e' ? "ben" : "pre");
        StringBuilder b = new StringBuilder().append(salt == 'e' ? "tal" : "dor");
        int n = i;
        for (int k = 0; k < 3; k++) {
            a.append(syllables[n % 16]);
            b.append(syllables[(n / 16 + k * 7) % 16]);
            n /= 16;
        }
        return a + " " + b;
    }

    private static String guide(String id, String subject, List<String> vocabulary, Random random, String stepWord,
                                String questionsHeading) {
        StringBuilder md = new StringBuilder();
        md.append("---\nid: ").append(id).append("\ntitle: Apply for ").append(subject)
                .append("\nsummary: Get ").append(subject).append(" ").append(words(vocabulary, random, 6))
                .append(".\ntopic: money-benefits\nofficial-link: https://www.canada.ca/en.html\nlast-reviewed: 2026-11-24\n---\n\n");
        for (int s = 1; s <= 4; s++) {
            md.append("## ").append(stepWord).append(": ").append(words(vocabulary, random, 4)).append("\n\n")
                    .append(words(vocabulary, random, 14)).append(" ").append(subject).append(".\n\n");
        }
        md.append("## ").append(questionsHeading).append("\n");
        // Distinct the way the loader compares phrases: ignoring case and accents.
        Map<String, String> phrases = new LinkedHashMap<>();
        while (phrases.size() < 15) {
            String phrase = (words(vocabulary, random, 1 + random.nextInt(3)) + " " + subject + " "
                    + words(vocabulary, random, random.nextInt(3))).strip();
            phrases.putIfAbsent(Normalizer.normalize(phrase, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""), phrase);
        }
        phrases.values().forEach(p -> md.append("- ").append(p).append('\n'));
        return md.toString();
    }

    private static String words(List<String> vocabulary, Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return sb.toString();
    }

    private static List<String> vocabulary(KnowledgeBase kb, Language language) {
        Set<String> words = new LinkedHashSet<>();
        for (Guide g : kb.guides()) {
            for (String q : g.text(language).questions()) {
                for (String w : q.toLowerCase().split("[^\\p{L}]+")) {
                    if (w.length() > 2) {
                        words.add(w);
                    }
                }
            }
        }
        return new ArrayList<>(words);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
