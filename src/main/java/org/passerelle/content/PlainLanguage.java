package org.passerelle.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Markdown;

/**
 * Plain-language measures: blocks, sentences, words, syllables, and the readability formulas (see
 * {@link Readability}). Heuristics, deliberately simple: they point an editor at a sentence to shorten, they do
 * not grade anyone.
 */
final class PlainLanguage {

    static final String FLESCH = "Flesch reading ease";
    static final String KANDEL_MOLES = "Kandel-Moles";

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Pattern EN_VOWELS = Pattern.compile("[aeiouy]+");
    private static final Pattern FR_VOWELS = Pattern.compile("[aeiouyàâäéèêëîïôöùûüÿœæ]+");

    private PlainLanguage() {
    }

    /**
     * The text of each paragraph, list item and heading of some guide Markdown, formatting removed. A list item
     * counts apart from the paragraph around it, so a list is not read as one long sentence.
     */
    static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        for (Element block : Jsoup.parseBodyFragment(Markdown.toSafeHtml(markdown)).select("p, li, h1, h2, h3, h4, h5, h6")) {
            Element own = block.clone();
            own.children().stream().filter(child -> child.is("p, ul, ol")).toList().forEach(Element::remove);
            String text = own.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return blocks;
    }

    static List<String> sentences(String block) {
        return List.of(SENTENCE_END.split(block.strip())).stream().filter(s -> !words(s).isEmpty()).toList();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    /**
     * Syllables estimated from groups of vowels. English: a silent final {@code e} ("make") and the {@code e} of a
     * final {@code -es} or {@code -ed} that is not pronounced ("makes", "asked") are not counted. French: a final
     * mute {@code e} or {@code es} ("table", "tables") is not counted. A number counts as one syllable.
     */
    static int syllables(String word, Language language) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.chars().noneMatch(Character::isLetter)) {
            return 1;
        }
        int count = language == Language.FR ? count(FR_VOWELS, w) : count(EN_VOWELS, ascii(w));
        if (count > 1 && silentEnding(language == Language.FR ? w : ascii(w), language)) {
            count--;
        }
        return Math.max(1, count);
    }

    private static boolean silentEnding(String w, Language language) {
        if (language == Language.FR) {
            return w.endsWith("e") || w.endsWith("es");
        }
        if (w.endsWith("le") && w.length() > 2 && !isVowel(w.charAt(w.length() - 3))) {
            return false; // "table", "simple": the final -le is a syllable
        }
        if (w.endsWith("e") && !w.endsWith("ee")) {
            return true;
        }
        if (w.length() > 3 && (w.endsWith("es") || w.endsWith("ed"))) {
            char before = w.charAt(w.length() - 3);
            return !isVowel(before) && "sxzcgtd".indexOf(before) < 0 && !w.endsWith("les");
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static String ascii(String w) {
        return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static int count(Pattern vowels, String w) {
        int n = 0;
        Matcher m = vowels.matcher(w);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The language's readability score over these sentences. */
    static Readability readability(Language language, List<String> sentences) {
        int words = 0;
        int syllables = 0;
        for (String sentence : sentences) {
            for (String word : words(sentence)) {
                words++;
                syllables += syllables(word, language);
            }
        }
        double score = Double.NaN;
        if (words > 0) {
            double perSentence = (double) words / sentences.size();
            double perWord = (double) syllables / words;
            score = language == Language.FR
                    ? 207 - 1.015 * perSentence - 73.6 * perWord
                    : 206.835 - 1.015 * perSentence - 84.6 * perWord;
        }
        return new Readability(language, language == Language.FR ? KANDEL_MOLES : FLESCH, score, sentences.size(),
                words, syllables);
    }
}
