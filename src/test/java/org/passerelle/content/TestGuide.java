package org.passerelle.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A valid guide about an imaginary {@code word} ("zorblaxa"), in both languages, with fifteen questions each
 * that no other guide can have: search and the classifier find it by that word alone.
 */
record TestGuide(String id, String word) {

    static final List<String> ENGLISH_QUESTIONS = List.of("%s", "adopt a %s", "how do i adopt a %s", "%s adoption",
            "get a %s", "i want a %s", "%s application", "apply for a %s", "%s form", "where to get a %s", "%s help",
            "need a %s", "%s pet", "can i have a %s", "%s papers");
    static final List<String> FRENCH_QUESTIONS = List.of("%s", "adopter un %s", "comment adopter un %s",
            "adoption %s", "obtenir un %s", "je veux un %s", "demande de %s", "demander un %s", "formulaire %s",
            "ou avoir un %s", "aide %s", "besoin d un %s", "%s animal", "puis je avoir un %s", "papiers %s");

    String english() {
        return english("Adopt a " + word, "Ask for the " + word + " form at the desk. Fill it out and sign it.");
    }

    String french() {
        return french("Adopter un " + word, "Demandez le formulaire " + word + " au comptoir. Remplissez-le et signez-le.");
    }

    String english(String title, String firstStep) {
        return """
                ---
                id: %s
                title: %s
                summary: For people who want a %s at home.
                topic: id-documents
                official-link: https://www.canada.ca/en.html
                last-reviewed: 2026-11-20
                ---

                ## Step: Fill out the form
                time: 10 minutes

                %s

                ## Step: Bring the form back
                bring: The form; Your ID

                Give the form to an agent. You get an answer by mail.

                ## Questions
                %s
                """.formatted(id, title, word, firstStep, questions(ENGLISH_QUESTIONS));
    }

    String french(String title, String firstStep) {
        return """
                ---
                id: %s
                title: %s
                summary: Pour les personnes qui veulent un %s à la maison.
                topic: id-documents
                official-link: https://www.canada.ca/fr.html
                last-reviewed: 2026-11-20
                ---

                ## Étape : Remplir le formulaire
                time: 10 minutes

                %s

                ## Étape : Rapporter le formulaire
                bring: Le formulaire; Votre pièce d’identité

                Donnez le formulaire à un agent. Vous recevez une réponse par la poste.

                ## Questions posées
                %s
                """.formatted(id, title, word, firstStep, questions(FRENCH_QUESTIONS));
    }

    private String questions(List<String> templates) {
        return templates.stream().map(t -> "- " + t.formatted(word)).collect(Collectors.joining("\n"));
    }
}
