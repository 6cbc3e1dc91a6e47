package org.passerelle.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Assistant;
import org.passerelle.knowledge.GuideForm;
import org.passerelle.content.GuideVersion;
import org.passerelle.content.VersionState;
import org.passerelle.kiosk.ui.GuideView;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A guide's editing screen as an editor uses it: both languages side by side, the workflow, checks, preview. */
@WithMockUser(username = "dominique", roles = Roles.EDITOR)
class GuideEditorViewTest extends EditorUiTest {

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    Assistant assistant;

    private GuideEditorView open(String guideId) {
        return navigate(GuideEditorView.route(guideId), GuideEditorView.class);
    }

    private Button button(String className) {
        return $(Button.class).withClassName(className).single();
    }

    private void click(String className) {
        test(button(className)).click();
    }

    /** The field of {@code side} labelled {@code label} ("Title", "Step title"), the n-th of them (0-based). */
    private TextField field(String label, Language side, int n) {
        return $(TextField.class).withClassName("side-" + side.code()).all().stream()
                .filter(f -> f.getLabel().startsWith(label + " — ")).skip(n).findFirst().orElseThrow();
    }

    private TextArea area(String label, Language side, int n) {
        return $(TextArea.class).withClassName("side-" + side.code()).all().stream()
                .filter(f -> f.getLabel().startsWith(label)).skip(n).findFirst().orElseThrow();
    }

    /** Delivers what background work pushed to the screen until the version status says {@code text}. */
    private void untilStatusSays(String text) {
        org.passerelle.Eventually.eventually(() -> {
            deliverPushed();
            assertThat($(Paragraph.class).withClassName("version-status").single().getText()).contains(text);
        });
    }

    /** Runs what background work handed to the screen with {@code ui.access}, as the push connection would. */
    private static void deliverPushed() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private String alerts() {
        return $(Div.class).withClassName("editor-alerts").single().getElement().getTextRecursively();
    }

    @Test
    void a_new_guide_written_in_both_languages_side_by_side_is_saved_as_the_guide_format_and_submitted() {
        Animal animal = newAnimal("side");
        navigate(GuidesView.class);
        test($(TextField.class).withClassName("new-guide-id").single()).setValue(animal.id());
        click("create-guide");
        assertThat(getCurrentView()).isInstanceOf(GuideEditorView.class);

        GuideForm en = english(animal);
        GuideForm fr = french(animal);
        test(field("Title", Language.EN, 0)).setValue(en.title());
        test(field("Title", Language.FR, 0)).setValue(fr.title());
        test(area("Summary", Language.EN, 0)).setValue(en.summary());
        test(area("Summary", Language.FR, 0)).setValue(fr.summary());
        test(field("Official page (https)", Language.EN, 0)).setValue(en.officialLink());
        test(field("Official page (https)", Language.FR, 0)).setValue(fr.officialLink());
        test(field("Step title", Language.EN, 0)).setValue("Fill out the form");
        test(field("Step title", Language.FR, 0)).setValue("Remplir le formulaire");
        test(area("What to do", Language.EN, 0)).setValue("Ask for the form at the desk.");
        test(area("What to do", Language.FR, 0)).setValue("Demandez le formulaire au comptoir.");
        test(area("Training phrases", Language.EN, 0)).setValue(String.join("\n", en.questions()));
        test(area("Training phrases", Language.FR, 0)).setValue(String.join("\n", fr.questions()));
        click("save-draft");

        GuideVersion saved = content.openVersion(animal.id()).orElseThrow();
        assertThat(saved.state()).isEqualTo(VersionState.DRAFT);
        assertThat(saved.text(Language.EN)).contains("title: Adopt a " + animal.word(), "## Step: Fill out the form",
                "- adopt a " + animal.word());
        assertThat(saved.text(Language.FR)).contains("title: Adopter un " + animal.word(),
                "Demandez le formulaire au comptoir.");
        // Topic and review dates are still missing: the checks say so, in words, and block the submission.
        click("submit");
        assertThat(content.openVersion(animal.id()).orElseThrow().state()).isEqualTo(VersionState.DRAFT);
        assertThat(alerts()).contains("Fix these problems first", "Required field empty");
    }

    @Test
    void steps_are_added_moved_and_removed_for_both_languages_at_once() {
        Animal animal = newAnimal("steps");
        as("alice", Roles.EDITOR, () -> content.createGuide(animal.id(), english(animal).toText(),
                french(animal).toText()));
        open(animal.id());

        click("add-step");
        test(field("Step title", Language.EN, 2)).setValue("Wait for the letter");
        test(field("Step title", Language.FR, 2)).setValue("Attendre la lettre");
        test(area("What to do", Language.EN, 2)).setValue("It comes by mail.");
        test(area("What to do", Language.FR, 2)).setValue("Elle arrive par la poste.");
        test($(Checkbox.class).all().stream().filter(c -> "Optional step".equals(c.getLabel())).toList().get(2))
                .click();
        test($(Button.class).all().stream().filter(b -> "Move step 3 up".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow()).click();
        test($(Button.class).all().stream().filter(b -> "Remove step 1".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow()).click();
        click("save-draft");

        GuideVersion saved = content.openVersion(animal.id()).orElseThrow();
        GuideForm en = GuideForm.parse(saved.text(Language.EN)).orElseThrow();
        GuideForm fr = GuideForm.parse(saved.text(Language.FR)).orElseThrow();
        assertThat(en.steps()).extracting(GuideForm.StepForm::title).containsExactly("Wait for the letter", "Hand it in");
        assertThat(fr.steps()).extracting(GuideForm.StepForm::title).containsExactly("Attendre la lettre", "Le remettre");
        assertThat(en.steps().getFirst().optional()).isTrue();
        assertThat(fr.steps().getFirst().optional()).isTrue();
        assertThat(saved.text(Language.FR)).contains("## Étape : Attendre la lettre");
    }

    @Test
    void switching_the_editors_language_relabels_the_form_and_keeps_what_was_written() {
        Animal animal = newAnimal("relabel");
        content.createGuide(animal.id(), english(animal).toText(), french(animal).toText());
        open(animal.id());
        test(field("Title", Language.EN, 0)).setValue("Not saved yet");

        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);

        assertThat(field("Titre", Language.EN, 0).getValue()).isEqualTo("Not saved yet");
        assertThat(field("Titre", Language.EN, 0).getLabel()).isEqualTo("Titre — Anglais");
        test(button("save-draft")).click();
        assertThat(content.openVersion(animal.id()).orElseThrow().text(Language.EN)).contains("title: Not saved yet");
    }

    @Test
    void an_editor_cannot_approve_their_own_change() {
        Animal animal = newAnimal("own");
        GuideVersion draft = content.createGuide(animal.id(), english(animal).toText(), french(animal).toText());
        content.submit(animal.id(), draft.number(), draft.lockVersion());

        open(animal.id());

        assertThat(button("approve").isEnabled()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("hint").single().getText())
                .isEqualTo("You worked on this version: another editor must approve it.");
    }

    @Test
    void a_reviewer_approves_and_publishes_and_the_kiosk_finds_the_guide_at_once() {
        Animal animal = newAnimal("live");
        GuideVersion draft = as("alice", Roles.EDITOR, () -> content.createGuide(animal.id(),
                english(animal).toText(), french(animal).toText()));
        as("alice", Roles.EDITOR, () -> content.submit(animal.id(), draft.number(), draft.lockVersion()));
        assertThat(knowledge.current().guide(animal.id())).isEmpty();

        open(animal.id());
        click("approve");
        click("publish");
        assertThat(alerts()).contains("Publishing: checking the whole knowledge base");
        untilStatusSays("Citizens see version 1");

        assertThat(knowledge.current().guide(animal.id())).isPresent();
        Answer answer = assistant.answer(new org.passerelle.assistant.Question("how do i adopt a " + animal.word(), Language.EN, 0));
        assertThat(answer).isInstanceOfSatisfying(Answer.GuideAnswer.class,
                found -> assertThat(found.guide().id()).isEqualTo(animal.id()));
        assertThat($(Paragraph.class).withClassName("version-status").single().getText())
                .startsWith("Citizens see version 1, published");
    }

    @Test
    void publishing_later_can_be_set_no_earlier_than_a_minute_after_the_application_clock_says_now() {
        Animal animal = newAnimal("later");
        approvedBy("alice", "bruno", animal);

        open(animal.id());
        click("schedule");

        assertThat($(DateTimePicker.class).withClassName("schedule-at").single().getMin())
                .isEqualTo(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()).plusMinutes(1));
    }

    @Test
    void a_reviewer_sends_a_version_back_with_a_comment_the_author_then_sees() {
        Animal animal = newAnimal("back");
        GuideVersion draft = as("alice", Roles.EDITOR, () -> content.createGuide(animal.id(),
                english(animal).toText(), french(animal).toText()));
        as("alice", Roles.EDITOR, () -> content.submit(animal.id(), draft.number(), draft.lockVersion()));

        open(animal.id());
        click("reject");
        test($(TextArea.class).withClassName("reject-comment").single()).setValue("Say where the desk is.");
        click("send-back");

        assertThat(content.openVersion(animal.id()).orElseThrow().state()).isEqualTo(VersionState.DRAFT);
        assertThat($(Paragraph.class).withClassName("review-comment").single().getText())
                .contains("Say where the desk is.");
    }

    @Test
    void two_editors_saving_the_same_draft_the_second_is_told_and_keeps_what_they_wrote() {
        Animal animal = newAnimal("clash");
        GuideVersion draft = content.createGuide(animal.id(), english(animal).toText(), french(animal).toText());
        open(animal.id());
        test(field("Title", Language.EN, 0)).setValue("My own title for the " + animal.word());

        // Meanwhile, Alice saves the same draft.
        String theirs = english(animal).toText().replace("Adopt a ", "Alice's adopt a ");
        as("alice", Roles.EDITOR, () -> content.saveDraft(animal.id(), draft.number(), draft.lockVersion(), theirs,
                french(animal).toText()));
        click("save-draft");

        assertThat(content.openVersion(animal.id()).orElseThrow().text(Language.EN)).isEqualTo(theirs);
        assertThat(alerts()).contains("Someone else changed this version since you opened it");
        assertThat(field("Title", Language.EN, 0).getValue()).isEqualTo("My own title for the " + animal.word());
        assertThat($(Button.class).withClassName("save-draft").all()).isEmpty();

        click("reload-latest");
        assertThat(field("Title", Language.EN, 0).getValue()).isEqualTo("Alice's adopt a " + animal.word());
    }

    @Test
    void markup_typed_in_a_field_is_kept_as_text_and_the_preview_shows_it_as_text_on_the_kiosk_screen() {
        Animal animal = newAnimal("markup");
        content.createGuide(animal.id(), english(animal).toText(), french(animal).toText());
        open(animal.id());
        test(field("Step title", Language.EN, 0)).setValue("<script>alert('x')</script>Fill it out");
        test(area("What to do", Language.EN, 0)).setValue("Click <img src=x onerror=alert(1)> then **sign** it.");
        click("preview-en");

        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").contains("&lt;script&gt;")
                .contains("<strong>sign</strong>");
        assertThat($(Div.class).withClassName("preview-banner").single().getElement().getTextRecursively())
                .contains("Preview of version 1");
        assertThat(knowledge.current().guide(animal.id())).as("a preview publishes nothing").isEmpty();
        test($(Button.class).withClassName("help-button").single()).click();
        assertThat(getCurrentView()).as("help requests are off in a preview").isInstanceOf(GuideView.class);

        test($(Button.class).withClassName("preview-end").single()).click();
        assertThat(getCurrentView()).isInstanceOf(GuideEditorView.class);
    }

    @Test
    void the_checks_are_shown_in_the_editors_language_with_the_readability_of_each_side() {
        Animal written = newAnimal("checks");
        content.createGuide(written.id(), english(written).toText(), french(written).toText());
        Animal half = newAnimal("half");
        content.createGuide(half.id(), english(half).toText(), "");
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);

        open(written.id());
        click("run-checks");
        assertThat(report()).contains("Rien n’empêche la publication", "Anglais : Flesch reading ease",
                "Français : Kandel-Moles");

        open(half.id());
        click("run-checks");
        assertThat(report()).contains("Corrigez 1 problème(s)", "À corriger", "Langue manquante", "Français");
    }

    private String report() {
        return $(Div.class).withClassName("check-report").single().getElement().getTextRecursively();
    }

    @Test
    void the_classifier_check_shows_accuracy_per_language() {
        Animal animal = newAnimal("classify");
        content.createGuide(animal.id(), english(animal).toText(), french(animal).toText());
        open(animal.id());

        click("check-classifier");

        // Cross-validation trains the classifier five times per language in the background: minutes on a busy machine.
        org.passerelle.Eventually.within(java.time.Duration.ofMinutes(10), () -> {
            deliverPushed();
            assertThat($(Div.class).withClassName("classifier-report").single().getElement().getTextRecursively())
                    .contains("English", "French").containsPattern("Accuracy \\d+(\\.\\d)?% on [\\d,]+ phrases");
        });
    }

    @Test
    void phrases_proposed_from_the_content_gaps_are_added_to_the_draft_in_one_tap() {
        Animal animal = newAnimal("gap");
        publishedBy("alice", "bruno", animal);
        content.startDraft(animal.id());
        gapProposal(animal.id(), List.of("my " + animal.word() + " ran away", "lost " + animal.word()));
        open(animal.id());

        click("add-proposed");
        click("save-draft");

        assertThat(content.openVersion(animal.id()).orElseThrow().text(Language.EN))
                .contains("- my " + animal.word() + " ran away", "- lost " + animal.word());
        assertThat($(Button.class).withClassName("add-proposed").all()).isEmpty();
    }

    @Test
    void leaving_with_unsaved_changes_asks_first_and_saves_when_told_to() {
        Animal animal = newAnimal("leave");
        content.createGuide(animal.id(), english(animal).toText(), french(animal).toText());
        open(animal.id());
        test(field("Title", Language.EN, 0)).setValue("Written but not saved");

        UI.getCurrent().navigate(GuidesView.class);

        assertThat(getCurrentView()).as("the editor stays until the question is answered").isInstanceOf(GuideEditorView.class);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog ask =
                $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        com.vaadin.flow.component.ComponentUtil.fireEvent(ask,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(ask, false));

        assertThat(getCurrentView()).isInstanceOf(GuidesView.class);
        assertThat(content.openVersion(animal.id()).orElseThrow().text(Language.EN)).contains("title: Written but not saved");
    }

    @Autowired
    org.passerelle.insights.GapService gaps;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.passerelle.MutableClock clock;

    /** A failed question, three times, turned into phrases for the guide from the content-gap list. */
    private void gapProposal(String guideId, List<String> phrases) {
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            events.publishEvent(new org.passerelle.kiosk.QuestionAnswered("editor-kiosk", Language.EN,
                    org.passerelle.kiosk.QuestionAnswered.Outcome.NOT_UNDERSTOOD, null, phrases.getFirst(), clock.instant()));
        }
        org.passerelle.insights.InsightsRecorded.await(context);
        long group = gaps.groups(Language.EN, org.passerelle.insights.GapStatus.OPEN).stream()
                .filter(g -> g.examples().contains(phrases.getFirst())).findFirst().orElseThrow().id();
        gaps.turnIntoTrainingPhrases(group, guideId, phrases, "dominique");
    }
}
