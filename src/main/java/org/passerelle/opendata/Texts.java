package org.passerelle.opendata;

import org.passerelle.i18n.Messages;
import org.passerelle.knowledge.Language;

/** The open data's texts, from {@code messages_en} and {@code messages_fr} like every other screen's. */
final class Texts {

    private Texts() {
    }

    static String t(Language language, String key, Object... params) {
        return Messages.get(language, key, params);
    }
}
