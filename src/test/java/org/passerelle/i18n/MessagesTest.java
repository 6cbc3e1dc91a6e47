package org.passerelle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passerelle.assistant.Answer;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SystemIntent;

class MessagesTest {

    /** {@code getTranslation("key"...)}, {@code t("key"...)}, {@code t(language, "key"...)}, {@code Messages.get(l, "key"...)}. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|\\bt|\\blabel|Messages\\.get)\\((?:[A-Za-z_.()]+,\\s*)?\"([A-Za-z0-9_.-]+)\"\\s*[,)]");

    @Test
    void every_message_exists_in_english_and_in_french() throws IOException {
        Properties en = load(Language.EN);
        Properties fr = load(Language.FR);

        assertThat(new TreeSet<>(fr.stringPropertyNames())).as("keys in messages_en missing from messages_fr")
                .containsAll(en.stringPropertyNames());
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys in messages_fr missing from messages_en")
                .containsAll(fr.stringPropertyNames());
        for (Properties p : new Properties[] {en, fr}) {
            p.stringPropertyNames().forEach(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("the scan found the keys used in code").isNotEmpty();
        // Keys built from enums: one message per system intent and per question problem.
        for (SystemIntent intent : SystemIntent.values()) {
            used.add("system." + intent.id());
        }
        for (Answer.Problem problem : Answer.Problem.values()) {
            used.add("invalid." + problem.name().toLowerCase(java.util.Locale.ROOT));
        }
        // The content editor names problems, findings, states and severities by their enums.
        for (Enum<?>[] values : List.<Enum<?>[]>of(org.passerelle.content.ContentException.Problem.values(),
                org.passerelle.content.Finding.Kind.values())) {
            for (Enum<?> value : values) {
                used.add((value instanceof org.passerelle.content.Finding.Kind ? "content.finding." : "content.problem.")
                        + value.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        // Refusals the kiosk and the admin screen name by their enums.
        for (org.passerelle.handoff.HandoffException.Problem problem : org.passerelle.handoff.HandoffException.Problem.values()) {
            used.add("handoff.problem." + problem.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.passerelle.kiosk.EnrolmentException.Problem problem : org.passerelle.kiosk.EnrolmentException.Problem.values()) {
            used.add("enrol.problem." + problem.name().toLowerCase(java.util.Locale.ROOT));
            used.add("admin.kiosk.problem." + problem.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.passerelle.kiosk.KioskScreenKind kind : org.passerelle.kiosk.KioskScreenKind.values()) {
            used.add("admin.fleet.screen." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.passerelle.content.VersionState state : org.passerelle.content.VersionState.values()) {
            used.add("content.state." + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.passerelle.content.Finding.Severity severity : org.passerelle.content.Finding.Severity.values()) {
            used.add("content.severity." + severity.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String action : List.of("created", "draft_started", "saved", "submitted", "approved", "rejected",
                "scheduled", "unscheduled", "published", "archived", "discarded", "rolled_back",
                "scheduled_publish_failed", "imported", "exported")) {
            used.add("content.action." + action);
        }
        for (String filter : List.of("all", "in_workflow", "waiting_for_review", "flagged")) {
            used.add("editor.list.filter." + filter);
        }
        for (Language side : Language.values()) {
            used.add("editor.side." + side.code());
        }
        for (int size = 0; size < 3; size++) {
            used.add("layout.textSize.now." + size);
        }
        used.addAll(Set.of("done.helped.yes.thanks", "done.helped.no.thanks", "notUnderstood.helper.first",
                "layout.readAloud.stop", "layout.textSize.normal", "layout.contrast.on", "layout.contrast.off"));
        assertThat(load(Language.EN).stringPropertyNames()).containsAll(used);
        assertThat(load(Language.FR).stringPropertyNames()).containsAll(used);
    }

    @Test
    void messages_with_parameters_use_typographic_apostrophes() throws IOException {
        // MessageFormat treats ' as a quote: "l'étape {0}" would print "létape {0}".
        for (Language language : Language.values()) {
            Properties p = load(language);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.contains("{0}")) {
                    assertThat(v).as(language + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void a_missing_key_shows_as_a_marker_not_an_error() {
        assertThat(Messages.get(Language.FR, "no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Messages.get(Language.FR, "guide.time", "5 minutes")).isEqualTo("Durée : 5 minutes");
        assertThat(Messages.get(Language.FR, "help.position", 3)).isEqualTo("Vous êtes la personne numéro 3 dans la file.");
        assertThat(Messages.get(Language.EN, "help.position", 1)).isEqualTo("You are next in line.");
    }

    private static Properties load(Language language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_" + language.code() + ".properties")) {
            assertThat(in).as("messages_" + language.code()).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
