package org.passerelle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.passerelle.knowledge.Language;

/** The message files as tests read them: {@code messages_en.properties}, {@code messages_fr.properties}. */
public final class MessageFiles {

    private MessageFiles() {
    }

    /** All messages of one language, read as UTF-8 from the classpath. */
    public static Properties load(Language language) {
        Properties p = new Properties();
        try (InputStream in = MessageFiles.class.getResourceAsStream("/messages_" + language.code() + ".properties")) {
            assertThat(in).as("messages_" + language.code()).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Could not read messages_" + language.code(), e);
        }
        return p;
    }
}
