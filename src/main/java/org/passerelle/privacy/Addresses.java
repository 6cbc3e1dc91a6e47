package org.passerelle.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Street addresses with a civic number, in the two orders Canada writes them:
 * <ul>
 * <li>English: number, name, type, optional direction — {@code 123 Main Street}, {@code 45 Elm St.},
 *     {@code 12-345 King St W}, {@code 1200 3rd Avenue};</li>
 * <li>French: number, type, name — {@code 45, rue Sainte-Catherine Ouest}, {@code 1200 boulevard
 *     René-Lévesque}, {@code 10 avenue des Pins}, {@code 3 chemin du Lac};</li>
 * </ul>
 * either with an apartment or office before ({@code Apt 4, }, {@code app. 12, }, {@code bureau 200, }) or
 * after ({@code , Unit 5}).
 *
 * <p>Precision comes first: the street name must be capitalised (or an ordinal such as {@code 3rd} or
 * {@code 3e}) and the street type a whole word in a closed list. So "Step 2 of 5", "2 passport photos",
 * "Form 5 street smart", "5 rues plus loin" and "14 h 30" are not addresses; the price is that an address
 * typed all in lower case ({@code 123 main street}) or without a civic number is not found.
 */
final class Addresses {

    /** Starts with a civic number or a unit word; the cheap look-ahead spares the look-behinds most positions. */
    private static final String NOT_AFTER = "(?=[\\dAaUuSsBbLl])(?<![\\p{L}\\p{M}\\p{N}_:.,/$-])(?<!\\d ?[hH] ?)";
    private static final String UNIT_NUMBER = "\\.? ?#? ?\\d{1,5}[A-Za-z]?(?![\\p{L}\\p{M}\\p{N}])";
    private static final String UNIT_BEFORE = "(?:" + Shapes.UNIT_WORD + UNIT_NUMBER + "(?: ?, ?| ?- ?| ))?";
    private static final String UNIT_AFTER = "(?:,? {1,2}" + Shapes.UNIT_WORD + UNIT_NUMBER + ")?";
    private static final String CIVIC = "(?:\\d{1,5} ?- ?)?\\d{1,6}(?:[A-Za-z](?![\\p{L}\\p{M}\\p{N}]))?,? {1,2}";
    private static final String ORDINAL = "\\d{1,3}(?:st|nd|rd|th|e|re|er|ème|eme)(?![\\p{L}\\p{M}])";
    private static final String END_OF_WORD = "(?![\\p{L}\\p{M}])";

    private static final String ENGLISH_TYPE = "(?i:street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|crescent"
            + "|cres|court|ct|lane|ln|way|place|pl|terrace|terr|parkway|pkwy|highway|hwy|circle|cir|trail|square|sq"
            + "|private|pvt|gate|grove|heights|row)" + END_OF_WORD + "\\.?";
    private static final String DIRECTION = "(?: {1,2}(?:North|South|East|West|NE|NW|SE|SW|N|S|E|W)" + END_OF_WORD
            + "\\.?)?";
    private static final String FRENCH_TYPE = "(?i:rue|avenue|av|boulevard|boul|bd|chemin|ch|route|rte|place|pl"
            + "|rang|montée|montee|côte|cote|allée|allee|impasse|promenade|prom|croissant|terrasse|carré|carre|cours"
            + "|quai|ruelle|autoroute|sentier|square|voie)" + END_OF_WORD + "\\.?";
    /** "du Lac", "de la Montagne", "des Pins"; elided ones are glued: "de l'Église", "d'Youville". */
    private static final String PARTICLE = "(?:(?i:de l'|d'|l')|(?i:de la|du|des|de|la|le|aux|au) {1,2})?";
    /** Both orders in one pattern, so that the costly start (look-behinds, unit, civic number) is matched once. */
    private static final Pattern ADDRESS = Pattern.compile(NOT_AFTER + UNIT_BEFORE + CIVIC
            + "(?:(?:(?:" + Shapes.NAME_WORD + "|" + ORDINAL + ") {1,2}){1,4}" + ENGLISH_TYPE + DIRECTION
            + "|" + FRENCH_TYPE + " {1,2}" + PARTICLE + Shapes.NAME_WORD + "(?: {1,2}" + Shapes.NAME_WORD + "){0,3})"
            + UNIT_AFTER, Pattern.UNICODE_CASE);

    private Addresses() {
    }

    static void find(String text, List<Finding> into) {
        Shapes.findAll(ADDRESS, Kind.ADDRESS, text, into);
    }
}
