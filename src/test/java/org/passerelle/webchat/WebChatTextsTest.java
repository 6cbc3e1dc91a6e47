package org.passerelle.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web chat's texts live in its script, outside the message files that {@code MessagesTest} checks: every key has
 * an English and a French text, none empty, and the French is not the English left untranslated.
 */
class WebChatTextsTest {

    private static final Path SCRIPT = Path.of("frontend/webchat/passerelle-chat.js");
    private static final Pattern ENTRY = Pattern.compile("^\\s{6}(\\w+): '((?:[^'\\\\]|\\\\.)*)',?\\s*$");

    /** The entries of one language's table ({@code en: {…}} inside {@code var TEXT = {…}}), in order. */
    static Map<String, String> table(String script, String language) {
        int text = script.indexOf("var TEXT = {");
        assertThat(text).as("the script has its TEXT table").isNotNegative();
        int start = script.indexOf("\n    " + language + ": {", text);
        assertThat(start).as("a table for " + language).isNotNegative();
        int end = script.indexOf("\n    }", start);
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : script.substring(start, end).split("\n")) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                entries.put(m.group(1), m.group(2));
            }
        }
        return entries;
    }

    @Test
    void every_web_chat_text_exists_in_english_and_in_french_and_the_french_is_translated() throws IOException {
        String script = Files.readString(SCRIPT);
        Map<String, String> english = table(script, "en");
        Map<String, String> french = table(script, "fr");

        assertThat(english).as("English texts read from the script").hasSizeGreaterThan(30);
        assertThat(french.keySet()).as("the same keys in French").containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, text) -> {
            assertThat(text).as(key + " in English").isNotBlank();
            assertThat(french.get(key)).as(key + " in French").isNotBlank();
        });
        long same = english.keySet().stream().filter(k -> english.get(k).equals(french.get(k))
                && english.get(k).chars().anyMatch(Character::isLetter) && english.get(k).length() > 12).count();
        assertThat(same).as("long texts left in English in the French table").isZero();
    }
}
