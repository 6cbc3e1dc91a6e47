package org.passerelle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge base as its files' texts: the same rules and messages as a folder, and the same bytes back. */
class KnowledgeBaseFilesTest {

    @TempDir
    Path root;

    @Test
    void the_files_read_from_a_folder_load_to_the_same_knowledge_base_as_the_folder() {
        KnowledgeBaseFiles files = KnowledgeBaseFiles.read(Path.of("knowledge-base"));

        KnowledgeBase fromFiles = KnowledgeBaseLoader.load(files);
        KnowledgeBase fromFolder = KnowledgeBaseLoader.load(Path.of("knowledge-base"));

        assertThat(fromFiles.guides()).isEqualTo(fromFolder.guides());
        assertThat(fromFiles.topics()).isEqualTo(fromFolder.topics());
        assertThat(fromFiles.systemPhrases()).isEqualTo(fromFolder.systemPhrases());
        assertThat(fromFiles.synonyms()).isEqualTo(fromFolder.synonyms());
        assertThat(files.texts()).containsKeys("topics.tsv", "guides/passport-renewal/fr.md",
                "system/out-of-scope/en.txt", "synonyms/fr.txt").doesNotContainKey("README.md");
    }

    @Test
    void files_in_memory_are_refused_with_the_folders_messages() {
        SampleKnowledgeBase.write(root);
        KnowledgeBaseFiles files = KnowledgeBaseFiles.read(root);
        String fr = files.text("guides/job-bank/fr.md").orElseThrow();

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(files.with("guides/job-bank/fr.md", fr.replace("title:", "titre:"))))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("guides/job-bank/fr.md:3: unknown field \"titre\"");
        Map<String, String> withoutFrench = new java.util.TreeMap<>(files.texts());
        withoutFrench.remove("guides/job-bank/fr.md");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(new KnowledgeBaseFiles(withoutFrench)))
                .hasMessage("guides/job-bank/fr.md: missing: guide \"job-bank\" has no French side");
    }

    @Test
    void written_back_the_texts_give_the_same_bytes_line_endings_and_byte_order_mark_included() throws IOException {
        SampleKnowledgeBase.write(root);
        byte[] crlfWithBom = ("\uFEFF" + Files.readString(root.resolve("synonyms/en.txt")).replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve("synonyms/en.txt"), crlfWithBom);

        Path copy = root.resolveSibling(root.getFileName() + "-copy");
        KnowledgeBaseFiles.read(root).writeTo(copy);

        assertThat(Files.readAllBytes(copy.resolve("synonyms/en.txt"))).isEqualTo(crlfWithBom);
        assertThat(Files.readAllBytes(copy.resolve("guides/job-bank/fr.md")))
                .isEqualTo(Files.readAllBytes(root.resolve("guides/job-bank/fr.md")));
    }

    @Test
    void one_guide_parses_on_its_own_and_its_sides_must_agree() {
        SampleKnowledgeBase.write(root);
        KnowledgeBaseFiles files = KnowledgeBaseFiles.read(root);
        String en = files.text("guides/job-bank/en.md").orElseThrow();
        String fr = files.text("guides/job-bank/fr.md").orElseThrow();

        Guide guide = KnowledgeBaseLoader.parseGuide("job-bank", Map.of(Language.EN, en, Language.FR, fr));

        assertThat(guide).isEqualTo(KnowledgeBaseLoader.load(root).guide("job-bank").orElseThrow());
        assertThatThrownBy(() -> KnowledgeBaseLoader.parseGuide("job-bank",
                Map.of(Language.EN, en, Language.FR, fr.replace("topic: work", "topic: id-documents"))))
                .hasMessageStartingWith("guides/job-bank/fr.md:5: topic \"id-documents\" differs");
    }

    @Test
    void a_path_that_would_leave_the_folder_is_refused() {
        assertThatThrownBy(() -> new KnowledgeBaseFiles(Map.of("../outside.md", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KnowledgeBaseFiles(Map.of("/etc/passwd", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
