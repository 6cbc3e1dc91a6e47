package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.content.ContentException.Problem;
import org.passerelle.content.Finding.Kind;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;

/** Drafts, review with four eyes, optimistic locking, scheduling and who may do what. */
class ContentWorkflowTest extends SmallContentTest {

    @Autowired
    KnowledgeService knowledge;

    private static ContentException.Problem problemOf(Throwable e) {
        return ((ContentException) e).problem();
    }

    @Test
    void a_new_guide_goes_from_draft_through_review_to_published() {
        TestGuide guide = newGuide("flow");
        GuideVersion draft = content.createGuide(guide.id(), guide.english(), "");
        assertThat(draft.number()).isEqualTo(1);
        assertThat(draft.state()).isEqualTo(VersionState.DRAFT);

        GuideVersion saved = content.saveDraft(guide.id(), 1, draft.lockVersion(), guide.english(), guide.french());
        GuideVersion submitted = content.submit(guide.id(), 1, saved.lockVersion());
        signIn(BRUNO, Roles.EDITOR);
        GuideVersion approved = content.approve(guide.id(), 1, submitted.lockVersion());
        GuideVersion published = content.publish(guide.id(), 1, approved.lockVersion());

        assertThat(published.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(published.submitted().by()).isEqualTo(ALICE);
        assertThat(published.approved().by()).isEqualTo(BRUNO);
        assertThat(published.published().by()).isEqualTo(BRUNO);
        assertThat(knowledge.current().guide(guide.id())).isPresent();
        assertThat(content.guides()).filteredOn(g -> g.id().equals(guide.id())).singleElement()
                .satisfies(g -> assertThat(g.publishedNumber()).isEqualTo(1))
                .satisfies(g -> assertThat(g.titles()).containsEntry(Language.EN, "Adopt a " + guide.word()))
                .satisfies(g -> assertThat(g.openNumber()).isNull());
    }

    @Test
    void an_editor_cannot_approve_a_change_of_their_own() {
        TestGuide guide = newGuide("eyes");
        GuideVersion draft = content.createGuide(guide.id(), guide.english(), guide.french());
        GuideVersion submitted = content.submit(guide.id(), 1, draft.lockVersion());

        assertThatThrownBy(() -> content.approve(guide.id(), 1, submitted.lockVersion()))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.OWN_CHANGE));
        assertThat(content.version(guide.id(), 1).orElseThrow().state()).isEqualTo(VersionState.SUBMITTED);
    }

    @Test
    void an_editor_who_edited_someone_elses_draft_cannot_approve_it_either() {
        TestGuide guide = newGuide("eyes");
        GuideVersion draft = content.createGuide(guide.id(), guide.english(), "");
        signIn(BRUNO, Roles.EDITOR);
        GuideVersion edited = content.saveDraft(guide.id(), 1, draft.lockVersion(), guide.english(), guide.french());
        signIn(ALICE, Roles.EDITOR);
        GuideVersion submitted = content.submit(guide.id(), 1, edited.lockVersion());
        signIn(BRUNO, Roles.EDITOR);

        assertThatThrownBy(() -> content.approve(guide.id(), 1, submitted.lockVersion()))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.OWN_CHANGE));
        signIn("chloe", Roles.ADMIN);
        assertThat(content.approve(guide.id(), 1, submitted.lockVersion()).approved().by()).isEqualTo("chloe");
    }

    @Test
    void a_second_editor_saving_over_a_changed_draft_gets_a_conflict_and_the_first_text_stays() {
        TestGuide guide = newGuide("lock");
        GuideVersion read = content.createGuide(guide.id(), guide.english(), guide.french());
        content.saveDraft(guide.id(), 1, read.lockVersion(), guide.english("First editor's title", "Text one."),
                guide.french());
        signIn(BRUNO, Roles.EDITOR);

        assertThatThrownBy(() -> content.saveDraft(guide.id(), 1, read.lockVersion(),
                guide.english("Second editor's title", "Text two."), guide.french()))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.CONFLICT))
                .hasMessageContaining("was changed by alice");
        assertThat(content.version(guide.id(), 1).orElseThrow().text(Language.EN)).contains("First editor's title");
    }

    @Test
    void a_reviewer_sends_a_version_back_to_draft_with_a_comment_and_its_author_fixes_it() {
        TestGuide guide = newGuide("reject");
        GuideVersion draft = content.createGuide(guide.id(), guide.english(), guide.french());
        GuideVersion submitted = content.submit(guide.id(), 1, draft.lockVersion());
        signIn(BRUNO, Roles.EDITOR);

        assertThatThrownBy(() -> content.reject(guide.id(), 1, submitted.lockVersion(), "  "))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.COMMENT_REQUIRED));
        GuideVersion rejected = content.reject(guide.id(), 1, submitted.lockVersion(), "Say where the desk is.");

        assertThat(rejected.state()).isEqualTo(VersionState.DRAFT);
        assertThat(rejected.reviewComment()).isEqualTo("Say where the desk is.");
        signIn(ALICE, Roles.EDITOR);
        GuideVersion fixed = content.saveDraft(guide.id(), 1, rejected.lockVersion(),
                guide.english("Adopt a " + guide.word(), "Go to the front desk. Ask for the form."), guide.french());
        assertThat(content.submit(guide.id(), 1, fixed.lockVersion()).state()).isEqualTo(VersionState.SUBMITTED);
    }

    @Test
    void a_submitted_version_cannot_be_edited_and_a_draft_cannot_be_published() {
        TestGuide guide = newGuide("state");
        GuideVersion draft = content.createGuide(guide.id(), guide.english(), guide.french());

        assertThatThrownBy(() -> content.publish(guide.id(), 1, draft.lockVersion()))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.WRONG_STATE));
        GuideVersion submitted = content.submit(guide.id(), 1, draft.lockVersion());
        assertThatThrownBy(() -> content.saveDraft(guide.id(), 1, submitted.lockVersion(), "", ""))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.WRONG_STATE));
    }

    @Test
    void a_draft_with_errors_cannot_be_submitted_and_the_errors_are_listed() {
        TestGuide guide = newGuide("errors");
        GuideVersion draft = content.createGuide(guide.id(), guide.english(), "");

        assertThatThrownBy(() -> content.submit(guide.id(), 1, draft.lockVersion()))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.NOT_PUBLISHABLE))
                .satisfies(e -> assertThat(((ContentException) e).findings()).extracting(Finding::kind)
                        .containsExactly(Kind.MISSING_SIDE));
    }

    @Test
    void a_guide_gets_one_version_in_the_workflow_at_a_time() {
        TestGuide guide = newGuide("open");
        published(guide);
        GuideVersion draft = content.startDraft(guide.id());

        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.basedOn()).isEqualTo(1);
        assertThat(draft.texts()).isEqualTo(content.version(guide.id(), 1).orElseThrow().texts());
        assertThatThrownBy(() -> content.startDraft(guide.id()))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.OPEN_VERSION_EXISTS));
        content.discardDraft(guide.id(), 2, draft.lockVersion());
        assertThat(content.startDraft(guide.id()).number()).isEqualTo(3);
    }

    @Test
    void a_scheduled_version_is_published_when_its_time_comes() {
        TestGuide guide = newGuide("later");
        GuideVersion approved = approved(guide);
        assertThatThrownBy(() -> content.schedule(guide.id(), 1, approved.lockVersion(), clock.instant()))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.NOT_IN_FUTURE));
        GuideVersion scheduled = content.schedule(guide.id(), 1, approved.lockVersion(),
                clock.instant().plus(Duration.ofHours(2)));
        assertThat(scheduled.state()).isEqualTo(VersionState.SCHEDULED);

        clock.advance(Duration.ofHours(1));
        content.publishDue();
        assertThat(knowledge.current().guide(guide.id())).isEmpty();

        clock.advance(Duration.ofHours(1));
        assertThat(content.publishDue()).isEqualTo(1);
        assertThat(content.version(guide.id(), 1).orElseThrow().state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(content.version(guide.id(), 1).orElseThrow().published().by()).isEqualTo("system");
        assertThat(knowledge.current().guide(guide.id())).isPresent();
    }

    @Test
    void a_scheduled_version_that_no_longer_fits_goes_back_to_approved_with_the_reason() {
        TestGuide guide = newGuide("clash");
        TestGuide rival = newGuide("clash");
        GuideVersion approved = approved(guide);
        content.schedule(guide.id(), 1, approved.lockVersion(), clock.instant().plus(Duration.ofMinutes(5)));
        // Meanwhile another guide is published with one of its questions.
        String stolen = rival.english().replace("- " + rival.word() + " papers", "- " + guide.word() + " papers");
        GuideVersion rivalApproved = approve(content.createGuide(rival.id(), stolen, rival.french()));
        content.publish(rival.id(), 1, rivalApproved.lockVersion());

        clock.advance(Duration.ofMinutes(5));
        assertThat(content.publishDue()).isZero();

        GuideVersion after = content.version(guide.id(), 1).orElseThrow();
        assertThat(after.state()).isEqualTo(VersionState.APPROVED);
        assertThat(after.reviewComment()).contains("Scheduled publication failed", guide.word() + " papers");
        assertThat(content.auditTrail(guide.id())).extracting(AuditRecord::action).contains("SCHEDULED_PUBLISH_FAILED");
    }

    @Test
    void every_change_is_in_the_audit_log_with_who_did_it() {
        TestGuide guide = newGuide("audit");
        published(guide);

        assertThat(content.auditTrail(guide.id()))
                .extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CREATED", ALICE),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", ALICE),
                        org.assertj.core.groups.Tuple.tuple("APPROVED", BRUNO),
                        org.assertj.core.groups.Tuple.tuple("PUBLISHED", ALICE));
        assertThat(content.recentChanges(1)).singleElement()
                .satisfies(r -> assertThat(r.guideId()).isEqualTo(guide.id()))
                .satisfies(r -> assertThat(r.at()).isEqualTo(clock.instant()));
    }

    @Test
    void someone_who_is_not_signed_in_or_not_an_editor_is_refused() {
        TestGuide guide = newGuide("roles");
        signOut();
        assertThatThrownBy(() -> content.createGuide(guide.id(), guide.english(), guide.french()))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.FORBIDDEN));
        signIn("agent-smith", Roles.AGENT);
        assertThatThrownBy(() -> content.createGuide(guide.id(), guide.english(), guide.french()))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.FORBIDDEN));
        assertThatThrownBy(() -> content.guides())
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.FORBIDDEN));

        signIn("chloe", Roles.ADMIN);
        assertThat(content.createGuide(guide.id(), guide.english(), guide.french()).created().by()).isEqualTo("chloe");
    }

    @Test
    void every_public_action_of_the_content_service_refuses_an_agent_and_changes_nothing() throws Exception {
        TestGuide guide = newGuide("every");
        GuideVersion draft = content.createGuide(guide.id(), guide.english(), guide.french());
        long auditLines = content.auditTrail(guide.id()).size();
        signIn("agent-smith", Roles.AGENT);
        List<String> checked = new java.util.ArrayList<>();
        for (java.lang.reflect.Method method : ContentService.class.getDeclaredMethods()) {
            if (!java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                continue;
            }
            Object[] arguments = java.util.Arrays.stream(method.getParameterTypes()).map(type ->
                    type == String.class ? (Object) guide.id() : type == int.class ? (Object) draft.number()
                    : type == long.class ? (Object) draft.lockVersion() : type == java.time.Instant.class
                    ? (Object) clock.instant().plusSeconds(3600) : type == java.nio.file.Path.class
                    ? (Object) java.nio.file.Path.of("target", "no-such-folder") : null).toArray();
            assertThatThrownBy(() -> {
                try {
                    method.invoke(content, arguments);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            }).as(method.getName()).satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.FORBIDDEN));
            checked.add(method.getName());
        }
        signIn(ALICE, Roles.EDITOR);

        assertThat(checked).contains("guides", "saveDraft", "approve", "publish", "rollBack", "preview",
                "checkClassifier", "importKnowledgeBase", "exportKnowledgeBase").hasSizeGreaterThanOrEqualTo(25);
        assertThat(content.openVersion(guide.id()).orElseThrow().lockVersion()).isEqualTo(draft.lockVersion());
        assertThat(content.auditTrail(guide.id())).hasSize((int) auditLines);
    }

    @Test
    void a_guide_id_is_checked_and_taken_once() {
        TestGuide guide = newGuide("ids");
        assertThatThrownBy(() -> content.createGuide("Not An Id", guide.english(), guide.french()))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.INVALID_ID));
        content.createGuide(guide.id(), guide.english(), guide.french());
        assertThatThrownBy(() -> content.createGuide(guide.id(), guide.english(), guide.french()))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.GUIDE_EXISTS));
        assertThatThrownBy(() -> content.createGuide("passport-renewal", guide.english(), guide.french()))
                .satisfies(e -> assertThat(problemOf(e)).isEqualTo(Problem.GUIDE_EXISTS));
    }
}
