package org.passerelle.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.knowledge.Language;

/**
 * A generated test set for the {@link Redactor}: sentences a citizen could type at the kiosk, in English and
 * French, with identifiers of every kind embedded (positives, with the kind and span of each) and sentences
 * full of numbers that are not identifiers (negatives: amounts, times, years, steps, counts, Luhn-invalid
 * runs, reference numbers, appointment dates near today, web addresses, form names).
 *
 * <p>Deterministic: the same seed gives the same samples ({@link java.util.Random} is specified), and dates
 * are relative to {@link #TODAY}, the day of the {@link #CLOCK} the redactor under test must be given.
 * Identifiers are made the way real ones are: SINs and cards with a Luhn check digit, phone numbers with
 * Canadian area codes and exchanges not starting with 0 or 1, postal codes with the letters Canada Post uses.
 *
 * <p>Sentences are written from templates with slots such as {@code {sin}} or {@code {amount}}; a slot of an
 * identifier kind records the span it fills. A few template shapes the redactor deliberately does not
 * handle (see docs/benchmarks.md, "what it does not catch") are left out, since they would only measure a
 * choice already made.
 */
public final class RedactionCorpus {

    public static final long SEED = 20261124L;
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

    /** Positive sentences per kind and language. */
    private static final int PER_KIND = 40;
    /** Sentences with two or three identifiers of different kinds, per language. */
    private static final int MIXED = 30;
    /** Negative sentences per language. */
    private static final int NEGATIVES = 300;

    /**
     * One sentence and the identifiers it holds.
     *
     * @param expected the identifiers, with their spans in {@code text}; empty for a negative sample
     */
    public record Sample(Language language, String text, List<Finding> expected) {

        public Sample {
            expected = List.copyOf(expected);
        }
    }

    private enum Slot {
        SIN(Kind.SIN), CARD(Kind.CARD), PHONE(Kind.PHONE), INTL(Kind.PHONE), EMAIL(Kind.EMAIL),
        POSTAL(Kind.POSTAL_CODE), DOB(Kind.DATE_OF_BIRTH), CHILD_DOB(Kind.DATE_OF_BIRTH), ADDRESS(Kind.ADDRESS),
        NAME(Kind.NAME), FIRST(Kind.NAME), LAST(Kind.NAME), TYPED_NAME(Kind.NAME),
        BAD_SIN(null), BAD_CARD(null), REF(null), SOON(null), AMOUNT(null), TIME(null), YEAR(null), COUNT(null),
        PERCENT(null), VERSION(null), URL(null), FORM(null), YEAR_OLD(null), MONTH_DAY(null), BIG_AMOUNT(null);

        final Kind kind;

        Slot(Kind kind) {
            this.kind = kind;
        }
    }

    /** Identifiers quoted, bracketed or marked up: the span is the identifier without them. */
    private static final String[][] WRAPPERS = {{"«\u00A0", "\u00A0»"}, {"\"", "\""}, {"<b>", "</b>"}, {"(", ")"},
        {"*", "*"}, {"'", "'"}, {"[", "]"}, {"\n", "\n"}};
    private static final String[] NO_WRAPPER = {"", ""};
    private static final Pattern SLOT = Pattern.compile("\\{([a-z-]+)}");

    private static final String[] AREA_CODES = {"613", "343", "819", "873", "514", "438", "450", "579", "418", "581",
        "416", "647", "437", "905", "289", "365", "705", "249", "519", "226", "548", "807", "204", "431", "306", "639",
        "403", "587", "825", "780", "604", "778", "236", "250", "902", "782", "506", "709", "867"};
    private static final String[] TOLL_FREE = {"800", "888", "877", "866", "855", "844", "833"};
    private static final String[] INTERNATIONAL = {"+33 # ## ## ## ##", "+33 (0)# ## ## ## ##", "+33#########",
        "+44 20 #### ####", "+44 7### ######", "+32 2 ### ## ##", "+41 22 ### ## ##", "+212 6##-######",
        "+509 #### ####", "+52 55 #### ####", "+91 9#### #####", "+63 917 ### ####", "+213 5## ## ## ##",
        "+221 77 ### ## ##", "011 33 # ## ## ## ##", "+49 30 ########", "+1 202 555 ####"};
    private static final String[] FIRST_NAMES_EN = {"jane", "john", "mary", "david", "sarah", "michael", "emily",
        "james", "olivia", "liam", "noah", "emma", "aiden", "priya", "wei", "fatima", "omar", "grace"};
    private static final String[] FIRST_NAMES_FR = {"émilie", "françois", "marie", "jean", "zoé", "hélène", "andré",
        "chloé", "gaétan", "léa", "rené", "céline", "mathieu", "sébastien", "anaïs", "noël", "prénom", "josée"};
    private static final String[] LAST_NAMES = {"smith", "tremblay", "gagnon", "roy", "côté", "bouchard", "gauthier",
        "morin", "lavoie", "fortin", "nguyen", "wong", "patel", "martin", "leblanc", "o.brien", "nom", "bélanger"};
    /** For names: the lists above without the placeholders "prénom" and "nom" of e-mail addresses, and more. */
    private static final String[] PERSON_FIRST_NAMES = {"Jane", "John", "Mary", "David", "Sarah", "Michael", "Emily",
        "James", "Olivia", "Liam", "Noah", "Emma", "Aiden", "Priya", "Wei", "Fatima", "Omar", "Grace", "Émilie",
        "François", "Marie", "Jean", "Zoé", "Hélène", "André", "Chloé", "Gaétan", "Léa", "René", "Céline", "Mathieu",
        "Sébastien", "Anaïs", "Noël", "Josée", "Jean-François", "Marie-Ève", "Anne-Marie", "Mohamed", "Nadia"};
    private static final String[] PERSON_LAST_NAMES = {"Smith", "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard",
        "Gauthier", "Morin", "Lavoie", "Fortin", "Nguyen", "Wong", "Patel", "Martin", "Leblanc", "O'Brien", "Bélanger",
        "Saint-Pierre", "MacDonald", "Haddad", "Joseph", "Pelletier"};
    private static final String[] DOMAINS = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.ca", "videotron.ca",
        "sympatico.ca", "bell.net", "rogers.com", "uottawa.ca", "cmail.carleton.ca", "exemple.ca",
        "courriel.exemple.qc.ca", "mail.example.org", "hotmail.fr", "orange.fr", "live.ca", "icloud.com"};
    private static final String POSTAL_FIRST = "ABCEGHJKLMNPRSTVXY";
    private static final String POSTAL_OTHER = "ABCEGHJKLMNPRSTVWXYZ";
    private static final String[] STREETS_EN = {"Main", "Bank", "Elgin", "King", "Queen", "Wellington", "Rideau",
        "Sparks", "Bay", "Yonge", "Bloor", "Dundas", "Portage", "Jasper", "Maple", "Elm", "Oak", "Church", "Victoria",
        "Carling", "Baseline", "Bronson", "St. Clair", "O'Connor", "Lakeshore", "Hunt Club", "3rd", "1st", "Cedar",
        "Granville", "Robson", "Spring Garden", "Water"};
    private static final String[] TYPES_EN = {"Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Drive",
        "Dr.", "Boulevard", "Blvd", "Crescent", "Court", "Lane", "Way", "Place", "Terrace", "Parkway", "Highway"};
    private static final String[] DIRECTIONS_EN = {"W", "E", "N", "S", "West", "East", "North", "South"};
    private static final String[] UNITS_EN = {"Apt %d, ", "Apt. %d, ", "Unit %d, ", "Suite %d, ", "Apartment %d, "};
    private static final String[] STREETS_FR = {"Sainte-Catherine", "Saint-Denis", "René-Lévesque", "Sherbrooke",
        "Notre-Dame", "de Maisonneuve", "des Pins", "du Lac", "de l'Église", "Laurier", "Papineau", "Principale",
        "des Érables", "du Parc", "Saint-Joseph", "de la Montagne", "Jean-Talon", "Wellington", "de la Gauchetière",
        "Saint-Laurent", "des Outaouais", "Montcalm", "du Moulin", "Victoria", "Champlain", "d'Youville"};
    private static final String[] TYPES_FR = {"rue", "rue", "rue", "avenue", "boulevard", "boul.", "chemin", "rang",
        "place", "côte", "montée", "allée", "impasse", "route", "promenade"};
    private static final String[] DIRECTIONS_FR = {"Ouest", "Est", "Nord", "Sud"};
    private static final String[] UNITS_FR = {"app. %d, ", "appartement %d, ", "bureau %d, ", "app %d, "};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] URLS = {"canada.ca/passport", "www.canada.ca/en/services/benefits.html",
        "canada.ca/fr/services/prestations", "https://www.canada.ca/en/revenue-agency.html", "servicecanada.gc.ca",
        "canada.ca/sin", "www.canada.ca/fr/agence-revenu.html?id=2024"};
    private static final String[] FORMS = {"PPTC 153", "IMM 5257", "T1", "T4A", "RC66", "ISP-3000", "GST524",
        "SC NAS-2120", "T2125", "NIS 2120", "TD1", "INS5101"};

    private static final String[][] POSITIVE_EN = {
        {"My SIN is {sin}.", "Here is my social insurance number: {sin}", "SIN {sin}, is that what you need?",
            "I think my SIN is {sin} but I'm not sure", "The form asks for my SIN, it's {sin}",
            "{sin} is my social insurance number", "sin number {sin} thanks", "My wife's SIN: {sin}."},
        {"My card number is {card}.", "I paid with {card} and it was refused", "credit card {card} exp 09/28",
            "Can you cancel the payment on card {card}?", "{card} is my Visa", "Card: {card}, please refund it."},
        {"Call me at {phone}.", "My phone number is {phone}", "You can reach me at {phone} after {time}",
            "cell {phone}", "My daughter's number is {phone}, she can help", "Text me at {phone} please.",
            "The office called me from {phone} yesterday", "home {phone} / work {phone}",
            "My brother in France is at {intl}", "Call my sister at {intl} if I'm not home",
            "Is {intl} the right format for an overseas number?"},
        {"My email is {email}.", "Send it to {email} please", "email: {email}", "You can write to {email}",
            "I never got the mail at {email}!", "Use {email} for my account", "({email})", "Jane Doe <{email}>",
            "EMAIL: {email}!!"},
        {"My postal code is {postal}.", "postal code {postal}", "I moved, new postal code {postal}",
            "Is {postal} in the Ottawa area?", "Ottawa ON {postal}", "The letter went to {postal} instead"},
        {"I was born on {dob}.", "My date of birth is {dob}", "DOB: {dob}", "Birth date {dob}, is that needed?",
            "My birthday is {dob}.", "My son was born on {child-dob}", "Date of birth {child-dob} for my daughter",
            "My mother's file says {dob}, can you check?", "The form shows {dob} but that's wrong",
            "Is {dob} the right format for the form?", "My husband, {dob}, needs a new card",
            "She was born {dob} in Haiti", "DOB of my son: {child-dob}",
            "I was born in a small town near Quebec City on {dob}"},
        {"I live at {address}.", "My address is {address}, Ottawa.", "Send it to {address} please",
            "I moved to {address} last month", "The old address was {address}, not mine",
            "Mail goes to {address} but I'm not there", "Address: {address}"},
        {"My name is {name}.", "Hi, my name is {name} and I need help with my passport", "my name is {typed-name} i need help",
            "I'm {name}, I called yesterday about my benefits", "I am {name}.", "Hello, I'm {first} and I lost my card",
            "My son {first} needs a passport", "My daughter, {first}, lost her health card", "I'm here with my wife {first}",
            "Please ask for Mr. {last}", "Mrs. {last} told me to come here", "Ms. {name} is my caseworker",
            "Name: {name}", "Her name is {name}", "His name is {first} and he is 12",
            "I'm helping my mother {first} with her pension", "The letter is for my husband {name}",
            "my name's {typed-name}"},
    };

    private static final String[][] POSITIVE_FR = {
        {"Mon NAS est {sin}.", "Voici mon numéro d'assurance sociale : {sin}", "NAS {sin}, c'est bien ça ?",
            "Je pense que mon NAS est {sin}", "Le formulaire demande mon NAS, c'est {sin}",
            "{sin} est mon numéro d'assurance sociale", "le NAS de ma femme : {sin}."},
        {"Mon numéro de carte est {card}.", "J'ai payé avec {card} et ça a été refusé", "carte de crédit {card}",
            "Pouvez-vous annuler le paiement sur la carte {card} ?", "{card}, c'est ma Visa",
            "Carte : {card}, remboursez-moi svp."},
        {"Appelez-moi au {phone}.", "Mon numéro de téléphone est le {phone}", "Vous pouvez me joindre au {phone} après {time}",
            "cell. {phone}", "Le numéro de ma fille est le {phone}, elle peut aider", "Textez-moi au {phone} svp.",
            "Le bureau m'a appelé du {phone} hier", "maison {phone} / travail {phone}",
            "Mon frère en France est au {intl}", "Appelez ma sœur au {intl} si je ne suis pas là",
            "Est-ce que {intl} est le bon format ?"},
        {"Mon courriel est {email}.", "Envoyez-le à {email} svp", "courriel : {email}", "Vous pouvez écrire à {email}",
            "Je n'ai jamais reçu le courriel à {email} !", "Utilisez {email} pour mon compte", "({email})",
            "Marie Côté <{email}>", "COURRIEL : {email}"},
        {"Mon code postal est {postal}.", "code postal {postal}", "J'ai déménagé, nouveau code postal {postal}",
            "Est-ce que {postal} est à Gatineau ?", "Montréal QC {postal}", "La lettre est allée au {postal}"},
        {"Je suis né le {dob}.", "Ma date de naissance est le {dob}", "date de naissance : {dob}", "née le {dob}",
            "Mon anniversaire, c'est le {dob}.", "Mon fils est né le {child-dob}",
            "Date de naissance de ma fille : {child-dob}", "Le dossier de ma mère indique {dob}, pouvez-vous vérifier ?",
            "Le formulaire affiche {dob} mais c'est faux", "Mon mari, {dob}, a besoin d'une nouvelle carte",
            "Elle est née le {dob} à Port-au-Prince", "NÉE LE {child-dob}",
            "Je suis né dans un petit village près de Rimouski le {dob}"},
        {"J'habite au {address}.", "Mon adresse est le {address}, Montréal.", "Envoyez-le au {address} svp",
            "J'ai déménagé au {address} le mois passé", "L'ancienne adresse était le {address}, pas la mienne",
            "Le courrier va au {address} mais je n'y suis plus", "Adresse : {address}"},
        {"Je m'appelle {name}.", "Bonjour, je m'appelle {name} et j'ai besoin d'aide",
            "je m'appelle {typed-name} j'ai besoin d'aide", "Mon nom est {name}", "Moi, c'est {first}, j'ai appelé hier",
            "Je suis {name} et j'ai perdu ma carte", "C'est pour mon fils {first}", "Ma fille {first} a besoin d'un NAS",
            "Ma femme, {first}, a perdu sa carte", "Demandez M. {last}", "Mme {last} m'a dit de venir ici",
            "Madame {last} est mon agente", "Nom : {name}", "Il s'appelle {first}", "Elle s'appelle {name}",
            "J'aide ma mère {first} avec sa pension", "La lettre est pour mon mari {name}"},
    };

    private static final String[] MIXED_EN = {"Call me at {phone} or write to {email}.",
        "{address}, Ottawa ON {postal}", "My SIN is {sin} and I was born on {dob}.",
        "Name on file: born {dob}, phone {phone}, postal code {postal}", "Refund to card {card}, receipt to {email}",
        "I moved to {address}, my new number is {phone}", "My name is {name}, my SIN is {sin}."};
    private static final String[] MIXED_FR = {"Appelez-moi au {phone} ou écrivez à {email}.",
        "{address}, Gatineau QC {postal}", "Mon NAS est {sin} et je suis né le {dob}.",
        "Au dossier : née le {dob}, téléphone {phone}, code postal {postal}",
        "Remboursez la carte {card}, reçu à {email}", "J'ai déménagé au {address}, mon nouveau numéro est le {phone}",
        "Je m'appelle {name}, mon NAS est {sin}."};

    private static final String[] NEGATIVE_EN = {"Step {count} of {count}: upload your photo.",
        "I need {count} passport photos.", "The fee is {amount}.", "My appointment is on {soon} at {time}.",
        "Is the office open at {time}?", "I have been waiting since {year}.", "For tax year {year}, do I need a T4?",
        "My reference number is {bad-sin}.", "The number on the letter is {bad-sin}, what is it?",
        "Confirmation code {ref}", "File number {ref}, please check", "The card on file ends in 1234",
        "I tried the number {bad-card} from the letter", "I got {percent} on the citizenship test",
        "The app version is {version}", "Go to {url} for the form", "I lost my SIN card, what do I do?",
        "Where do I get a new SIN?", "Guide {count}: Renew a passport", "Form {form} is missing a page",
        "Bus {count} stops at the corner", "Form 5 street smart", "I called {count} times already",
        "Room {count}, floor {count}", "I am {count} years old", "My deadline is {soon}.", "Apply before {soon}.",
        "My payment went from {amount} to {amount}.", "It costs {amount} for {count} copies.",
        "Open between {time} and {time}.", "Call 1 800 O-Canada", "Dial 911 or 311", "Press 1 for English",
        "3 Ways To Apply Online", "There are 2 Service Canada Centres near me", "I waited 45 minutes",
        "The interest rate is {percent} since {year}", "My benefit for {year} was {amount}",
        "I applied on {soon} and heard nothing", "The letter dated {soon} says {amount}",
        "My SIN starts with 9, is that normal?", "Top 10 Places to visit", "Chapter {count}: Main concepts",
        "I was born in {year-old} in Haiti", "My birthday is {month-day}", "See page {count}, line {count}",
        "Windows 11 won't open {url}", "Version {version} of form {form}", "I have 2 kids and 1 dog",
        "Is {amount} the maximum for {year}?", "My T4 shows {amount} in box 14", "Flight AC 870 at {time}",
        "Between {soon} and {soon}", "Ticket #{ref}", "Order 123-45-678", "Case 2023-0456789",
        "Score: 98 / 100", "The temperature was -12 today", "Take exit 117 then route 148",
        "Office hours 10:30-11:45", "Tax years 2019-2024", "I owe $12,345,678.90?", "Form 5 Street Smart",
        "Take Highway 417 to exit 145", "Gate 12 at the airport", "My T4 shows 45,678.90 in box 14",
        "Passport number AB123456", "IP address 192.168.0.1", "Invoice INV-2024-000123",
        // a known false positive (docs/benchmarks.md): a capitalised word and a street type after a number
        "I saved it in 2 Google Drive folders",
        // the cues of a name, without a name
        "My name is wrong on my passport", "My name is not on the list", "My name is spelled differently on my card",
        "I'm Canadian, do I need a visa?", "I'm not sure what to do", "I am a permanent resident",
        "My son needs a passport", "My daughter is {count}", "My wife and I moved", "I'm Indigenous, is there a form?",
        "What name is on the form?", "My name is the same as my father's", "I'm French-speaking",
        "Is the Mr. or Mrs. box required?", "My son's card expired in {year}", "I'm Looking For My Tax Slip"};
    private static final String[] NEGATIVE_FR = {"Étape {count} de {count} : téléversez votre photo.",
        "J'ai besoin de {count} photos de passeport.", "Les frais sont de {amount}.",
        "Mon rendez-vous est le {soon} à {time}.", "Le bureau est-il ouvert à {time} ?", "J'attends depuis {year}.",
        "Pour l'année d'imposition {year}, ai-je besoin d'un T4 ?", "Mon numéro de référence est {bad-sin}.",
        "Le numéro sur la lettre est {bad-sin}, c'est quoi ?", "Code de confirmation {ref}",
        "Numéro de dossier {ref}, vérifiez svp", "La carte au dossier se termine par 1234",
        "J'ai essayé le numéro {bad-card} de la lettre", "J'ai eu {percent} à l'examen de citoyenneté",
        "La version de l'appli est {version}", "Allez sur {url} pour le formulaire",
        "J'ai perdu ma carte NAS, que faire ?", "Comment obtenir un NAS ?", "Guide {count} : Renouveler un passeport",
        "Il manque une page au formulaire {form}", "L'autobus {count} arrête au coin", "J'ai appelé {count} fois",
        "Salle {count}, étage {count}", "J'ai {count} ans", "Ma date limite est le {soon}.",
        "Faites la demande avant le {soon}.", "Mon paiement est passé de {amount} à {amount}.",
        "Ça coûte {amount} pour {count} copies.", "Ouvert entre {time} et {time}.",
        "Tournez à droite 2 rues plus loin", "Il reste 1 place disponible", "J'ai attendu 45 minutes",
        "Le taux est de {percent} depuis {year}", "Ma prestation pour {year} était de {amount}",
        "J'ai fait ma demande le {soon} et rien depuis", "La lettre datée du {soon} indique {amount}",
        "Mon NAS commence par 9, c'est normal ?", "Rendez-vous à {time} Place du Portage",
        "Je suis née en {year-old} en Haïti", "Mon anniversaire est le {month-day}", "Voir la page {count}, ligne {count}",
        "Windows 11 n'ouvre pas {url}", "Version {version} du formulaire {form}", "J'ai 2 enfants et 1 chien",
        "Est-ce que {amount} est le maximum pour {year} ?", "Mon T4 indique {amount} à la case 14",
        "Vol AC 870 à {time}", "Entre le {soon} et le {soon}", "Billet no {ref}", "Commande 123-45-678",
        "Dossier 2023-0456789", "Note : 98 / 100", "Il faisait -12 aujourd'hui", "Prenez la sortie 117 puis la route 148",
        "Composez le 911 ou le 311", "Faites le 1 pour le français",
        "Heures d'ouverture 10 h 30 à 11 h 45", "Années 2019-2024", "Le budget du programme est de {big-amount}",
        "Mon solde est de {big-amount}", "Prenez l'autoroute 417 jusqu'à la sortie 145", "Porte 12 à l'aéroport",
        "Mon T4 indique 45 678,90 $ à la case 14", "Numéro de passeport AB123456", "Adresse IP 192.168.0.1",
        "Facture INV-2024-000123",
        // les indices d'un nom, sans nom
        "Mon nom est mal écrit sur ma carte", "Mon nom n'est pas sur la liste", "Je suis Canadienne, ai-je besoin d'un visa ?",
        "Je suis perdu", "Mon fils a besoin d'un passeport", "Ma fille a {count} ans", "Ma femme et moi avons déménagé",
        "Comment s'appelle le formulaire ?", "Je suis résidente permanente", "Le nom est différent sur mon passeport",
        "Je suis Autochtone, y a-t-il un formulaire ?", "Mon nom est le même que celui de mon père",
        "La carte de mon fils a expiré en {year}"};

    private final Random random;

    private RedactionCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** The test set with the default seed. */
    public static List<Sample> generate() {
        return generate(SEED);
    }

    public static List<Sample> generate(long seed) {
        return new RedactionCorpus(seed).samples();
    }

    /**
     * Long messages in which an identifier crosses position {@code cut}, where a text would be shortened: for the
     * first sentence of each kind and language with one identifier, the identifier starts 3 characters before the
     * cut, in the middle of it, and ends 1 character after it. Each sample's single expected finding holds the
     * identifier's span. A text cut before it is redacted keeps the identifier's first part, which no longer
     * matches; a text redacted first and then cut keeps none of it.
     */
    public static List<Sample> crossing(int cut) {
        List<Sample> crossing = new ArrayList<>();
        Set<String> kindsAndLanguages = new HashSet<>();
        for (Sample sample : generate()) {
            if (sample.expected().size() != 1
                    || !kindsAndLanguages.add(sample.expected().getFirst().kind() + "/" + sample.language())) {
                continue;
            }
            Finding identifier = sample.expected().getFirst();
            for (int before : new int[] {3, identifier.length() / 2, identifier.length() - 1}) {
                if (before < 3) {
                    continue;
                }
                // the filler ends with a space, so that it never glues a letter to the identifier
                int fill = cut - before - identifier.start();
                String filler = "I need some help with this form please ".repeat(fill / 39 + 1).substring(0, fill - 1) + " ";
                crossing.add(new Sample(sample.language(), filler + sample.text() + " Thank you.".repeat(10), List.of(new Finding(identifier.kind(),
                        fill + identifier.start(), fill + identifier.end()))));
            }
        }
        return List.copyOf(crossing);
    }

    /** Distinct sentences only: a repeated sentence would count its identifiers twice. */
    private List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Language language : Language.values()) {
            boolean en = language == Language.EN;
            for (String[] templates : en ? POSITIVE_EN : POSITIVE_FR) {
                addDistinct(samples, seen, PER_KIND, () -> fill(language, pick(templates)));
            }
            addDistinct(samples, seen, MIXED, () -> fill(language, pick(en ? MIXED_EN : MIXED_FR)));
            // a message of one or two remarks, as people type them
            String[] negatives = en ? NEGATIVE_EN : NEGATIVE_FR;
            addDistinct(samples, seen, NEGATIVES, () -> fill(language,
                    random.nextBoolean() ? pick(negatives) : pick(negatives) + " " + pick(negatives)));
        }
        return List.copyOf(samples);
    }

    private static void addDistinct(List<Sample> samples, Set<String> seen, int count, Supplier<Sample> next) {
        int added = 0;
        for (int attempt = 0; added < count; attempt++) {
            if (attempt > 100 * count) {
                throw new IllegalStateException("templates too few for " + count + " distinct sentences");
            }
            Sample sample = next.get();
            if (seen.add(sample.text())) {
                samples.add(sample);
                added++;
            }
        }
    }

    private Sample fill(Language language, String template) {
        StringBuilder text = new StringBuilder();
        List<Finding> expected = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        int from = 0;
        while (m.find()) {
            text.append(template, from, m.start());
            Slot slot = Slot.valueOf(m.group(1).toUpperCase(Locale.ROOT).replace('-', '_'));
            String value = value(slot, language == Language.EN);
            if (slot.kind != null) {
                // a name is found by the words before it, which a quotation mark would separate from it
                String[] wrapper = slot.kind != Kind.NAME && random.nextInt(8) == 0 ? pick(WRAPPERS) : NO_WRAPPER;
                value = slot != Slot.EMAIL && random.nextInt(6) == 0 ? typography(value) : value;
                text.append(wrapper[0]);
                expected.add(new Finding(slot.kind, text.length(), text.length() + value.length()));
                text.append(value).append(wrapper[1]);
            } else {
                text.append(value);
            }
            from = m.end();
        }
        text.append(template, from, template.length());
        return new Sample(language, text.toString(), expected);
    }

    private String value(Slot slot, boolean en) {
        return switch (slot) {
            case SIN -> nineDigits(true);
            case BAD_SIN -> nineDigits(false);
            case CARD -> card(true);
            case BAD_CARD -> card(false);
            case PHONE -> phone(en);
            case INTL -> digits(pick(INTERNATIONAL));
            case EMAIL -> email(en);
            case POSTAL -> postalCode();
            case DOB -> date(TODAY.minusYears(15 + random.nextInt(75)).minusDays(random.nextInt(365)), en);
            case CHILD_DOB -> date(TODAY.minusDays(30 + random.nextInt(11 * 365)), en);
            case SOON -> date(TODAY.plusDays(random.nextInt(500) - 120), en);
            case ADDRESS -> en ? addressEn() : addressFr();
            case FIRST -> pick(PERSON_FIRST_NAMES);
            case LAST -> pick(PERSON_LAST_NAMES);
            case NAME -> random.nextBoolean() ? pick(PERSON_FIRST_NAMES) : pick(PERSON_FIRST_NAMES) + " " + pick(PERSON_LAST_NAMES);
            case TYPED_NAME -> (pick(PERSON_FIRST_NAMES) + " " + pick(PERSON_LAST_NAMES)).toLowerCase(Locale.ROOT);
            case REF -> random.nextInt(2) + digits("#########");
            case AMOUNT -> amount(en);
            case TIME -> en ? pick("10:30", "9:15 am", "2 pm", "16:45", "8:30") : pick("14 h 30", "9 h", "10h15", "16:45", "8 h 30");
            case YEAR -> String.valueOf(TODAY.getYear() - random.nextInt(10));
            case COUNT -> String.valueOf(1 + random.nextInt(12));
            case PERCENT -> en ? pick("15%", "2.5%", "100%", "4.1%") : pick("15 %", "2,5 %", "100 %", "4,1 %");
            case VERSION -> pick("2.4.1", "10.0.19045", "17.2", "3.11.4", "126.0.6478.126");
            case URL -> pick(URLS);
            case FORM -> pick(FORMS);
            case YEAR_OLD -> String.valueOf(1940 + random.nextInt(60));
            case MONTH_DAY -> en ? pick(MONTHS_EN) + " " + (1 + random.nextInt(28))
                    : (1 + random.nextInt(28)) + " " + pick(MONTHS_FR);
            case BIG_AMOUNT -> {
                // nine digits that pass the Luhn check, grouped like a French amount: a SIN by shape alone
                String d = withCheckDigit((1 + random.nextInt(9)) + digits("#######"), true);
                yield d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6) + pick(" $", ",00 $", " $ CA");
            }
        };
    }

    /** What a phone keyboard or a word processor makes of spaces and hyphens. */
    private String typography(String value) {
        return value.replace(' ', pick('\u00A0', '\u202F', '\u2009')).replace('-', pick('\u2011', '\u2013', '\u2010'));
    }

    /** Nine digits grouped like a SIN, whose Luhn check passes or fails as asked. */
    private String nineDigits(boolean luhnValid) {
        String d = withCheckDigit(pick("1", "2", "3", "4", "5", "6", "7", "9") + digits("#######"), luhnValid);
        return switch (random.nextInt(6)) {
            case 0, 1 -> d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6);
            case 2 -> d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
            case 3 -> d;
            case 4 -> d.substring(0, 3) + " " + d.substring(3, 6) + "-" + d.substring(6);
            default -> d.substring(0, 3) + "-" + d.substring(3, 6) + " " + d.substring(6);
        };
    }

    private String card(boolean luhnValid) {
        int brand = random.nextInt(5);
        if (brand == 0) {
            String d = withCheckDigit(pick("34", "37") + digits("############"), luhnValid);
            String sep = pick(" ", " ", "");
            return d.substring(0, 4) + sep + d.substring(4, 10) + sep + d.substring(10);
        }
        String prefix = switch (brand) {
            case 1 -> "5" + (1 + random.nextInt(5));
            case 2 -> "6011";
            default -> "4";
        };
        String d = withCheckDigit(prefix + digits("#".repeat(15 - prefix.length())), luhnValid);
        String sep = pick(" ", " ", "-", "");
        return d.substring(0, 4) + sep + d.substring(4, 8) + sep + d.substring(8, 12) + sep + d.substring(12);
    }

    private String phone(boolean en) {
        String area = random.nextInt(8) == 0 ? pick(TOLL_FREE) : pick(AREA_CODES);
        String exchange = (2 + random.nextInt(8)) + digits("##");
        String line = digits("####");
        String number = switch (random.nextInt(10)) {
            case 0, 1 -> area + "-" + exchange + "-" + line;
            case 2 -> "(" + area + ") " + exchange + "-" + line;
            case 3 -> area + "." + exchange + "." + line;
            case 4 -> area + " " + exchange + " " + line;
            case 5 -> "+1 " + area + " " + exchange + " " + line;
            case 6 -> "1-" + area + "-" + exchange + "-" + line;
            case 7 -> area + exchange + line;
            case 8 -> "+1 (" + area + ") " + exchange + "-" + line;
            default -> area + " " + exchange + "-" + line;
        };
        if (random.nextInt(6) == 0) {
            number += en ? pick(" ext. ", " ext ", " x") + (1 + random.nextInt(999))
                    : pick(", poste ", " poste ", " p. ") + (1 + random.nextInt(9999));
        }
        return number;
    }

    private String email(boolean en) {
        String first = pick(en ? FIRST_NAMES_EN : FIRST_NAMES_FR);
        String last = pick(LAST_NAMES);
        String local = switch (random.nextInt(6)) {
            case 0, 1 -> first + "." + last;
            case 2 -> first + last + (random.nextInt(90) + 10);
            case 3 -> first.charAt(0) + last;
            case 4 -> first + "_" + last;
            default -> first + "." + last + "+" + pick("kiosk", "cra", "gouv", "passport");
        };
        if (random.nextInt(5) == 0) {
            local = Character.toUpperCase(local.charAt(0)) + local.substring(1);
        }
        return local + "@" + pick(DOMAINS);
    }

    private String postalCode() {
        String code = "" + letter(POSTAL_FIRST) + random.nextInt(10) + letter(POSTAL_OTHER);
        String rest = "" + random.nextInt(10) + letter(POSTAL_OTHER) + random.nextInt(10);
        return switch (random.nextInt(6)) {
            case 0, 1, 2 -> code + " " + rest;
            case 3 -> (code + rest).toLowerCase(Locale.ROOT);
            case 4 -> code + rest;
            default -> code + "-" + rest;
        };
    }

    /** A date in one of the numeric forms, or written in the sentence's language. */
    private String date(LocalDate d, boolean en) {
        int day = d.getDayOfMonth();
        String dd = String.format(Locale.ROOT, "%02d", day);
        String mm = String.format(Locale.ROOT, "%02d", d.getMonthValue());
        int form = random.nextInt(7);
        return switch (form) {
            case 0 -> d.toString();
            case 1 -> dd + "/" + mm + "/" + d.getYear();
            case 2 -> en ? mm + "/" + dd + "/" + d.getYear() : dd + "-" + mm + "-" + d.getYear();
            case 3 -> d.getYear() + "/" + mm + "/" + dd;
            default -> en
                    ? (form == 4 ? day + " " + MONTHS_EN[d.getMonthValue() - 1] + " " + d.getYear()
                            : MONTHS_EN[d.getMonthValue() - 1] + " " + day + ", " + d.getYear())
                    : (day == 1 ? "1er" : String.valueOf(day)) + " " + MONTHS_FR[d.getMonthValue() - 1] + " " + d.getYear();
        };
    }

    private String addressEn() {
        String civic = String.valueOf(1 + random.nextInt(random.nextBoolean() ? 300 : 9999));
        String street = pick(STREETS_EN) + " " + pick(TYPES_EN);
        if (random.nextInt(4) == 0) {
            street += " " + pick(DIRECTIONS_EN);
        }
        return switch (random.nextInt(6)) {
            case 0 -> String.format(Locale.ROOT, pick(UNITS_EN), 1 + random.nextInt(40)) + civic + " " + street;
            case 1 -> (1 + random.nextInt(30)) + "-" + civic + " " + street;
            default -> civic + " " + street;
        };
    }

    private String addressFr() {
        String civic = String.valueOf(1 + random.nextInt(random.nextBoolean() ? 300 : 9999));
        String street = pick(TYPES_FR) + " " + pick(STREETS_FR);
        if (random.nextInt(5) == 0) {
            street += " " + pick(DIRECTIONS_FR);
        }
        String comma = random.nextInt(3) == 0 ? ", " : " ";
        return switch (random.nextInt(6)) {
            case 0 -> String.format(Locale.ROOT, pick(UNITS_FR), 1 + random.nextInt(40)) + civic + comma + street;
            case 1 -> (1 + random.nextInt(30)) + "-" + civic + comma + street;
            default -> civic + comma + street;
        };
    }

    private String amount(boolean en) {
        int units = 1 + random.nextInt(random.nextBoolean() ? 100 : 5000);
        int cents = random.nextInt(100);
        String whole = String.format(en ? Locale.CANADA : Locale.CANADA_FRENCH, "%,d", units).replace('\u202F', ' ')
                .replace('\u00A0', ' ');
        return switch (random.nextInt(3)) {
            case 0 -> en ? "$" + whole : whole + " $";
            case 1 -> en ? "$" + whole + "." + String.format(Locale.ROOT, "%02d", cents)
                    : whole + "," + String.format(Locale.ROOT, "%02d", cents) + " $";
            default -> en ? whole + " dollars" : whole + " dollars";
        };
    }

    private static String withCheckDigit(String payload, boolean luhnValid) {
        for (int d = 0; d <= 9; d++) {
            if (Shapes.luhn(payload + d) == luhnValid) {
                return payload + d;
            }
        }
        throw new AssertionError("unreachable: exactly one check digit passes");
    }

    /** Replaces each {@code #} by a random digit. */
    private String digits(String shape) {
        StringBuilder out = new StringBuilder(shape.length());
        for (int i = 0; i < shape.length(); i++) {
            out.append(shape.charAt(i) == '#' ? (char) ('0' + random.nextInt(10)) : shape.charAt(i));
        }
        return out.toString();
    }

    private char letter(String letters) {
        return letters.charAt(random.nextInt(letters.length()));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
