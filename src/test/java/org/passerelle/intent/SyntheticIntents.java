package org.passerelle.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.passerelle.knowledge.LabeledText;

/**
 * Made-up intent data of a chosen shape, to check that training scales (time, memory) when the real data
 * (CLINC150, or a 3,000-guide knowledge base) is not on this machine. Its accuracy figures mean little; its
 * shape is what matters: intents grouped in domains that share words (like CLINC150's 10 domains of 15
 * intents), a few intent-specific words per intent, filler words shared by all, typos, and out-of-scope
 * lines built from the same vocabulary.
 *
 * @param train {@code perIntent} lines per intent plus {@code perIntent} out-of-scope lines labelled {@code oos}
 * @param test  {@code testPerIntent} lines per intent plus out-of-scope lines
 */
record SyntheticIntents(List<LabeledText> train, List<LabeledText> test) {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "pas", "tor", "vi", "ne", "sul", "da", "fe",
        "gri", "bo", "tam", "xu", "ol", "pre", "ci", "mon", "dra", "le", "qui", "zor", "an", "ti", "hel", "wa", "ju",
        "por", "es"};

    static SyntheticIntents generate(int intents, int perIntent, int testPerIntent, long seed) {
        Random random = new Random(seed);
        List<String> filler = words(random, 150);
        List<String> vocabulary = words(random, 8000);
        int domains = Math.max(1, intents / 15);
        List<List<String>> domainWords = new ArrayList<>();
        for (int d = 0; d < domains; d++) {
            domainWords.add(pick(random, vocabulary, 25));
        }
        List<List<String>> intentWords = new ArrayList<>();
        for (int i = 0; i < intents; i++) {
            intentWords.add(pick(random, vocabulary, 6));
        }
        List<LabeledText> train = new ArrayList<>();
        List<LabeledText> test = new ArrayList<>();
        for (int i = 0; i < intents; i++) {
            String label = "intent-" + i;
            List<String> domain = domainWords.get(i % domains);
            for (int n = 0; n < perIntent + testPerIntent; n++) {
                String text = sentence(random, intentWords.get(i), domain, filler);
                (n < perIntent ? train : test).add(new LabeledText(label, text));
            }
        }
        int oosTest = Math.max(testPerIntent, intents * testPerIntent / 4);
        for (int n = 0; n < perIntent + oosTest; n++) {
            List<String> any = pick(random, vocabulary, 3);
            String text = sentence(random, any, domainWords.get(random.nextInt(domains)), filler);
            (n < perIntent ? train : test).add(new LabeledText("oos", text));
        }
        return new SyntheticIntents(train, test);
    }

    void write(Path trainFile, Path testFile) {
        try {
            Files.write(trainFile, lines(train), StandardCharsets.UTF_8);
            Files.write(testFile, lines(test), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(List<LabeledText> examples) {
        return examples.stream().map(e -> e.label() + "\t" + e.text()).toList();
    }

    private static String sentence(Random random, List<String> own, List<String> domain, List<String> filler) {
        List<String> tokens = new ArrayList<>();
        int ownCount = 1 + random.nextInt(2);
        for (int k = 0; k < ownCount; k++) {
            tokens.add(typo(random, own.get(random.nextInt(own.size()))));
        }
        int domainCount = random.nextInt(3);
        for (int k = 0; k < domainCount; k++) {
            tokens.add(typo(random, domain.get(random.nextInt(domain.size()))));
        }
        int fillerCount = 2 + random.nextInt(5);
        for (int k = 0; k < fillerCount; k++) {
            tokens.add(filler.get((int) Math.min(filler.size() - 1, Math.abs(random.nextGaussian()) * 30)));
        }
        java.util.Collections.shuffle(tokens, random);
        return String.join(" ", tokens);
    }

    private static String typo(Random random, String word) {
        if (word.length() < 4 || random.nextDouble() > 0.08) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        char[] c = word.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    private static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (words.size() < count) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            if (seen.add(w.toString())) {
                words.add(w.toString());
            }
        }
        return words;
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        List<String> picked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }
}
