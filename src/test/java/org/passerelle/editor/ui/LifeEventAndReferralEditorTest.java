package org.passerelle.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.content.TestEntries.lifeEvent;
import static org.passerelle.content.TestEntries.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.passerelle.content.ContentKind;
import org.passerelle.content.GuideVersion;
import org.passerelle.content.VersionState;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.referral.ReferralService;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Life events and referrals in the editor: listed, written in both languages side by side, reviewed, published. */
@WithMockUser(username = "dominique", roles = Roles.EDITOR)
class LifeEventAndReferralEditorTest extends EditorUiTest {

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    ReferralService referrals;

    private void click(String className) {
        test($(Button.class).withClassName(className).single()).click();
    }

    private TextArea side(Language language) {
        return $(TextArea.class).withClassName("side-" + language.code()).single();
    }

    private String checks() {
        return $(Div.class).withClassName("check-report").single().getElement().getTextRecursively();
    }

    private String status() {
        return $(Paragraph.class).withClassName("version-status").single().getText();
    }

    @Test
    void an_editor_finds_life_events_in_the_navigation_creates_one_and_writes_both_files_side_by_side() {
        String id = newAnimal("event").id();
        navigate(EntriesView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("editor/life-events", "editor/referrals");
        test($(TextField.class).withClassName("new-entry-id").single()).setValue(id);
        click("create-entry");
        assertThat(getCurrentView()).isInstanceOf(GuideEditorView.class);
        assertThat($(Button.class).withClassName("toggle-text").all()).isEmpty();
        assertThat($(Button.class).withClassName("check-classifier").all()).isEmpty();

        test(side(Language.EN)).setValue(lifeEvent(id, "Adopting a pet", Language.EN));
        test(side(Language.FR)).setValue(lifeEvent(id, "Adopter un animal", Language.FR));
        click("save-draft");

        GuideVersion saved = content.openVersion(ContentKind.LIFE_EVENT.key(id)).orElseThrow();
        assertThat(saved.text(Language.FR)).isEqualTo(lifeEvent(id, "Adopter un animal", Language.FR));
        assertThat(checks()).contains("Nothing blocks publication");
        navigate("editor/life-events", EntriesView.class);
        assertThat($(Anchor.class).withClassName("editor-entry-link").all()).extracting(Anchor::getText)
                .contains("Adopting a pet");
    }

    @Test
    void a_malformed_referral_line_is_shown_with_its_file_and_line_when_saved() {
        String id = newAnimal("bad").id();
        navigate("editor/referrals", EntriesView.class);
        test($(TextField.class).withClassName("new-entry-id").single()).setValue(id);
        click("create-entry");

        test(side(Language.EN)).setValue(referral(id, id + " permit", Language.EN));
        test(side(Language.FR)).setValue(referral(id, "permis " + id, Language.FR).replace("link: https", "link: http"));
        click("save-draft");

        assertThat(checks()).contains("Not in the file’s format", "referrals/" + id + "/fr.md:9");
        click("submit");
        assertThat(content.openVersion(ContentKind.REFERRAL.key(id)).orElseThrow().state()).isEqualTo(VersionState.DRAFT);
    }

    @Test
    void a_second_editor_approves_and_publishes_a_referral_and_kiosks_match_it_at_once_then_its_history_shows_it() {
        String word = newAnimal("ref").word();
        String id = "permit-" + word;
        String key = ContentKind.REFERRAL.key(id);
        GuideVersion draft = as("alice", Roles.EDITOR, () -> content.create(ContentKind.REFERRAL, id,
                referral(id, word + " permit", Language.EN), referral(id, "permis " + word, Language.FR)));
        as("alice", Roles.EDITOR, () -> content.submit(key, draft.number(), draft.lockVersion()));
        assertThat(referrals.match("renew my " + word + " permit")).isEmpty();

        navigate("editor/referral/" + id, GuideEditorView.class);
        click("approve");
        click("publish");
        org.passerelle.Eventually.eventually(() -> {
            com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(status()).contains("Citizens see version 1");
        });

        assertThat(referrals.match("renew my " + word + " permit")).map(m -> m.referral().id()).contains(id);
        navigate("editor/referral/" + id + "/history", HistoryView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).contains(id);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("alice", "dominique");
    }

    @Test
    void the_lists_and_the_editor_speak_french_to_a_french_editor() {
        navigate("editor/referrals", EntriesView.class);
        com.vaadin.flow.component.UI.getCurrent().setLocale(Language.FR.locale());
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Aiguillages");
        assertThat($(Button.class).withClassName("create-entry").single().getText()).isEqualTo("Créer l’aiguillage");
    }

    @Test
    void a_new_referral_can_start_as_a_copy_of_a_published_one() {
        String source = newAnimal("model").id();
        GuideVersion draft = as("alice", Roles.EDITOR, () -> content.create(ContentKind.REFERRAL, source,
                referral(source, source + " permit", Language.EN), referral(source, "permis " + source, Language.FR)));
        GuideVersion submitted = as("alice", Roles.EDITOR, () -> content.submit(draft.guideId(), draft.number(),
                draft.lockVersion()));
        GuideVersion approved = as("bruno", Roles.EDITOR, () -> content.approve(draft.guideId(), submitted.number(),
                submitted.lockVersion()));
        as("bruno", Roles.EDITOR, () -> content.publish(draft.guideId(), approved.number(), approved.lockVersion()));
        String id = newAnimal("copied").id();

        navigate("editor/referrals", EntriesView.class);
        test($(TextField.class).withClassName("new-entry-id").single()).setValue(id);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.passerelle.content.GuideSummary> startFrom =
                $(com.vaadin.flow.component.select.Select.class).withClassName("start-from").single();
        startFrom.setValue(startFrom.getListDataView().getItems().filter(e -> e.id().equals(draft.guideId()))
                .findFirst().orElseThrow());
        click("create-entry");

        assertThat(side(Language.FR).getValue()).isEqualTo(referral(id, "permis " + source, Language.FR));
        assertThat(side(Language.EN).getValue()).contains("id: " + id + "\n", "link: https://www.canada.ca/en.html");
    }
}
