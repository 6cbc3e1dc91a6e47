package org.passerelle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.knowledge.SampleKnowledgeBase.replaceIn;
import static org.passerelle.knowledge.SampleKnowledgeBase.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The life-event content type: {@code life-events/<id>/en.md} and {@code fr.md}, validated like guides. */
class LifeEventFilesTest {

    private static final String EN = """
            ---
            id: losing-a-job
            title: Losing your job
            summary: What to do when your job ends.
            last-reviewed: 2026-12-02
            ---

            ## Steps
            - job-bank: Find your next job.
            - passport-renewal: Renew your passport before you travel.
            """;
    private static final String FR = """
            ---
            id: losing-a-job
            title: Perdre son emploi
            summary: Que faire quand votre emploi prend fin.
            last-reviewed: 2026-12-02
            ---

            ## Étapes
            - job-bank: Trouvez votre prochain emploi.
            - passport-renewal: Renouvelez votre passeport avant de voyager.
            """;

    @TempDir
    Path root;

    @BeforeEach
    void writeSampleWithALifeEvent() {
        SampleKnowledgeBase.write(root);
        write(root, "life-events/losing-a-job/en.md", EN);
        write(root, "life-events/losing-a-job/fr.md", FR);
    }

    @Test
    void a_life_event_loads_its_steps_in_order_with_their_reason_in_both_languages() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(root);

        LifeEvent event = kb.lifeEvent("losing-a-job").orElseThrow();
        assertThat(event.guideIds()).containsExactly("job-bank", "passport-renewal");
        LifeEventText fr = event.text(Language.FR);
        assertThat(fr.title()).isEqualTo("Perdre son emploi");
        assertThat(fr.lastReviewed()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(fr.steps().getFirst()).isEqualTo(new LifeEventStep("job-bank", "Trouvez votre prochain emploi."));
        assertThat(kb.lifeEventsWithGuide("job-bank")).containsExactly(event);
        assertThat(kb.lifeEventsWithGuide("nothing")).isEmpty();
    }

    @Test
    void a_knowledge_base_without_a_life_events_folder_has_none() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(SampleKnowledgeBase.writeTemporary());

        assertThat(kb.lifeEvents()).isEmpty();
    }

    @Test
    void a_step_naming_a_guide_that_does_not_exist_names_the_file_and_line() {
        replaceIn(root, "life-events/losing-a-job/fr.md", "- job-bank:", "- job-bnak:");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("life-events/losing-a-job/fr.md:9: step 1: guide \"job-bnak\" does not exist");
    }

    @Test
    void an_unknown_front_matter_field_names_the_file_and_line() {
        replaceIn(root, "life-events/losing-a-job/en.md", "summary:", "sumary:");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("life-events/losing-a-job/en.md:4: unknown field \"sumary\"");
    }

    @Test
    void a_step_without_a_reason_names_the_file_and_line() {
        replaceIn(root, "life-events/losing-a-job/en.md", "- job-bank: Find your next job.", "- job-bank:");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("life-events/losing-a-job/en.md:9: step 1 (\"job-bank\") says not why");
    }

    @Test
    void a_line_that_is_not_a_step_names_the_file_and_line() {
        replaceIn(root, "life-events/losing-a-job/en.md", "- passport-renewal:", "passport-renewal:");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("life-events/losing-a-job/en.md:10: each step is a line");
    }

    @Test
    void the_french_side_must_list_the_same_guides_in_the_same_order() {
        write(root, "life-events/losing-a-job/fr.md", FR.replace("- job-bank: Trouvez votre prochain emploi.\n", "")
                + "- job-bank: Trouvez votre prochain emploi.\n");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("life-events/losing-a-job/fr.md:9: the steps must name the same guides");
    }

    @Test
    void a_missing_french_side_and_a_mismatched_id_are_errors() {
        replaceIn(root, "life-events/losing-a-job/en.md", "id: losing-a-job", "id: job-loss");

        assertThatThrownBy(() -> KnowledgeBaseLoader.load(root))
                .hasMessageStartingWith("life-events/losing-a-job/en.md:2: id \"job-loss\" does not match the folder name");
    }

    @Test
    void life_event_files_travel_with_the_knowledge_base_files() {
        KnowledgeBaseFiles files = KnowledgeBaseFiles.read(root);

        assertThat(files.text("life-events/losing-a-job/en.md")).contains(EN);
        assertThat(KnowledgeBaseLoader.load(files).lifeEvents()).hasSize(1);
    }
}
