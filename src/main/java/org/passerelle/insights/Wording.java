package org.passerelle.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * The wording of a question reduced to what it is about, and how alike two wordings are.
 *
 * <p>Normalisation is a small Lucene chain per language: standard tokenizer → elision ({@code l'}, {@code d'}) or
 * possessive ({@code 's}) → lower case → accents folded → stop words → stemmer (Porter in English, the light
 * stemmer in French). The stop words are Lucene's lists plus the words every question is made of ("how do I",
 * "I need", "comment faire", "j'ai besoin", in {@code insights/stop-words-*.txt}), so that what is left is the
 * topic: "How do I renew my passport?" and "passport renewal" both become {@code renew passport}. Redaction
 * placeholders ({@code [sin]}) are removed first; otherwise {@code [sin]} would read as the word "SIN" and group
 * unrelated questions.
 *
 * <p>Similarity is the Jaccard index of the two token sets, where two tokens also match when one is a typo of
 * the other (one edit apart, both at least {@value #TYPO_MIN_LENGTH} characters) or a truncation of it (a prefix
 * of at least {@value #PREFIX_MIN_LENGTH} characters: {@code renew}/{@code renewel}). Citizens type with typos,
 * and not-understood questions are typed worse than most. Synonyms ("SIN" and "social insurance number") do not
 * match: a similarity learned from a corpus (IDF weights, embeddings) would do better, but needs data the kiosk
 * does not have on day one; this one is explainable, deterministic and measured in {@code WordingTest}.
 */
final class Wording {

    static final int TYPO_MIN_LENGTH = 4;
    static final int PREFIX_MIN_LENGTH = 5;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[a-z-]+\\]");
    /** "wi-fi", "e-mail": one word, however it is hyphenated. */
    private static final Pattern HYPHENATED = Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");

    private static final Analyzer ENGLISH = chain(Language.EN);
    private static final Analyzer FRENCH = chain(Language.FR);

    private Wording() {
    }

    /**
     * The longest normalised form a group or an item stores (its column, {@code varchar(500)}). Folding can make the
     * words longer than the text ({@code ﬃ} becomes {@code ffi}), so a 300-character question can exceed it.
     */
    static final int MAX_WORDING = 500;

    /**
     * The distinct words of {@code text} that say what it is about, normalised, in order of appearance; as many as fit
     * in {@link #MAX_WORDING} characters joined by spaces (a word that does not fit is left out, the question kept).
     */
    static List<String> tokens(String text, Language language) {
        String withoutPlaceholders = HYPHENATED.matcher(PLACEHOLDER.matcher(text).replaceAll(" ")).replaceAll("");
        Set<String> tokens = new LinkedHashSet<>();
        try (TokenStream stream = (language == Language.FR ? FRENCH : ENGLISH).tokenStream("", withoutPlaceholders)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        List<String> fitting = new ArrayList<>();
        int length = -1;
        for (String token : tokens) {
            if (length + 1 + token.length() <= MAX_WORDING) {
                fitting.add(token);
                length += 1 + token.length();
            }
        }
        return List.copyOf(fitting);
    }

    /** Whether the text holds a redaction placeholder such as {@code [sin]}. */
    static boolean hasPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    /** The tokens joined by single spaces: the form stored with a gap item and a group. */
    static String normalize(String text, Language language) {
        return String.join(" ", tokens(text, language));
    }

    /** Splits a stored normalised form back into its tokens. */
    static List<String> split(String normalized) {
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    /**
     * The Jaccard index of two token sets, 0 to 1, where a token also matches a typo or truncation of it. Each
     * token is matched at most once.
     */
    static double similarity(Collection<String> a, Collection<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> unmatched = new ArrayList<>(new LinkedHashSet<>(b));
        Set<String> left = new LinkedHashSet<>(a);
        int matched = 0;
        for (String token : left) {
            int at = unmatched.indexOf(token);
            if (at < 0) {
                at = indexOfNear(unmatched, token);
            }
            if (at >= 0) {
                unmatched.remove(at);
                matched++;
            }
        }
        int union = left.size() + new LinkedHashSet<>(b).size() - matched;
        return (double) matched / union;
    }

    private static int indexOfNear(List<String> candidates, String token) {
        for (int i = 0; i < candidates.size(); i++) {
            if (near(token, candidates.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A group a new wording may join: its id and the tokens of its first wording (its centre). */
    record Candidate(long id, List<String> tokens) {
    }

    /**
     * The group most like {@code tokens}, if it is at least {@code threshold} alike; the older group wins a tie.
     * Each group is compared through its first wording, not all of its members, so a group cannot drift from
     * topic to topic one near neighbour at a time.
     */
    static Optional<Candidate> closest(List<String> tokens, List<Candidate> groups, double threshold) {
        @Nullable Candidate best = null;
        double bestScore = -1;
        for (Candidate group : groups) {
            double score = similarity(tokens, group.tokens());
            boolean olderTie = score == bestScore && best != null && group.id() < best.id();
            if (score >= threshold && (score > bestScore || olderTie)) {
                best = group;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A typo (one edit apart) or a truncation (one is a long enough prefix of the other). */
    static boolean near(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= PREFIX_MIN_LENGTH && longer.startsWith(shorter)) {
            return true;
        }
        return shorter.length() >= TYPO_MIN_LENGTH && longer.length() - shorter.length() <= 1
                && oneEditApart(shorter, longer);
    }

    /** Damerau–Levenshtein distance of at most one (a swap of neighbours counts as one edit), for short words. */
    private static boolean oneEditApart(String shorter, String longer) {
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (shorter.length() < longer.length()) { // one insertion
            return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
        }
        if (i == shorter.length()) {
            return true;
        }
        if (shorter.regionMatches(i + 1, longer, i + 1, shorter.length() - i - 1)) { // one substitution
            return true;
        }
        return i + 1 < shorter.length() && shorter.charAt(i) == longer.charAt(i + 1)
                && shorter.charAt(i + 1) == longer.charAt(i)
                && shorter.regionMatches(i + 2, longer, i + 2, shorter.length() - i - 2); // one swap
    }

    /**
     * The chain of a language, declared with Lucene's factories. The question words are in
     * {@code insights/stop-words-*.txt}; French stop words are removed before accents are folded (Lucene's list has
     * them) and the question words after (people type "etre" as often as "être").
     */
    private static Analyzer chain(Language language) {
        try {
            CustomAnalyzer.Builder chain = CustomAnalyzer
                    .builder(new ClasspathResourceLoader(Wording.class.getClassLoader()))
                    .withTokenizer("standard");
            if (language == Language.FR) {
                chain.addTokenFilter("elision")
                        .addTokenFilter("lowercase")
                        .addTokenFilter("stop", "words", "org/apache/lucene/analysis/snowball/french_stop.txt",
                                "format", "snowball")
                        .addTokenFilter("asciiFolding")
                        .addTokenFilter("stop", "words", "insights/stop-words-fr.txt")
                        .addTokenFilter("frenchLightStem");
            } else {
                chain.addTokenFilter("englishPossessive")
                        .addTokenFilter("lowercase")
                        .addTokenFilter("asciiFolding")
                        .addTokenFilter("stop") // Lucene's 33 English stop words
                        .addTokenFilter("stop", "words", "insights/stop-words-en.txt")
                        .addTokenFilter("porterStem");
            }
            return chain.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the stop word lists are part of the application", e);
        }
    }
}
