package org.passerelle.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.TestAgents;
import org.passerelle.i18n.MessageFiles;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person who chose French reads French: every screen of the kiosk, walked in French, shows no text that is an
 * English message (a label taken from the wrong file, a key never translated) and no raw message key.
 */
class FrenchScreensTest extends KioskTest {

    /** How a message key looks: lowercase words joined by dots, e.g. {@code help.chat.send}. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z]*(\\.[a-zA-Z_-]+)+");

    @Autowired
    HandoffService handoff;

    @Test
    void no_french_screen_shows_an_english_message_or_a_raw_message_key() {
        Properties en = MessageFiles.load(Language.EN);
        Properties fr = MessageFiles.load(Language.FR);
        Set<String> englishOnly = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key).strip();
            if (!english.equals(fr.getProperty(key, "").strip()) && !english.contains("{")) {
                englishOnly.add(english);
            }
        }
        List<String> seen = new ArrayList<>();

        start(Language.FR);
        seen.addAll(texts("home"));
        navigate("topic/id-documents", TopicView.class);
        seen.addAll(texts("topic"));
        navigate("home", HomeView.class);
        ask("renouveler passeport");
        ask("passeport");
        ask("zzqx florp wibble");
        ask("zzqx florp wibble");
        seen.addAll(texts("ask"));
        test($(Button.class).withClassName("choice-none").first()).click();
        seen.addAll(texts("ask after none of these"));
        navigate("guide/passport-renewal/step/2", GuideView.class);
        seen.addAll(texts("guide step"));
        navigate("guide/passport-renewal/done", GuideDoneView.class);
        test(button("Non")).click();
        seen.addAll(texts("end of the guide"));
        navigate("guide/passport-renewal/take-away", TakeAwayView.class);
        seen.addAll(texts("take away"));
        test($(Button.class).withClassName("help-button").single()).click();
        long id = session().helpRequest().orElseThrow();
        seen.addAll(texts("help, waiting"));
        TestAgents.onDuty(handoff, "agent");
        handoff.claim(id, "agent");
        handoff.comingOver(id, "agent");
        deliverPush();
        seen.addAll(texts("help, chat"));
        test($(Button.class).withClassName("tool-finish").single()).click();
        seen.addAll(texts("finish dialog"));

        assertThat(seen).as("the walk saw the screens' texts").hasSizeGreaterThan(100);
        assertThat(seen).as("English messages on French screens").noneMatch(text -> englishOnly.contains(text.split(" \\| ", 2)[1]));
        Set<String> keys = new TreeSet<>(en.stringPropertyNames());
        assertThat(seen).as("message keys shown as text").noneMatch(text -> {
            String shown = text.split(" \\| ", 2)[1];
            return shown.startsWith("!") || KEY.matcher(shown).matches() && keys.contains(shown);
        });
    }

    /**
     * Every text of the page as "screen | text": own text of each element, and its attributes and string properties;
     * not what is marked as English on purpose ({@code lang="en"}: the button to switch to English, say).
     */
    private static List<String> texts(String screen) {
        List<String> found = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(component -> collect(component.getElement(), screen, found));
        return found;
    }

    private static void collect(Element element, String screen, List<String> found) {
        if (!element.isTextNode() && "en".equals(element.getAttribute("lang"))) {
            return;
        }
        if (!element.isTextNode()) {
            add(screen, element.getText(), found);
            element.getAttributeNames().filter(name -> !name.equals("class") && !name.equals("style"))
                    .forEach(name -> add(screen, element.getAttribute(name), found));
            element.getPropertyNames().forEach(name -> {
                Object value = element.getPropertyRaw(name);
                if (value instanceof String s) {
                    add(screen, s, found);
                }
            });
        }
        element.getChildren().forEach(child -> collect(child, screen, found));
    }

    private static void add(String screen, String text, List<String> found) {
        if (text != null && !text.isBlank()) {
            found.add(screen + " | " + text.strip());
        }
    }
}
