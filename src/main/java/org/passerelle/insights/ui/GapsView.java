package org.passerelle.insights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.passerelle.insights.GapGroupSummary;
import org.passerelle.insights.GapKind;
import org.passerelle.insights.GapService;
import org.passerelle.insights.GapStatus;
import org.passerelle.insights.InsightsException;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Roles;
import org.passerelle.staff.ui.EditorLayout;

/**
 * The content gaps: groups of similarly worded questions the kiosk failed, the largest first, with how they failed
 * and a few examples (redacted). An editor turns a group into training phrases for a guide, marks it as needing a
 * new guide, or dismisses it; decided groups are listed apart. Questions are shown as text, never as markup.
 */
@Route(value = "editor/gaps", layout = EditorLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class GapsView extends InsightsPage {

    private final GapService gaps;
    private final String editor;
    private final Select<GapStatus> statusFilter = new Select<>();
    private final Div list = new Div();

    GapsView(GapService gaps, KnowledgeService knowledge, CurrentUser user) {
        super(knowledge, "insights.gaps");
        this.gaps = gaps;
        // Read once, while the navigation's request carries the signed-in user.
        this.editor = user.username().orElseThrow(() -> new IllegalStateException("content gaps need a signed-in editor"));
        addClassName("gaps-view");
        statusFilter.addClassName("status-filter");
        statusFilter.setItems(GapStatus.values());
        statusFilter.setValue(GapStatus.OPEN);
        statusFilter.addValueChangeListener(e -> render());
        list.addClassName("gap-groups");
        compose(list, statusFilter);
    }

    @Override
    protected void render() {
        statusFilter.setLabel(t("insights.gaps.filter.status"));
        statusFilter.setItemLabelGenerator(s -> t("insights.gaps.status." + s.name().toLowerCase(Locale.ROOT)));
        list.removeAll();
        GapStatus status = statusFilter.getValue() == null ? GapStatus.OPEN : statusFilter.getValue();
        List<GapGroupSummary> groups = gaps.groups(chosenLanguage(), status);
        if (groups.isEmpty()) {
            list.add(new Paragraph(status == GapStatus.OPEN ? t("insights.gaps.empty.open")
                    : t("insights.gaps.empty.decided")));
        }
        groups.forEach(group -> list.add(card(group)));
    }

    private Section card(GapGroupSummary group) {
        Section card = new Section();
        card.addClassName("gap-group");
        card.getElement().setAttribute("lang", group.language().code());
        String first = group.examples().isEmpty() ? t("insights.gaps.noExample") : group.examples().getFirst();
        H2 title = new H2(t("insights.gaps.group.heading", first));
        title.getElement().setAttribute("lang", group.language().code());
        Span count = new Span(t("insights.gaps.count", group.items()));
        count.addClassName("gap-count");
        Paragraph facts = new Paragraph(count, new Span(" · " + kinds(group.kinds()) + " · "
                + t("insights.language." + group.language().name().toLowerCase(Locale.ROOT)) + " · "
                + t("insights.gaps.seen", date(day(group.firstSeen())), date(day(group.lastSeen())))));
        facts.addClassName("gap-facts");
        card.add(title, facts);
        if (!group.guidesShown().isEmpty()) {
            // Wrong and unsure answers: which guide the kiosk showed for these questions.
            Paragraph shown = new Paragraph(t("insights.gaps.guidesShown",
                    String.join(", ", group.guidesShown().stream().map(this::guideTitle).toList())));
            shown.addClassName("gap-guides-shown");
            card.add(shown);
        }
        if (group.decision() != null) {
            card.add(decision(group));
        }
        H3 examplesHeading = new H3(t("insights.gaps.examples"));
        UnorderedList examples = new UnorderedList();
        examples.addClassName("gap-examples");
        examples.getElement().setAttribute("lang", group.language().code());
        group.examples().forEach(text -> examples.add(new ListItem(text)));
        card.add(examplesHeading, examples);
        if (group.status() == GapStatus.OPEN) {
            card.add(actions(group, card));
        }
        return card;
    }

    private Paragraph decision(GapGroupSummary group) {
        String what = t("insights.gaps.decision." + String.valueOf(group.decision()).toLowerCase(Locale.ROOT));
        String guide = group.guideId() == null ? "" : " " + t("insights.gaps.decision.guide", guideTitle(group.guideId()));
        String when = group.decidedAt() == null ? "" : date(day(group.decidedAt()));
        Paragraph line = new Paragraph(t("insights.gaps.decided", what, String.valueOf(group.decidedBy()), when) + guide
                + " " + (group.reopened() ? t("insights.gaps.reopened", group.itemsSinceDecision())
                        : t("insights.gaps.sinceDecision", group.itemsSinceDecision())));
        line.addClassName(group.reopened() ? "gap-reopened" : "gap-decision");
        return line;
    }

    private Div actions(GapGroupSummary group, Section card) {
        Button phrases = new Button(t("insights.gaps.action.phrases"));
        phrases.addClassName("turn-into-phrases");
        phrases.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newGuide = new Button(t("insights.gaps.action.newGuide"), e -> act(
                () -> gaps.markNeedsNewGuide(group.id(), editor), "insights.gaps.done.newGuide"));
        newGuide.addClassName("needs-new-guide");
        Button dismiss = new Button(t("insights.gaps.action.dismiss"), e -> act(
                () -> gaps.dismiss(group.id(), editor), "insights.gaps.done.dismissed"));
        dismiss.addClassName("dismiss");
        Div actions = new Div(phrases, newGuide, dismiss);
        actions.addClassName("gap-actions");
        phrases.addClickListener(e -> {
            phrases.setEnabled(false);
            card.add(phrasesForm(group, () -> {
                phrases.setEnabled(true);
                phrases.focus();
            }));
        });
        return actions;
    }

    /** Choose a guide, edit the phrases (one per line, the group's examples to start from), save or cancel. */
    private Div phrasesForm(GapGroupSummary group, Runnable cancelled) {
        Div form = new Div();
        form.addClassName("phrases-form");
        ComboBox<Guide> guide = new ComboBox<>(t("insights.gaps.phrases.guide"));
        guide.addClassName("phrases-guide");
        guide.setItems(knowledge.current().guides().stream().sorted(Comparator.comparing(this::title)).toList());
        guide.setItemLabelGenerator(this::title);
        guide.setRequiredIndicatorVisible(true);
        TextArea phrases = new TextArea(t("insights.gaps.phrases.label"));
        phrases.addClassName("phrases-text");
        phrases.setHelperText(t("insights.gaps.phrases.help"));
        phrases.setValue(String.join("\n", gaps.suggestedPhrases(group.id())));
        phrases.getElement().setAttribute("lang", group.language().code());
        Button save = new Button(t("insights.gaps.phrases.save"), e -> {
            Guide chosen = guide.getValue();
            if (chosen == null) {
                guide.setInvalid(true);
                guide.setErrorMessage(t("insights.gaps.phrases.chooseGuide"));
                return;
            }
            List<String> lines = Arrays.asList(phrases.getValue().split("\\R"));
            act(() -> gaps.turnIntoTrainingPhrases(group.id(), chosen.id(), lines, editor), "insights.gaps.done.phrases");
        });
        save.addClassName("save-phrases");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t("insights.gaps.phrases.cancel"), e -> {
            form.removeFromParent();
            cancelled.run();
        });
        cancel.addClassName("cancel-phrases");
        Div buttons = new Div(save, cancel);
        buttons.addClassName("gap-actions");
        form.add(guide, phrases, buttons);
        guide.focus();
        return form;
    }

    private void act(Supplier<?> action, String doneKey) {
        try {
            action.get();
            Notification done = Notification.show(t(doneKey), 4000, Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InsightsException e) {
            problem(e);
        }
        render();
    }

    private String kinds(Map<GapKind, Integer> kinds) {
        List<String> parts = new ArrayList<>();
        for (GapKind kind : GapKind.values()) {
            int n = kinds.getOrDefault(kind, 0);
            if (n > 0) {
                parts.add(t("insights.gaps.kind." + kind.name().toLowerCase(Locale.ROOT), n));
            }
        }
        return String.join(" · ", parts);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
