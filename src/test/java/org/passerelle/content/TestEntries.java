package org.passerelle.content;

import org.passerelle.knowledge.Language;

/**
 * The files of a life event and of a referral for tests, in each language: a life event through the two sample guides
 * ({@code passport-renewal}, {@code job-bank}), a referral with one entry for all provinces and its keywords.
 */
public final class TestEntries {

    private TestEntries() {
    }

    public static String lifeEvent(String id, String title, Language language) {
        return """
                ---
                id: %s
                title: %s
                summary: What to do, in order.
                last-reviewed: 2026-12-01
                ---

                ## %s
                - passport-renewal: %s
                - job-bank: %s
                """.formatted(id, title, language == Language.EN ? "Steps" : "Étapes",
                language == Language.EN ? "Renew your passport first." : "Renouvelez d’abord votre passeport.",
                language == Language.EN ? "Then look for work." : "Cherchez ensuite du travail.");
    }

    public static String referral(String id, String keyword, Language language) {
        boolean en = language == Language.EN;
        return """
                ---
                id: %s
                title: %s
                summary: %s
                last-reviewed: 2026-12-01
                keywords: %s
                ---

                ## %s all
                who: %s
                link: https://www.canada.ca/%s.html

                %s
                """.formatted(id, en ? "A provincial permit" : "Un permis provincial",
                en ? "Your province runs it." : "Votre province s’en occupe.", keyword,
                en ? "Province:" : "Province ou territoire :", en ? "Your province or territory" : "Votre province ou territoire",
                language.code(), en ? "Ask your province or territory." : "Adressez-vous à votre province ou territoire.");
    }
}
