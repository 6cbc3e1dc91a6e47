package org.passerelle.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The two official languages the kiosk speaks. Every text a citizen can read exists in both. */
public enum Language {
    EN(Locale.ENGLISH),
    FR(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** Two-letter code, as used in file names and in the page's {@code lang} attribute. */
    public String code() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    /** The other official language. */
    public Language other() {
        return this == EN ? FR : EN;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code().equals(c) || (c.length() > 2 && c.startsWith(l.code() + "-"))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public static Language fromLocale(Locale locale) {
        return locale != null && FR.code().equals(locale.getLanguage()) ? FR : EN;
    }
}
