package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.passerelle.content.ContentException.Problem;
import org.passerelle.content.DiffLine.Change;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;

/** Every published version is kept: list, read, compare, roll back. */
class HistoryTest extends SmallContentTest {

    @Autowired
    KnowledgeService knowledge;

    // Publishing retrains the classifier (seconds): the tests that only read share one guide's history.
    private static TestGuide shared;

    /** A guide published as version 1, then as version 2; shared by the tests that do not publish again. */
    private TestGuide history() {
        if (shared == null) {
            shared = twoVersions();
        }
        return shared;
    }

    /** Publishes version 1 (the original), then version 2 with a new English title and first step. */
    private TestGuide twoVersions() {
        TestGuide guide = newGuide("hist");
        published(guide);
        clock.advance(Duration.ofMinutes(1));
        GuideVersion draft = content.startDraft(guide.id());
        GuideVersion edited = content.saveDraft(guide.id(), 2, draft.lockVersion(),
                guide.english("Get a " + guide.word(), "Go to the desk."), guide.french());
        GuideVersion approved = approve(edited);
        content.publish(guide.id(), 2, approved.lockVersion());
        return guide;
    }

    @Test
    void the_published_versions_of_a_guide_are_listed_latest_first_and_each_can_be_read() {
        TestGuide guide = history();

        assertThat(content.publishedVersions(guide.id())).extracting(GuideVersion::number, GuideVersion::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, VersionState.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(1, VersionState.ARCHIVED));
        assertThat(content.version(guide.id(), 1).orElseThrow().text(Language.EN)).isEqualTo(guide.english());
        GuideVersion second = content.version(guide.id(), 2).orElseThrow();
        assertThat(content.version(guide.id(), 1).orElseThrow().archivedAt()).isEqualTo(second.published().at());
    }

    @Test
    void two_versions_are_compared_line_by_line_in_each_language() {
        TestGuide guide = history();

        VersionComparison comparison = content.compare(guide.id(), 1, 2);

        assertThat(comparison.changed(Language.FR)).isFalse();
        assertThat(comparison.lines().get(Language.EN)).filteredOn(l -> l.change() != Change.SAME)
                .extracting(DiffLine::change, DiffLine::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Change.REMOVED, "title: Adopt a " + guide.word()),
                        org.assertj.core.groups.Tuple.tuple(Change.ADDED, "title: Get a " + guide.word()),
                        org.assertj.core.groups.Tuple.tuple(Change.REMOVED,
                                "Ask for the " + guide.word() + " form at the desk. Fill it out and sign it."),
                        org.assertj.core.groups.Tuple.tuple(Change.ADDED, "Go to the desk."));
        assertThat(comparison.lines().get(Language.EN).getFirst()).isEqualTo(new DiffLine(Change.SAME, "---", 1, 1));
    }

    @Test
    void rolling_back_publishes_the_old_text_again_as_a_new_version() {
        TestGuide guide = twoVersions();

        GuideVersion rolledBack = content.rollBack(guide.id(), 1);

        assertThat(rolledBack.number()).isEqualTo(3);
        assertThat(rolledBack.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(rolledBack.basedOn()).isEqualTo(1);
        assertThat(rolledBack.texts()).isEqualTo(content.version(guide.id(), 1).orElseThrow().texts());
        assertThat(content.version(guide.id(), 2).orElseThrow().state()).isEqualTo(VersionState.ARCHIVED);
        assertThat(knowledge.current().guide(guide.id()).orElseThrow().text(Language.EN).title())
                .isEqualTo("Adopt a " + guide.word());
        assertThat(content.publishedVersions(guide.id())).extracting(GuideVersion::number).containsExactly(3, 2, 1);
        assertThat(content.auditTrail(guide.id()).getLast().action()).isEqualTo("ROLLED_BACK");
    }

    @Test
    void only_an_earlier_published_version_can_be_rolled_back_to() {
        TestGuide guide = history();
        if (content.openVersion(guide.id()).isEmpty()) {
            content.startDraft(guide.id());
        }

        assertThatThrownBy(() -> content.rollBack(guide.id(), 2))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.WRONG_STATE));
        assertThatThrownBy(() -> content.rollBack(guide.id(), 3))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.WRONG_STATE));
        assertThatThrownBy(() -> content.rollBack(guide.id(), 9))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.NOT_FOUND));
    }
}
