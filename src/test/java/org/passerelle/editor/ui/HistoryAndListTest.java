package org.passerelle.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.content.GuideVersion;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.passerelle.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The guide list, a guide's history (compare, roll back), and who may open the editor at all. */
class HistoryAndListTest extends EditorUiTest {

    @Autowired
    KnowledgeService knowledge;

    private String tableText(String className) {
        return $(NativeTable.class).withClassName(className).single().getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "dominique", roles = Roles.EDITOR)
    void an_editor_sees_no_link_to_the_administration() {
        navigate(GuidesView.class);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().equals("admin"));
    }

    @Test
    @WithMockUser(username = "dominique", roles = Roles.EDITOR)
    void the_list_shows_each_guide_with_what_kiosks_show_and_flags_a_missing_or_older_side() {
        Animal published = newAnimal("listed");
        publishedBy("alice", "bruno", published);
        Animal half = newAnimal("halfdone");
        content.createGuide(half.id(), english(half).toText(), "");
        Animal older = newAnimal("older");
        content.createGuide(older.id(), english(older).toText(),
                french(older).toText().replace("last-reviewed: 2026-11-20", "last-reviewed: 2025-01-15"));

        navigate(GuidesView.class);

        String table = tableText("guide-table");
        assertThat(table).contains("passport-renewal", "Renew your passport", "Adopt a " + published.word(),
                half.id(), "French side missing", "French side older");
        test($(TextField.class).withClassName("guide-search").single()).setValue(half.id());
        assertThat(tableText("guide-table")).contains(half.id()).doesNotContain("passport-renewal");
        test($(TextField.class).withClassName("guide-search").single()).clear();
        @SuppressWarnings("unchecked")
        Select<GuidesView.Filter> filter = $(Select.class).withClassName("guide-filter").single();
        test(filter).selectItem("Flagged (a language missing or older)");
        assertThat(tableText("guide-table")).contains(half.id(), older.id()).doesNotContain(published.id());
    }

    @Autowired
    org.passerelle.insights.GapService gaps;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    @WithMockUser(username = "dominique", roles = Roles.EDITOR)
    void questions_that_need_a_new_guide_start_one_whose_phrases_are_the_citizens_words() {
        String question = "where do i license my glorbnat";
        for (int i = 0; i < 2; i++) {
            events.publishEvent(new org.passerelle.kiosk.QuestionAnswered("list-kiosk", Language.EN,
                    org.passerelle.kiosk.QuestionAnswered.Outcome.NOT_UNDERSTOOD, null, i == 0 ? question
                            : "glorbnat licence, my phone is 613-555-0199", java.time.Instant.now()));
        }
        org.passerelle.insights.InsightsRecorded.await(context);
        long group = gaps.groups(Language.EN, org.passerelle.insights.GapStatus.OPEN).stream()
                .filter(g -> g.examples().contains(question)).findFirst().orElseThrow().id();
        gaps.markNeedsNewGuide(group, "dominique");

        navigate(GuidesView.class);
        String waiting = $(com.vaadin.flow.component.html.Section.class).withClassName("waiting-for-guides").single()
                .getElement().getTextRecursively();
        assertThat(waiting).contains(question, "marked by dominique").doesNotContain("613-555-0199");
        test($(TextField.class).withClassName("waiting-guide-id").single()).setValue("glorbnat-licence");
        test($(Button.class).withClassName("start-guide-for-gap").single()).click();

        assertThat(getCurrentView()).isInstanceOf(GuideEditorView.class);
        GuideVersion draft = content.openVersion("glorbnat-licence").orElseThrow();
        assertThat(draft.text(Language.EN)).contains("- " + question);
        assertThat(draft.text(Language.FR)).isEmpty();
        assertThat(gaps.waitingForNewGuide()).noneMatch(g -> g.id() == group);
        assertThat(gaps.group(group).orElseThrow().guideId()).isEqualTo("glorbnat-licence");
    }

    @Test
    @WithMockUser(username = "dominique", roles = Roles.EDITOR)
    void a_bad_guide_id_is_refused_in_words_and_nothing_is_created() {
        navigate(GuidesView.class);
        test($(TextField.class).withClassName("new-guide-id").single()).setValue("Bad id <script>");
        test($(Button.class).withClassName("create-guide").single()).click();

        assertThat(getCurrentView()).isInstanceOf(GuidesView.class);
        assertThat($(Div.class).withClassName("editor-alerts").single().getElement().getTextRecursively())
                .contains("A guide id is lowercase letters, digits and dashes");
    }

    @Test
    @WithMockUser(username = "dominique", roles = Roles.EDITOR)
    void history_compares_two_versions_line_by_line_and_rolls_back_to_an_earlier_one() {
        Animal animal = newAnimal("history");
        publishedBy("alice", "bruno", animal);
        GuideVersion draft = as("alice", Roles.EDITOR, () -> content.startDraft(animal.id()));
        String changed = english(animal).toText().replace("Give the form to the clerk.", "Give the form to the clerk at desk 4.");
        as("alice", Roles.EDITOR, () -> content.saveDraft(animal.id(), draft.number(), draft.lockVersion(), changed,
                draft.text(Language.FR)));
        GuideVersion saved = content.openVersion(animal.id()).orElseThrow();
        GuideVersion submitted = as("alice", Roles.EDITOR, () -> content.submit(animal.id(), saved.number(),
                saved.lockVersion()));
        GuideVersion approved = content.approve(animal.id(), submitted.number(), submitted.lockVersion());
        content.publish(animal.id(), approved.number(), approved.lockVersion());
        assertThat(knowledge.current().guide(animal.id()).orElseThrow().text(Language.EN).steps().get(1).body())
                .contains("desk 4");

        navigate(HistoryView.route(animal.id()), HistoryView.class);

        String diff = $(Div.class).withClassName("comparison").single().getElement().getTextRecursively();
        assertThat(diff).contains("− line", "Give the form to the clerk.", "+ line", "Give the form to the clerk at desk 4.",
                "No change in this language.");
        assertThat(tableText("audit-table")).contains("published", "approved", "dominique", "alice");

        test($(Button.class).withClassName("roll-back").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        fireConfirm(confirm);

        assertThat(knowledge.current().guide(animal.id()).orElseThrow().text(Language.EN).steps().get(1).body())
                .isEqualTo("Give the form to the clerk.");
        assertThat(content.publishedVersion(animal.id()).orElseThrow().number()).isEqualTo(3);
        assertThat(tableText("version-table")).contains("version 3 (from version 1)");
    }

    private static void fireConfirm(ConfirmDialog dialog) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
    }

    @Test
    void someone_not_signed_in_gets_the_login_view_instead_of_the_editor() {
        UI.getCurrent().navigate(GuidesView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        UI.getCurrent().navigate("editor/guide/passport-renewal");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        UI.getCurrent().navigate("editor/guide/passport-renewal/history");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "alex", roles = Roles.AGENT)
    void an_agent_is_refused_every_editor_screen() {
        for (String route : List.of("editor", "editor/guide/passport-renewal", "editor/guide/passport-renewal/history")) {
            UI.getCurrent().navigate(route);
            var view = getCurrentView();
            assertThat(view).as(route).isNotInstanceOf(EditorPage.class).isNotInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMIN)
    void an_administrator_opens_the_editor() {
        navigate(GuidesView.class);
        assertThat(getCurrentView()).isInstanceOf(GuidesView.class);
        assertThat($(Anchor.class).all()).anyMatch(a -> a.getHref().equals("editor/guide/passport-renewal"))
                .anyMatch(a -> a.getHref().equals("admin") && a.getText().equals("Administration"));
    }
}
