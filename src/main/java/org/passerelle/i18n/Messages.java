package org.passerelle.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.passerelle.knowledge.Language;
import org.springframework.stereotype.Component;

/**
 * Every text a citizen, agent or editor reads comes from {@code messages_en.properties} and
 * {@code messages_fr.properties}. Vaadin finds this bean and routes {@code getTranslation(...)} here.
 * A missing key shows as {@code !key!} rather than failing a citizen's screen; a test fails the build
 * when a key is missing in either language.
 */
@Component
public class Messages implements I18NProvider {

    static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Language.EN.locale(), Language.FR.locale());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(Language.fromLocale(locale), key, params);
    }

    /** The text for {@code key} in {@code language}, with {@link MessageFormat} parameters. */
    public static String get(Language language, String key, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
    }
}
