package org.passerelle.intent;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.intent.internal.TextNormalizer;
import org.passerelle.knowledge.Language;

/**
 * Short words that tell English from French at a glance. Only words that are not also common words of the
 * other language ("a", "on", "me" are left out), written without accents as people often type them.
 */
final class FunctionWords {

    record Counts(int english, int french) {
    }

    private static final Set<String> ENGLISH = Set.of("the", "and", "my", "you", "your", "how", "what", "where",
            "when", "why", "can", "do", "does", "did", "is", "are", "to", "for", "with", "need", "want", "get", "of",
            "it", "this", "that", "have", "has", "please", "would", "should", "about", "from", "i", "im", "dont",
            "cant", "which", "there", "here", "just", "thanks", "thank", "hello", "hi", "bye", "help", "who", "will");
    private static final Set<String> FRENCH = Set.of("je", "mon", "ma", "mes", "le", "la", "les", "des", "du", "un",
            "une", "est", "et", "pour", "avec", "comment", "quoi", "ou", "besoin", "veux", "voudrais", "faire", "mais",
            "dans", "sur", "pas", "votre", "vous", "nous", "suis", "ai", "aide", "merci", "bonjour", "quel", "quelle",
            "peux", "cest", "de", "en", "au", "aux", "qui", "que", "ne", "si", "il", "elle", "avoir", "etre",
            "salut", "aider", "svp", "jai", "ca", "oui", "non");
    private static final Pattern FRENCH_ELISION = Pattern.compile("\\b(?:j|l|d|qu|n|s|c|m|t)['’]\\p{L}");
    private static final Pattern ENGLISH_CONTRACTION = Pattern.compile("\\p{L}(?:n['’]t|['’](?:s|m|re|ll|ve|d))\\b");

    private FunctionWords() {
    }

    static Counts count(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int english = count(ENGLISH_CONTRACTION.matcher(lower));
        int french = count(FRENCH_ELISION.matcher(lower));
        // The classifier's own normalisation, so that "c'est" and "j'ai" become the "cest" and "jai" listed above.
        for (String word : TextNormalizer.tokens(lower, Language.EN, lower.length())) {
            if (ENGLISH.contains(word)) {
                english++;
            } else if (FRENCH.contains(word)) {
                french++;
            }
        }
        return new Counts(english, french);
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
