package org.passerelle.privacy;

import java.util.Locale;

/**
 * The kinds of personal identifier the {@link Redactor} finds. The order is the tie-break when two
 * findings of the same length overlap: the earlier kind wins.
 */
public enum Kind {
    /** Social insurance number (numéro d'assurance sociale, NAS): nine digits that pass the Luhn check. */
    SIN,
    /** Payment card number: 13 to 19 digits that pass the Luhn check. */
    CARD,
    /** Phone number: North American (ten digits, optional 1) or international (written with +, 00 or 011). */
    PHONE,
    /** E-mail address. */
    EMAIL,
    /** Canadian postal code, such as K1A 0B1. */
    POSTAL_CODE,
    /** A full date (day, month and year) that is a birth date by its context or by its year. */
    DATE_OF_BIRTH,
    /** Street address: a civic number with a street type and name, in English or French order. */
    ADDRESS,
    /** A person's name where the sentence announces one: "my name is …", "je m'appelle …", "Mr. …", "my son …". */
    NAME;

    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** Lower-case code used in the placeholder, e.g. {@code postal-code} in {@code [postal-code]}. */
    public String code() {
        return code;
    }

    /** The placeholder that replaces an identifier of this kind, e.g. {@code [sin]}. */
    public String placeholder() {
        return "[" + code + "]";
    }
}
