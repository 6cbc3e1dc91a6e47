package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.content.ContentException.Problem;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;

/** Import and export through the editor's service: all or nothing, live, and only for editors. */
class ImportExportTest extends ContentTest {

    @TempDir
    Path temp;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    ContentStore store;

    @Autowired
    StoredFileRepository files;

    @Autowired
    org.passerelle.referral.ReferralService referrals;

    @Test
    void on_first_start_the_bundled_knowledge_base_was_imported_and_is_what_kiosks_show() {
        KnowledgeBase bundled = KnowledgeBaseLoader.load(Path.of("knowledge-base"));

        assertThat(knowledge.current().guidesById().keySet()).containsAll(bundled.guidesById().keySet());
        assertThat(knowledge.current().lifeEvents()).isNotEmpty().isEqualTo(bundled.lifeEvents());
        assertThat(content.publishedVersion("passport-renewal").orElseThrow().published().by()).isEqualTo("system");
        assertThat(content.auditTrail("passport-renewal")).first()
                .satisfies(r -> assertThat(r.action()).isEqualTo("IMPORTED"))
                .satisfies(r -> assertThat(r.actor()).isEqualTo("system"));
    }

    @Test
    void on_first_start_life_events_and_referrals_were_imported_as_versions_that_editors_open_and_kiosks_follow() {
        KnowledgeBase bundled = KnowledgeBaseLoader.load(Path.of("knowledge-base"));

        assertThat(content.entries(ContentKind.LIFE_EVENT)).extracting(GuideSummary::id).isEqualTo(bundled.lifeEvents()
                .stream().map(e -> ContentKind.LIFE_EVENT.key(e.id())).sorted().toList());
        assertThat(content.entries(ContentKind.REFERRAL)).extracting(GuideSummary::id).isNotEmpty()
                .isEqualTo(bundled.referralFiles().keySet().stream().map(ContentKind.REFERRAL::key).toList());
        assertThat(content.publishedVersion("referrals/health-card").orElseThrow().text(Language.FR))
                .isEqualTo(bundled.referralFiles().get("health-card").get(Language.FR));
        assertThat(referrals.match("renew my health card")).map(m -> m.referral().id()).contains("health-card");
    }

    @Test
    void a_life_event_an_older_database_kept_as_plain_files_becomes_a_published_version() {
        String id = newGuide("adopted").id();
        String key = ContentKind.LIFE_EVENT.key(id);
        for (Language language : Language.values()) {
            files.save(new StoredFile(ContentKind.path(key, language), TestEntries.lifeEvent(id, "Adopted", language),
                    ContentStore.SYSTEM, clock.instant()));
        }

        assertThat(store.adoptFiles()).containsExactly(key);

        assertThat(files.findById(ContentKind.path(key, Language.EN))).isEmpty();
        assertThat(content.publishedVersion(key).orElseThrow().text(Language.FR))
                .isEqualTo(TestEntries.lifeEvent(id, "Adopted", Language.FR));
        assertThat(store.publishedFiles().text(ContentKind.path(key, Language.EN)))
                .contains(TestEntries.lifeEvent(id, "Adopted", Language.EN));
        assertThat(store.adoptFiles()).isEmpty();
    }

    @Test
    void an_import_with_a_malformed_file_names_the_file_and_line_and_changes_nothing() throws IOException {
        Path folder = temp.resolve("kb");
        content.exportKnowledgeBase(folder);
        TestGuide guide = newGuide("imp");
        write(folder.resolve("guides/" + guide.id() + "/en.md"), guide.english());
        write(folder.resolve("guides/" + guide.id() + "/fr.md"), guide.french().replace("title:", "titre:"));
        KnowledgeBase before = knowledge.current();
        int audited = content.recentChanges(1000).size();

        assertThatThrownBy(() -> content.importKnowledgeBase(folder))
                .isInstanceOf(ContentException.class)
                .hasMessage("guides/" + guide.id() + "/fr.md:3: unknown field \"titre\"; known fields: id, title,"
                        + " summary, topic, official-link, last-reviewed, related, synonyms")
                .satisfies(e -> assertThat(((ContentException) e).findings()).extracting(Finding::where, Finding::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("guides/" + guide.id() + "/fr.md:3", e.getMessage()),
                                org.assertj.core.groups.Tuple.tuple("guides/" + guide.id() + "/fr.md:8",
                                        "guides/" + guide.id() + "/fr.md:8: missing field \"title\"")));
        assertThat(knowledge.current()).isSameAs(before);
        assertThat(content.guides()).noneMatch(g -> g.id().equals(guide.id()));
        assertThat(content.recentChanges(1000)).hasSize(audited);
    }

    @Test
    void an_import_publishes_new_and_changed_guides_at_once_and_leaves_the_rest_alone() throws IOException {
        Path folder = temp.resolve("kb");
        content.exportKnowledgeBase(folder);
        TestGuide guide = newGuide("imp");
        write(folder.resolve("guides/" + guide.id() + "/en.md"), guide.english());
        write(folder.resolve("guides/" + guide.id() + "/fr.md"), guide.french());
        // Guides, life events and referrals are all versioned.
        int published = (int) java.util.Arrays.stream(ContentKind.values()).flatMap(kind -> content.entries(kind).stream())
                .filter(entry -> entry.publishedNumber() != null).count();

        ImportResult result = content.importKnowledgeBase(folder);

        assertThat(result.added()).containsExactly(guide.id());
        assertThat(result.updated()).isEmpty();
        assertThat(result.unchanged()).isEqualTo(published);
        assertThat(result.files()).isZero();
        assertThat(knowledge.current().guide(guide.id())).isPresent();
        assertThat(content.publishedVersion(guide.id()).orElseThrow().published().by()).isEqualTo(ALICE);

        write(folder.resolve("guides/" + guide.id() + "/en.md"), guide.english("Adopt two " + guide.word() + "s",
                "Ask for the form."));
        ImportResult again = content.importKnowledgeBase(folder);
        assertThat(again.updated()).containsExactly(guide.id());
        assertThat(knowledge.current().guide(guide.id()).orElseThrow().text(Language.EN).title())
                .isEqualTo("Adopt two " + guide.word() + "s");
        assertThat(content.publishedVersions(guide.id())).extracting(GuideVersion::number).containsExactly(2, 1);
    }

    @Test
    void an_export_into_a_knowledge_base_folder_makes_it_equal_to_the_published_content() throws IOException {
        Path folder = temp.resolve("kb");
        content.exportKnowledgeBase(folder);
        write(folder.resolve("README.md"), "Not content: kept.");
        write(folder.resolve("guides/stale-guide/en.md"), "removed");
        write(folder.resolve("guides/stale-guide/fr.md"), "removed");
        write(folder.resolve("life-events/stale-event/en.md"), "removed");

        ExportResult result = content.exportKnowledgeBase(folder);

        assertThat(result.removed()).containsExactlyInAnyOrder("guides/stale-guide/en.md", "guides/stale-guide/fr.md",
                "life-events/stale-event/en.md");
        assertThat(KnowledgeBaseLoader.load(folder).lifeEvents()).isEqualTo(knowledge.current().lifeEvents());
        assertThat(folder.resolve("guides/stale-guide")).doesNotExist();
        assertThat(folder.resolve("README.md")).hasContent("Not content: kept.");
        assertThat(KnowledgeBaseLoader.load(folder).guidesById().keySet())
                .isEqualTo(knowledge.current().guidesById().keySet());
    }

    @Test
    void an_export_never_writes_into_a_folder_that_is_not_a_knowledge_base() throws IOException {
        Path folder = temp.resolve("documents");
        write(folder.resolve("letter.txt"), "private");

        assertThatThrownBy(() -> content.exportKnowledgeBase(folder))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.FOLDER));
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(folder.resolve("letter.txt"));
        }
    }

    @Test
    void only_editors_import_and_export() {
        signIn("agent-smith", Roles.AGENT);

        assertThatThrownBy(() -> content.exportKnowledgeBase(temp.resolve("kb")))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.FORBIDDEN));
        assertThatThrownBy(() -> content.importKnowledgeBase(Path.of("knowledge-base")))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.FORBIDDEN));
        assertThat(temp.resolve("kb")).doesNotExist();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static List<Path> files(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }
}
