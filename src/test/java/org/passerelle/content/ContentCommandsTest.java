package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.Commands;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.SampleKnowledgeBase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import-knowledge-base} and {@code export-knowledge-base}, each test on a database of its own; and the
 * round trip: the bundled knowledge base, imported then exported, comes back byte for byte.
 */
class ContentCommandsTest {

    private static final Path BUNDLED = Path.of("knowledge-base");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Supplier<ConfigurableApplicationContext> database(String name) {
        return () -> ContentDatabase.start("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    private int importFolder(Supplier<ConfigurableApplicationContext> db, Path folder) {
        return ContentCommands.importKnowledgeBase(List.of(folder.toString()), print(out), print(err), db);
    }

    private int exportFolder(Supplier<ConfigurableApplicationContext> db, Path folder) {
        return ContentCommands.exportKnowledgeBase(List.of(folder.toString()), print(out), print(err), db);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void the_bundled_knowledge_base_comes_back_byte_for_byte_and_a_second_round_trip_changes_nothing() throws IOException {
        Supplier<ConfigurableApplicationContext> db = database("round-trip");
        long parses = org.passerelle.knowledge.KnowledgeBaseLoader.wholeParses();
        assertThat(importFolder(db, BUNDLED)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(org.passerelle.knowledge.KnowledgeBaseLoader.wholeParses() - parses)
                .as("an import into an empty database parses the folder once").isEqualTo(1);
        Path first = temp.resolve("first");
        assertThat(exportFolder(db, first)).as(err.toString(StandardCharsets.UTF_8)).isZero();

        // Every file the loader reads, and nothing else: the README is documentation, not content.
        List<Path> content = contentFiles(BUNDLED);
        assertThat(ImportExportTest.files(first)).isEqualTo(content);
        for (Path file : content) {
            assertThat(Files.readAllBytes(first.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(BUNDLED.resolve(file)));
        }

        out.reset();
        assertThat(importFolder(db, first)).isZero();
        var bundled = org.passerelle.knowledge.KnowledgeBaseLoader.load(BUNDLED);
        int entries = bundled.guides().size() + bundled.lifeEvents().size() + bundled.referralFiles().size();
        assertThat(entries).isGreaterThan(bundled.guides().size() + bundled.lifeEvents().size());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 guides, life events and referrals added, 0 updated, "
                + entries + " unchanged; 0 other files changed");
        Path second = temp.resolve("second");
        assertThat(exportFolder(db, second)).isZero();
        for (Path file : content) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void a_malformed_file_is_named_with_its_line_and_nothing_is_imported() {
        Supplier<ConfigurableApplicationContext> db = database("malformed-import");
        Path folder = SampleKnowledgeBase.write(temp.resolve("kb"));
        SampleKnowledgeBase.replaceIn(folder, "guides/job-bank/fr.md", "title:", "titre:");

        assertThat(importFolder(db, folder)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("import-knowledge-base: guides/job-bank/fr.md:3: unknown field \"titre\"")
                .contains(System.lineSeparator() + "import-knowledge-base: guides/job-bank/fr.md:8: missing field \"title\"");
        try (ConfigurableApplicationContext context = db.get()) {
            assertThat(context.getBean(ContentStore.class).isEmpty()).isTrue();
        }
    }

    @Test
    void a_valid_import_after_a_failed_one_keeps_the_earlier_content_whole() {
        Supplier<ConfigurableApplicationContext> db = database("import-twice");
        Path good = SampleKnowledgeBase.write(temp.resolve("good"));
        assertThat(importFolder(db, good)).isZero();
        Path bad = SampleKnowledgeBase.write(temp.resolve("bad"));
        SampleKnowledgeBase.replaceIn(bad, "topics.tsv", "work\twork", "work\t");
        SampleKnowledgeBase.replaceIn(bad, "guides/passport-renewal/en.md", "Renew your passport", "Renew it now");

        assertThat(importFolder(db, bad)).isEqualTo(2);

        try (ConfigurableApplicationContext context = db.get()) {
            KnowledgeBaseFiles stored = context.getBean(ContentStore.class).publishedFiles();
            assertThat(stored).isEqualTo(KnowledgeBaseFiles.read(good));
        }
    }

    @Test
    void an_empty_database_has_nothing_to_export_and_bad_arguments_get_the_usage() {
        assertThat(exportFolder(database("empty-export"), temp.resolve("out"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the content database is empty");
        assertThat(temp.resolve("out")).doesNotExist();

        assertThat(Commands.run(new String[] {"import-knowledge-base"}, print(out), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: import-knowledge-base DIR");
        assertThat(Commands.run(new String[] {"export-knowledge-base", "a", "b"}, print(out), print(err))).isEqualTo(2);
        assertThat(Commands.run(new String[] {"help"}, print(out), print(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import-knowledge-base DIR", "export-knowledge-base DIR");
    }

    /** Every file of a knowledge-base folder but its README, which documents the format and is not content. */
    private static List<Path> contentFiles(Path folder) throws IOException {
        // The held-out questions (evaluation/) are not content; guides, life events and referrals are.
        return ImportExportTest.files(folder).stream().filter(p -> !p.equals(Path.of("README.md")))
                .filter(p -> !p.startsWith("evaluation")).toList();
    }
}
