package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.Language;

/**
 * How gap items are grouped, measured on realistic variants: each topic is a handful of ways citizens word the
 * same need (typos, no accents, "how do I…", "je veux…"), and the questions are replayed in order through the
 * same greedy grouping the service uses, at the default threshold.
 */
class WordingTest {

    static final double THRESHOLD = 0.6;

    /** Topic → the ways it is asked, in English. Written the way people type at a kiosk. */
    static final Map<String, List<String>> ENGLISH = Map.ofEntries(
            Map.entry("passport-lost", List.of("I lost my passport", "lost passport", "my passport was lost",
                    "passport lost, what do I do")),
            Map.entry("health-card-lost", List.of("lost my health card", "lost health card", "health card lost")),
            Map.entry("name-change", List.of("change my name", "name change", "how to change my name on my card")),
            Map.entry("sin-apply", List.of("apply for a SIN", "SIN application", "how do I apply for my SIN")),
            Map.entry("passport-renew", List.of("How do I renew my passport?", "passport renewal", "renew passport",
                    "Renewing my passport online", "pasport renewel", "I need to renew my passport please",
                    "can I renew a passport here")),
            Map.entry("sin-lost", List.of("I lost my SIN card", "lost sin card", "SIN card lost, what do I do?",
                    "where do I replace a lost SIN card", "i lost my sin card!!")),
            Map.entry("address-change", List.of("change my address", "how to change address", "I moved, change of address",
                    "changing adress", "address change")),
            Map.entry("bus", List.of("bus schedule", "when is the next bus", "bus schedules for route 9")),
            Map.entry("wifi", List.of("wifi password", "what is the wi-fi password", "password for the wifi")),
            Map.entry("pension", List.of("when will I get my pension payment", "pension payment date",
                    "pension payments dates", "date of my pension payment")));

    /** Topic → the ways it is asked, in French (accents or not, elisions, "je veux", typos). */
    static final Map<String, List<String>> FRENCH = Map.ofEntries(
            Map.entry("passport-lost", List.of("j'ai perdu mon passeport", "passeport perdu", "perte de passeport",
                    "mon passeport est perdu")),
            Map.entry("name-change", List.of("changer mon nom", "changement de nom", "changer de nom de famille")),
            Map.entry("tax-payment", List.of("date de paiement de mes impôts", "paiement impot date",
                    "quand payer mes impots")),
            Map.entry("passport-renew", List.of("Comment renouveler mon passeport ?", "renouvellement passeport",
                    "renouveler passeport", "je veux renouveler mon passeport", "renouvler mon passeport",
                    "renouvellement de passeport en ligne")),
            Map.entry("sin-lost", List.of("J'ai perdu ma carte d'assurance sociale", "carte d'assurance sociale perdue",
                    "perdu carte assurance sociale", "j ai perdu ma carte d assurance sociale")),
            Map.entry("address-change", List.of("changer mon adresse", "changement d'adresse", "comment changer d'adresse ?",
                    "changement adresse", "Je déménage, changer mon adresse")),
            Map.entry("library", List.of("horaire de la bibliothèque", "heures d'ouverture de la bibliotheque",
                    "bibliothèque horaire")),
            Map.entry("garbage", List.of("collecte des ordures", "quand passe la collecte des ordures",
                    "ordures collecte jour")),
            Map.entry("pension", List.of("date de paiement de ma pension", "quand est le paiement de la pension",
                    "paiement pension date")));

    @Test
    void wording_is_reduced_to_what_the_question_is_about() {
        assertThat(Wording.tokens("How do I renew my passport?", Language.EN)).containsExactly("renew", "passport");
        assertThat(Wording.tokens("passport renewal", Language.EN)).containsExactly("passport", "renew");
        assertThat(Wording.tokens("Comment renouveler mon passeport ?", Language.FR))
                .isEqualTo(Wording.tokens("RENOUVELER PASSEPORT", Language.FR));
        assertThat(Wording.tokens("changement d'adresse", Language.FR))
                .isEqualTo(Wording.tokens("changement adresse", Language.FR));
        assertThat(Wording.tokens("wi-fi password", Language.EN)).containsExactly("wifi", "password");
        assertThat(Wording.tokens("Bibliothèque", Language.FR)).isEqualTo(Wording.tokens("bibliotheque", Language.FR));
    }

    @Test
    void a_redaction_placeholder_is_not_read_as_a_word() {
        assertThat(Wording.tokens("my number is [sin] [phone]", Language.EN)).containsExactly("number");
    }

    @Test
    void typos_and_truncations_still_match() {
        assertThat(Wording.near("pasport", "passport")).isTrue();
        assertThat(Wording.near("adress", "address")).isTrue();
        assertThat(Wording.near("pasepsort", "passeport")).isFalse();
        assertThat(Wording.near("renew", "renewel")).isTrue();
        assertThat(Wording.near("card", "cart")).isTrue();
        assertThat(Wording.near("sin", "son")).as("short words must be exact").isFalse();
    }

    @Test
    void similar_english_wordings_group_and_different_ones_do_not() {
        Measure m = replay(ENGLISH, Language.EN, THRESHOLD);

        // Measured: 40 questions on 10 topics make 12 groups; 38 joined their topic's first group.
        assertThat(m.mixedGroups).as("groups mixing two topics").isZero();
        assertThat(m.joinedFirstGroup).as("questions that joined their topic's first group").isGreaterThanOrEqualTo(38);
    }

    @Test
    void similar_french_wordings_group_and_different_ones_do_not() {
        Measure m = replay(FRENCH, Language.FR, THRESHOLD);

        // Measured: 34 questions on 9 topics make 12 groups; 31 joined their topic's first group ("perte de
        // passeport" is not "passeport perdu" to a stemmer).
        assertThat(m.mixedGroups).as("groups mixing two topics").isZero();
        assertThat(m.joinedFirstGroup).as("questions that joined their topic's first group").isGreaterThanOrEqualTo(31);
    }

    @Test
    void questions_that_share_one_word_of_three_are_not_alike() {
        assertThat(Wording.similarity(Wording.tokens("lost SIN card", Language.EN),
                Wording.tokens("lost health card", Language.EN))).isLessThan(THRESHOLD);
        assertThat(Wording.similarity(Wording.tokens("renew passport", Language.EN),
                Wording.tokens("lost passport", Language.EN))).isLessThan(THRESHOLD);
        assertThat(Wording.similarity(Wording.tokens("changer mon adresse", Language.FR),
                Wording.tokens("changer mon nom", Language.FR))).isLessThan(THRESHOLD);
    }

    @Test
    void a_lower_threshold_would_put_different_needs_in_one_group() {
        // Measured: at 0.5, "lost health card" joins "lost sin card" and "changer de nom" joins "changer d'adresse".
        assertThat(replay(ENGLISH, Language.EN, 0.5).mixedGroups).isPositive();
        assertThat(replay(FRENCH, Language.FR, 0.5).mixedGroups).isPositive();
    }

    /** What a replay of all variants, topics interleaved, did. */
    record Measure(int questions, int groups, int topics, int joinedFirstGroup, int mixedGroups) {
    }

    static Measure replay(Map<String, List<String>> topics, Language language, double threshold) {
        List<String[]> questions = interleaved(topics);
        List<Wording.Candidate> groups = new ArrayList<>();
        Map<Long, java.util.Set<String>> topicsInGroup = new HashMap<>();
        Map<String, Long> firstGroupOfTopic = new HashMap<>();
        int joinedFirst = 0;
        for (String[] q : questions) {
            List<String> tokens = Wording.tokens(q[1], language);
            Optional<Wording.Candidate> found = Wording.closest(tokens, groups, threshold);
            long id;
            if (found.isPresent()) {
                id = found.get().id();
            } else {
                id = groups.size() + 1;
                groups.add(new Wording.Candidate(id, tokens));
            }
            topicsInGroup.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(q[0]);
            Long first = firstGroupOfTopic.putIfAbsent(q[0], id);
            if (first == null || first == id) {
                joinedFirst++;
            }
        }
        int mixed = (int) topicsInGroup.values().stream().filter(s -> s.size() > 1).count();
        return new Measure(questions.size(), groups.size(), topics.size(), joinedFirst, mixed);
    }

    /** Topics in a fixed order, their variants interleaved (one of each topic, then the next of each …). */
    static List<String[]> interleaved(Map<String, List<String>> topics) {
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        topics.keySet().stream().sorted().forEach(k -> sorted.put(k, topics.get(k)));
        List<String[]> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            boolean any = false;
            for (Map.Entry<String, List<String>> e : sorted.entrySet()) {
                if (i < e.getValue().size()) {
                    out.add(new String[] {e.getKey(), e.getValue().get(i)});
                    any = true;
                }
            }
            if (!any) {
                return out;
            }
        }
    }

    /** 42 distinct words of 4 ligatures and 2 letters: 293 characters that fold into 629 ("ﬃ" is "ffi"). */
    static String foldingIntoMoreThan500Characters() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 42; i++) {
            text.append("\uFB03\uFB03\uFB03\uFB03").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void a_question_whose_folded_words_exceed_the_stored_length_keeps_as_many_words_as_fit() {
        String text = foldingIntoMoreThan500Characters();
        int unbounded = java.util.Arrays.stream(text.split(" ")).mapToInt(w -> Wording.normalize(w, Language.EN).length() + 1)
                .sum() - 1;
        assertThat(text).hasSizeLessThanOrEqualTo(300);
        assertThat(unbounded).isGreaterThan(Wording.MAX_WORDING);

        String normalized = Wording.normalize(text, Language.EN);

        assertThat(normalized).hasSizeLessThanOrEqualTo(Wording.MAX_WORDING).startsWith("ffiffiffiffi");
        assertThat(Wording.split(normalized)).hasSizeGreaterThan(30);
    }
}
