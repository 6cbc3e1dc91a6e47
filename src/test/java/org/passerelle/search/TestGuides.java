package org.passerelle.search;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Step;
import org.passerelle.knowledge.Topic;

/** A small, hand-built knowledge base, so ranking tests do not move when editors change the real one. */
final class TestGuides {

    private TestGuides() {
    }

    /** One language side: title, summary, steps as "title: text", training phrases. */
    record Side(String title, String summary, List<String> steps, List<String> questions) {
    }

    static Guide guide(String id, String topic, Side en, Side fr) {
        return new Guide(id, topic, List.of(), Map.of(Language.EN, text(Language.EN, en), Language.FR, text(Language.FR, fr)));
    }

    private static GuideText text(Language language, Side side) {
        List<Step> steps = new ArrayList<>();
        for (String step : side.steps()) {
            int colon = step.indexOf(": ");
            steps.add(new Step(step.substring(0, colon), step.substring(colon + 2), false, false, Optional.empty(),
                    Optional.empty(), List.of()));
        }
        return new GuideText(language, side.title(), side.summary(), URI.create("https://www.canada.ca/" + language.code()),
                LocalDate.of(2026, 11, 24), steps, side.questions());
    }

    static KnowledgeBase knowledgeBase(List<Guide> guides) {
        return knowledgeBase(guides, SYNONYMS_EN, SYNONYMS_FR);
    }

    static KnowledgeBase knowledgeBase(List<Guide> guides, List<String> synonymsEn, List<String> synonymsFr) {
        return new KnowledgeBase(TOPICS, guides, Map.of(), Map.of(Language.EN, synonymsEn, Language.FR, synonymsFr));
    }

    static final List<String> SYNONYMS_EN = List.of(
            "# comment lines are allowed",
            "ei, employment insurance, pogey",
            "sin, social insurance number",
            "roe, record of employment",
            "gst credit, gst hst credit, gst cheque");

    static final List<String> SYNONYMS_FR = List.of(
            "ae, assurance emploi, assurance-emploi, chomage",
            "nas, numero d'assurance sociale",
            "credit de tps, cheque de tps",
            "fraude, arnaque");

    static final List<Topic> TOPICS = List.of(
            new Topic("id-documents", "id-card", Map.of(Language.EN, "ID and documents", Language.FR, "Pièces d’identité et documents")),
            new Topic("work", "work", Map.of(Language.EN, "Work and jobs", Language.FR, "Travail et emploi")),
            new Topic("taxes", "taxes", Map.of(Language.EN, "Taxes", Language.FR, "Impôts")),
            new Topic("safety", "shield", Map.of(Language.EN, "Scams and safety", Language.FR, "Fraudes et sécurité")));

    static final Guide PASSPORT_RENEWAL = guide("passport-renewal", "id-documents",
            new Side("Renew your adult passport",
                    "For adults whose passport is expiring or has expired.",
                    List.of("Check that you can renew: Look at your current passport. You can renew if it is not damaged.",
                            "Get two passport photos: Go to a photo shop. Say the photos are for a Canadian passport.",
                            "Renew online or by mail: Fill out the renewal form and pay the fee."),
                    List.of("renew my passport", "pasport renewal", "my passport expires soon", "renewing my passport")),
            new Side("Renouveler votre passeport d’adulte",
                    "Pour les adultes dont le passeport expire bientôt ou est expiré.",
                    List.of("Vérifiez que vous pouvez renouveler : Regardez votre passeport actuel.",
                            "Faites prendre deux photos : Allez chez un photographe. Dites que c’est pour un passeport canadien.",
                            "Renouvelez en ligne ou par la poste : Remplissez le formulaire de renouvellement."),
                    List.of("renouveler mon passeport", "passeport expiré", "renouvelement passeport")));

    static final Guide PASSPORT_FIRST = guide("passport-first", "id-documents",
            new Side("Get your first adult passport",
                    "For adults who never had a Canadian passport.",
                    List.of("Prove your citizenship: Find your birth certificate or citizenship certificate.",
                            "Find a guarantor and references: A guarantor signs your form and one photo.",
                            "Apply in person: Bring the form, photos and documents to a passport office."),
                    List.of("first passport", "i never had a passport", "apply for a passport")),
            new Side("Obtenir votre premier passeport d’adulte",
                    "Pour les adultes qui n’ont jamais eu de passeport canadien.",
                    List.of("Prouvez votre citoyenneté : Trouvez votre certificat de naissance.",
                            "Trouvez un répondant : Un répondant signe votre formulaire.",
                            "Présentez votre demande en personne : Apportez le formulaire au bureau des passeports."),
                    List.of("premier passeport", "je n'ai jamais eu de passeport", "demande de passeport")));

    static final Guide SIN_APPLY = guide("sin-apply", "id-documents",
            new Side("Get a Social Insurance Number (SIN)",
                    "You need a SIN to work in Canada and to get government benefits.",
                    List.of("Gather your documents: Bring a primary identity document such as a birth certificate.",
                            "Apply online, by mail or in person: A Service Canada Centre can give you your number the same day."),
                    List.of("i need a sin", "social insurance number", "how do i get a sin number")),
            new Side("Obtenir un numéro d’assurance sociale (NAS)",
                    "Il vous faut un NAS pour travailler au Canada et recevoir des prestations.",
                    List.of("Rassemblez vos documents : Apportez un document d’identité principal, comme un certificat de naissance.",
                            "Faites la demande en ligne, par la poste ou en personne : Un Centre Service Canada peut vous donner votre numéro le jour même."),
                    List.of("j'ai besoin d'un nas", "numero d'assurance sociale", "obtenir mon nas")));

    static final Guide EI_APPLY = guide("ei-apply", "work",
            new Side("Apply for Employment Insurance (EI)",
                    "If you lost your job through no fault of your own, EI can pay you while you look for work.",
                    List.of("Get your record of employment: Your employer sends it to Service Canada.",
                            "Apply online: Apply as soon as you stop working, even if you do not have your ROE yet."),
                    List.of("i lost my job", "apply for ei", "unemployment benefits")),
            new Side("Demander l’assurance-emploi (AE)",
                    "Si vous avez perdu votre emploi sans en être responsable, l’AE peut vous verser des prestations.",
                    List.of("Obtenez votre relevé d’emploi : Votre employeur l’envoie à Service Canada.",
                            "Faites la demande en ligne : Demandez dès que vous arrêtez de travailler."),
                    List.of("j'ai perdu mon emploi", "demande d'assurance emploi", "prestations de chomage")));

    static final Guide GST_CREDIT = guide("gst-credit", "taxes",
            new Side("Get the GST/HST credit",
                    "A tax-free payment every three months for people with low or modest income.",
                    List.of("File your taxes: You get the credit when you file your tax return, even with no income.",
                            "Get your payments: Payments arrive by direct deposit or cheque."),
                    List.of("gst cheque", "gst credit", "when is the gst payment")),
            new Side("Recevoir le crédit pour la TPS/TVH",
                    "Un paiement non imposable tous les trois mois pour les personnes à revenu faible ou modeste.",
                    List.of("Faites votre déclaration de revenus : Vous recevez le crédit quand vous produisez votre déclaration.",
                            "Recevez vos paiements : Le chèque arrive par la poste ou par dépôt direct."),
                    List.of("chèque de tps", "crédit tps", "quand arrive le paiement de la tps")));

    static final Guide REPORT_SCAM = guide("report-scam", "safety",
            new Side("Report a scam",
                    "If someone asked you for money or personal information in a suspicious call, email or text.",
                    List.of("Stop and do not pay: Hang up. The government never asks for gift cards.",
                            "Report it: Call the Canadian Anti-Fraud Centre."),
                    List.of("scam call", "someone called me saying i owe taxes", "fraud")),
            new Side("Signaler une fraude",
                    "Si quelqu’un vous a demandé de l’argent ou des renseignements dans un appel, un courriel ou un texto suspect.",
                    List.of("Arrêtez et ne payez pas : Raccrochez. Le gouvernement ne demande jamais de cartes-cadeaux.",
                            "Signalez-la : Appelez le Centre antifraude du Canada."),
                    List.of("appel frauduleux", "arnaque au telephone", "fraude")));

    static final List<Guide> ALL = List.of(PASSPORT_RENEWAL, PASSPORT_FIRST, SIN_APPLY, EI_APPLY, GST_CREDIT, REPORT_SCAM);
}
