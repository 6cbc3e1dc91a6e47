package org.passerelle.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small, valid knowledge-base folder for tests to load or break on purpose. */
public final class SampleKnowledgeBase {

    private SampleKnowledgeBase() {
    }

    /** The sample in a new temporary folder, removed when the JVM exits: for a test context's knowledge base. */
    public static Path writeTemporary() {
        try {
            Path folder = Files.createTempDirectory("passerelle-small-knowledge-base");
            folder.toFile().deleteOnExit();
            return write(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path root) {
        write(root, "topics.tsv", "id\ticon\ten\tfr\nid-documents\tid-card\tID and documents\tPièces d’identité\n"
                + "work\twork\tWork\tTravail\n");
        guide(root, "passport-renewal", "id-documents", "Renew your passport", "Renouveler votre passeport",
                "renew my passport", "pasport renewal", "my passport expired",
                "renouveler mon passeport", "passeport expire", "renouvellement passeport");
        guide(root, "job-bank", "work", "Find a job with Job Bank", "Trouver un emploi avec le Guichet-Emplois",
                "find a job", "job bank", "looking for work",
                "trouver un emploi", "guichet emplois", "chercher du travail");
        for (SystemIntent intent : SystemIntent.values()) {
            write(root, "system/" + intent.id() + "/en.txt", "# " + intent.id() + "\n" + intent.id() + " en one\n"
                    + intent.id() + " en two\n");
            write(root, "system/" + intent.id() + "/fr.txt", intent.id() + " fr un\n" + intent.id() + " fr deux\n");
        }
        write(root, "synonyms/en.txt", "# synonyms\nei, employment insurance\n");
        write(root, "synonyms/fr.txt", "ae, assurance emploi\n");
        return root;
    }

    static void guide(Path root, String id, String topic, String titleEn, String titleFr, String q1, String q2, String q3,
                      String q4, String q5, String q6) {
        write(root, "guides/" + id + "/en.md", """
                ---
                id: %s
                title: %s
                summary: A short summary.
                topic: %s
                official-link: https://www.canada.ca/en.html
                last-reviewed: 2026-11-20
                ---

                ## Step: First step
                time: 5 minutes
                bring: Your passport; Two photos

                Do the first thing.

                ## Step: Send it by mail
                or-next: yes

                Mail the form.

                ## Step: Or go in person
                optional: yes

                Go to an office.

                ## Questions
                - %s
                - %s
                - %s
                """.formatted(id, titleEn, topic, q1, q2, q3));
        write(root, "guides/" + id + "/fr.md", """
                ---
                id: %s
                title: %s
                summary: Un court résumé.
                topic: %s
                official-link: https://www.canada.ca/fr.html
                last-reviewed: 2026-11-20
                ---

                ## Étape : Première étape
                time: 5 minutes

                Faites la première chose.

                ## Étape : Envoyer par la poste
                or-next: oui

                Postez le formulaire.

                ## Étape : Ou aller en personne
                optional: oui

                Allez au bureau.

                ## Questions posées
                - %s
                - %s
                - %s
                """.formatted(id, titleFr, topic, q4, q5, q6));
    }

    public static void write(Path root, String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void replaceIn(Path root, String relative, String from, String to) {
        try {
            Path file = root.resolve(relative);
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(relative + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
