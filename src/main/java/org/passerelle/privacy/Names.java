package org.passerelle.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names, found only where the sentence says a name comes: a self-introduction ("my name is John Smith",
 * "I'm Priya", "je m'appelle Marie Côté", "mon nom est …", "Name: …"), a title ("Mr. Smith", "Mme Gagnon",
 * "Monsieur Roy") or a relative ("my son Liam", "ma fille, Chloé"). A name with no such cue ("Jane Doe wrote")
 * is not found: a list of every first and last name would redact "Rose", "Mercy" and "Guy" everywhere, and
 * precision matters as much as recall for the editors who read failed questions.
 *
 * <p>After "my name is", "je m'appelle" and the like the name may be typed in lower case ("my name is john smith");
 * after "I'm", "je suis", a title or a relative it must be capitalised ("I'm lost" is not a name). Up to three words
 * are taken, joined by particles such as "de" or "van"; a word from {@link #NOT_NAMES} ends the name ("my name is
 * wrong on my card", "I'm Canadian", "my name is John and I need help"). The span is the name alone, so a title
 * stays readable: "Mr. [name]".
 */
final class Names {

    /** At most this many words in a name, particles aside. */
    private static final int MAX_WORDS = 3;

    private static final String SELF = "(?iu:name\\s?is|name's|names\\s?is|name\\s?:|pr[eé]nom\\s?:|nom\\s?:|nom\\s?est"
            + "|nom,?\\s?c'est|nom\\s?complet\\s?:|m'appelle|s'appelle|me\\s(?:nomme|pr[eé]nomme)|moi,?\\s?c'est)";
    private static final String INTRO = "(?iu:i'm|i\\sam|je\\ssuis)";
    private static final String TITLE = "(?:Mr|Mrs|Ms|Mx|Mme|Mlle)\\.?|M\\.|Miss|Mister|(?iu:monsieur|madame|mademoiselle)";
    private static final String RELATIVE = "(?iu:my\\s(?:son|daughter|wife|husband|mother|father|mom|mum|dad|brother"
            + "|sister|partner|spouse|child|kid|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle"
            + "|nephew|niece|cousin|friend|neighbou?r|boyfriend|girlfriend|fianc[eé]e?)"
            + "|mon\\s(?:fils|mari|p[eè]re|papa|fr[eè]re|conjoint|enfant|petit-fils|grand-p[eè]re|oncle|neveu|cousin|ami"
            + "|voisin|chum|copain|fianc[eé])"
            + "|ma\\s(?:fille|femme|m[eè]re|maman|s(?:œ|oe)ur|conjointe|petite-fille|grand-m[eè]re|tante|ni[eè]ce|cousine"
            + "|amie|voisine|blonde|copine|fianc[eé]e|conjointe))";

    /**
     * A cue, then the separators before the name; the name itself is read word by word. The look-ahead on the
     * letters a cue can start with rejects most positions before the look-behind and the alternatives are tried.
     */
    private static final Pattern CUE = Pattern.compile("(?=[nNpPmMsSiIjJ])" + Shapes.NOT_AFTER_WORD + "(?:(?<self>" + SELF + ")|(?<intro>"
            + INTRO + ")|(?<title>" + TITLE + ")|(?<relative>" + RELATIVE + "))" + Shapes.NOT_BEFORE_WORD
            + "(?:\\s?[,:]?){1,2}\\s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'-]{0,40}+");
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "van", "von", "der", "den", "da", "di",
            "le", "la", "st", "ste", "mac", "bin", "ben", "el", "al");

    /**
     * Words that end a name, lower case: what follows "my name is", "I'm" or "ma fille" when it is not a name.
     * Function words and common verbs in both languages, nationalities, states people describe themselves by.
     */
    static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            // English
            "a", "an", "the", "and", "or", "but", "not", "no", "yes", "is", "was", "are", "am", "be", "been", "has",
            "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "must", "may", "might", "i",
            "me", "my", "mine", "you", "your", "he", "she", "his", "her", "we", "our", "they", "their", "it", "its",
            "this", "that", "these", "those", "there", "here", "on", "in", "at", "of", "for", "from", "with", "without",
            "to", "by", "about", "as", "so", "too", "also", "still", "just", "only", "really", "very", "already", "again",
            "now", "then", "today", "tomorrow", "yesterday", "please", "thanks", "thank", "sorry", "hi", "hello", "ok",
            "okay", "sure", "fine", "good", "well", "wrong", "right", "correct", "incorrect", "missing", "spelled",
            "spelt", "misspelled", "written", "different", "changed", "same", "new", "old", "lost", "stuck", "confused",
            "looking", "trying", "calling", "asking", "having", "going", "getting", "applying", "waiting", "writing",
            "need", "needs", "want", "wants", "help", "helping", "lives", "live", "living", "works", "working", "born",
            "sick", "ill", "unable", "able", "ready", "done", "back", "here", "over", "under", "who", "what", "why",
            "how", "when", "where", "which", "if", "because", "since", "canadian", "american", "french", "english",
            "quebecer", "quebecker", "indigenous", "first", "métis", "metis", "inuit", "deaf", "blind", "disabled",
            "retired", "unemployed", "single", "married", "divorced", "separated", "widowed", "pregnant", "senior",
            "student", "citizen", "resident", "refugee", "immigrant", "visitor", "new", "years", "year", "yrs",
            "legally", "officially", "currently", "now", "recently", "newly", "permanent", "temporary", "applicant",
            "name", "names", "last", "given", "family", "full", "maiden", "middle", "legal", "listed", "shown", "on",
            // French
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "pas", "ne", "non", "oui", "est",
            "suis", "es", "sont", "était", "ai", "as", "a", "ont", "je", "j'ai", "moi", "mon", "ma", "mes", "tu", "il",
            "elle", "nous", "vous", "ils", "elles", "son", "sa", "ses", "leur", "ce", "cet", "cette", "ça", "ici", "là",
            "sur", "dans", "en", "au", "aux", "pour", "par", "avec", "sans", "chez", "vers", "aussi", "encore", "déjà",
            "juste", "seulement", "très", "vraiment", "maintenant", "aujourd'hui", "demain", "hier", "svp", "merci",
            "désolé", "désolée", "bonjour", "allô", "salut", "bien", "mal", "bon", "bonne", "faux", "fausse", "correct",
            "incorrect", "écrit", "écrite", "épelé", "différent", "différente", "changé", "pareil", "même", "nouveau",
            "nouvelle", "perdu", "perdue", "bloqué", "bloquée", "mêlé", "mêlée", "besoin", "veux", "voudrais", "aide",
            "aider", "cherche", "essaie", "appelle", "attends", "née", "né", "malade", "prêt", "prête", "qui", "quoi",
            "pourquoi", "comment", "quand", "où", "si", "parce", "depuis", "canadien", "canadienne", "français",
            "française", "québécois", "québécoise", "autochtone", "sourd", "sourde", "aveugle", "handicapé",
            "handicapée", "retraité", "retraitée", "sans-emploi", "célibataire", "marié", "mariée", "divorcé",
            "divorcée", "séparé", "séparée", "veuf", "veuve", "enceinte", "aîné", "aînée", "étudiant", "étudiante",
            "citoyen", "citoyenne", "résident", "résidente", "réfugié", "réfugiée", "immigrant", "immigrante", "ans",
            "an", "nom", "prénom", "famille", "complet", "légal", "inscrit", "indiqué", "pas", "plus", "c'est"));

    private Names() {
    }

    static void find(String text, List<Finding> into) {
        Matcher cue = CUE.matcher(text);
        int from = 0;
        while (from < text.length() && cue.find(from)) {
            boolean anyCase = cue.group("self") != null;
            int end = nameEnd(text, cue.end(), anyCase);
            if (end > cue.end()) {
                into.add(new Finding(Kind.NAME, cue.end(), end));
                from = end;
            } else {
                from = cue.end();
            }
        }
    }

    /**
     * The end of the name that starts at {@code start}, or {@code start} when there is none.
     *
     * @param anyCase whether a lower-case name is accepted (after "my name is"): then all its words are in lower
     *                case or all capitalised, as the person typed it
     */
    private static int nameEnd(String text, int start, boolean anyCase) {
        Matcher word = WORD.matcher(text);
        int end = start;
        int at = start;
        int words = 0;
        boolean lower = false;
        int particles = 0;
        while (words < MAX_WORDS && word.region(at, text.length()).lookingAt()) {
            String w = trimmed(text.substring(word.start(), word.end()));
            String key = w.toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(w.codePointAt(0));
            if (words > 0 && particles < 2 && PARTICLES.contains(key) && !capital) {
                particles++; // "de la", "van der": part of the name only when a name word follows
            } else {
                // "French-speaking" is no more a name than "French"
                if (NOT_NAMES.contains(key) || NOT_NAMES.contains(key.split("-", 2)[0]) || !(capital || anyCase && (words == 0 || lower))) {
                    break;
                }
                lower = words == 0 ? !capital : lower;
                if (lower && capital) {
                    break;
                }
                end = word.start() + w.length();
                words++;
                particles = 0;
            }
            at = skipSpaces(text, word.start() + w.length());
            if (at == word.start() + w.length()) {
                break; // the word was followed by punctuation: the name ends there
            }
        }
        return end;
    }

    /** A word without the apostrophe or hyphen it ends with ("Smith'" of a quotation, "Jean-" of a line break). */
    private static String trimmed(String word) {
        int end = word.length();
        while (end > 1 && (word.charAt(end - 1) == '\'' || word.charAt(end - 1) == '-')) {
            end--;
        }
        return word.substring(0, end);
    }

    /** After one or two spaces, or {@code at} itself. */
    private static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 2 && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
