package org.passerelle.editor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.content.CheckReport;
import org.passerelle.content.ClassifierCheck;
import org.passerelle.content.ContentKind;
import org.passerelle.content.ContentException;
import org.passerelle.content.ContentService;
import org.passerelle.content.Finding;
import org.passerelle.knowledge.GuideForm;
import org.passerelle.content.GuideVersion;
import org.passerelle.content.Readability;
import org.passerelle.content.VersionState;
import org.passerelle.insights.GapService;
import org.passerelle.insights.TrainingPhrases;
import org.passerelle.kiosk.GuidePreview;
import org.passerelle.staff.ui.EditorLayout;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Roles;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * One guide: its two language sides side by side, editable while the version is a draft, with the workflow's next
 * steps (save, check, submit, approve or send back, publish now or later), the checks, the classifier check, the
 * kiosk preview and the training phrases proposed from the content-gap list.
 *
 * <p>Life events and referrals open here too ({@code editor/life-event/<id>}, {@code editor/referral/<id>}), with the
 * same workflow and history: their two files side by side as text, in their format, checked by their parsers (a
 * problem names its file and line). The form, preview, classifier check and proposed phrases are the guides' own.
 *
 * <p>Nothing is lost and nothing is silently overwritten: when someone else changed the version since this screen
 * read it, saving is refused and what this editor wrote stays in the form, next to a way to load the other version.
 */
@Route(value = "editor/guide/:guideId", layout = EditorLayout.class)
@RouteAlias(value = "editor/life-event/:guideId", layout = EditorLayout.class)
@RouteAlias(value = "editor/referral/:guideId", layout = EditorLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class GuideEditorView extends EditorPage implements BeforeEnterObserver, BeforeLeaveObserver {

    private final ContentService content;
    private final KnowledgeService knowledge;
    private final GapService gaps;
    private final GuidePreview preview;
    /** Publishing and the classifier check take seconds: they run here, off the screen's thread. */
    private final TaskExecutor background;
    private final Clock clock;
    private final String editor;

    /** The entry's key ({@link ContentKind#key}): a guide's id, or the folder and id of a life event or referral. */
    private String guideId = "";
    private ContentKind kind = ContentKind.GUIDE;
    private Optional<GuideVersion> published = Optional.empty();
    private Optional<GuideVersion> open = Optional.empty();
    private @Nullable SidesForm form;
    private final Map<Language, TextArea> texts = new EnumMap<>(Language.class);
    private boolean asText;
    private boolean dirty;
    private boolean conflict;
    private final Div checks = new Div();
    private final ClassifierReport classifier = new ClassifierReport(this::table);
    private final Div proposals = new Div();

    /**
     * @param applicationTaskExecutor the application's task executor (Spring Boot's, by that name if there are
     *                                several), rather than a thread of the screen's own per action
     */
    GuideEditorView(ContentService content, KnowledgeService knowledge, GapService gaps, GuidePreview preview,
            CurrentUser user, TaskExecutor applicationTaskExecutor, Clock clock) {
        this.background = applicationTaskExecutor;
        this.clock = clock;
        this.content = content;
        this.knowledge = knowledge;
        this.gaps = gaps;
        this.preview = preview;
        // Read once, while the navigation's request carries the signed-in user.
        this.editor = user.username().orElse("");
        addClassName("guide-editor");
        checks.addClassName("check-report");
        proposals.addClassName("proposed-phrases");
    }

    /** The editor of a guide, life event or referral, by its key. */
    static String route(String guideId) {
        return EntryRoutes.editor(guideId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kind = EntryRoutes.kind(event.getLocation());
        guideId = kind.key(event.getRouteParameters().get("guideId").orElse(""));
        load();
    }

    /** Reads the guide again and forgets any edit. */
    private void load() {
        conflict = false;
        markSaved();
        try {
            published = content.publishedVersion(guideId);
            open = content.openVersion(guideId);
        } catch (ContentException e) {
            published = Optional.empty();
            open = Optional.empty();
        }
        form = null;
        texts.clear();
        checks.removeAll();
        classifier.removeAll();
        asText = kind != ContentKind.GUIDE;
        shown().ifPresent(version -> {
            Map<Language, GuideForm> sides = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                if (asText) {
                    break;
                }
                String text = version.text(language);
                Optional<GuideForm> side = text.isBlank() ? Optional.of(GuideForm.blank(guideId, language)) : GuideForm.parse(text);
                if (side.isEmpty()) {
                    asText = true;
                } else {
                    sides.put(language, side.get());
                }
            }
            if (!asText) {
                form = newForm(sides);
            }
            for (Language language : Language.values()) {
                TextArea area = new TextArea();
                area.setValue(version.text(language));
                area.addClassName("side-text");
                area.addClassName("side-" + language.code());
                area.getElement().setAttribute("lang", language.code());
                area.setWidthFull();
                area.addValueChangeListener(e -> markDirty());
                texts.put(language, area);
            }
        });
    }

    private SidesForm newForm(Map<Language, GuideForm> sides) {
        return new SidesForm(guideId, sides, knowledge.current().topics(),
                knowledge.current().guides().stream().map(Guide::id).sorted().toList(), this::markDirty, getLocale());
    }

    /**
     * Something was written and not saved yet: until it is, leaving the screen asks first, and so does closing or
     * reloading the browser tab.
     */
    private void markDirty() {
        if (!dirty) {
            dirty = true;
            getElement().executeJs("window.onbeforeunload = e => { e.preventDefault(); return ''; }");
        }
    }

    private void markSaved() {
        if (dirty) {
            dirty = false;
            getElement().executeJs("window.onbeforeunload = null");
        }
    }

    /** Leaving with unsaved changes: save them, leave them, or stay. Nothing is lost without being asked. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty || !editable()) {
            markSaved();
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(t("editor.leave.heading"), t("editor.leave.text"),
                t("editor.leave.save"), e -> {
                    if (save().isPresent()) {
                        leave.proceed();
                    }
                });
        confirm.setRejectable(true);
        confirm.setRejectText(t("editor.leave.discard"));
        confirm.addRejectListener(e -> {
            markSaved();
            leave.proceed();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(t("editor.leave.stay"));
        confirm.open();
    }

    /** The version on screen: the one in the workflow, else the published one. */
    private Optional<GuideVersion> shown() {
        return open.or(() -> published);
    }

    private boolean editable() {
        return open.filter(v -> v.state() == VersionState.DRAFT).isPresent() && !conflict;
    }

    /** The other language: the form is drawn again with its labels in it, keeping what was written. */
    @Override
    public void localeChange(com.vaadin.flow.i18n.LocaleChangeEvent event) {
        if (form != null && !asText) {
            boolean wasDirty = dirty;
            form = newForm(form.sides());
            dirty = wasDirty;
        }
        super.localeChange(event);
    }

    @Override
    protected void render() {
        removeAll();
        Optional<GuideVersion> version = shown();
        if (version.isEmpty()) {
            add(new H1(t("editor." + EntryRoutes.key(kind) + ".notFound")), alerts(), back());
            return;
        }
        GuideVersion v = version.get();
        String title = title(v);
        H1 heading = new H1(title.isBlank() ? guideId : title);
        Span id = new Span(ContentKind.id(guideId));
        id.addClassName("guide-id");
        add(back(), heading, id, status(v));
        List<String> flags = flags(v);
        if (!flags.isEmpty()) {
            Div badges = new Div();
            badges.addClassName("version-flags");
            flags.forEach(flag -> {
                Span badge = new Span(flag);
                badge.addClassName("flag");
                badges.add(badge);
            });
            add(badges);
        }
        add(alerts());
        if (conflict) {
            Div box = new Div(new Paragraph(t("editor.conflict")));
            Button reload = new Button(t("editor.conflict.reload"), e -> {
                load();
                render();
            });
            reload.addClassName("reload-latest");
            box.add(reload);
            box.addClassName("editor-problem");
            box.getElement().setAttribute("role", "alert");
            add(box);
        }
        if (v.reviewComment() != null && v.state() == VersionState.DRAFT) {
            Paragraph comment = new Paragraph(t("editor.reviewComment", v.reviewComment()));
            comment.addClassName("review-comment");
            add(comment);
        }
        add(actions(v));
        drawProposals();
        add(proposals);
        if (form != null && !asText) {
            form.setReadOnly(!editable());
            add(form);
        } else {
            Section raw = new Section(new H2(t(kind == ContentKind.GUIDE ? "editor.text.heading"
                    : "editor." + EntryRoutes.key(kind) + ".files")), new Paragraph(t(kind == ContentKind.GUIDE
                    ? "editor.text.intro" : "editor.text.intro." + EntryRoutes.key(kind))));
            raw.addClassName("form-section");
            Div row = new Div();
            row.addClassName("side-by-side");
            texts.forEach((language, area) -> {
                area.setLabel(t("editor.text.side", t("editor.side." + language.code())));
                area.setReadOnly(!editable());
                row.add(area);
            });
            raw.add(row);
            add(raw);
        }
        Section checkSection = new Section(new H2(t("editor.checks.heading")), checks);
        checkSection.addClassName("form-section");
        add(checkSection);
        if (kind == ContentKind.GUIDE) {
            Section classifierSection = new Section(new H2(t("editor.classifier.heading")),
                    new Paragraph(t("editor.classifier.intro")), classifier);
            classifierSection.addClassName("form-section");
            add(classifierSection);
        }
    }

    private Anchor back() {
        Anchor back = new Anchor(EntryRoutes.list(kind), t("editor." + EntryRoutes.key(kind) + ".back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-to-list");
        return back;
    }

    private String title(GuideVersion v) {
        Language mine = language();
        if (kind != ContentKind.GUIDE) {
            return v.title(mine).isBlank() ? v.title(mine.other()) : v.title(mine);
        }
        return GuideForm.parse(v.text(mine)).map(GuideForm::title).filter(s -> !s.isBlank())
                .or(() -> GuideForm.parse(v.text(mine.other())).map(GuideForm::title)).orElse("");
    }

    private Paragraph status(GuideVersion v) {
        StringBuilder text = new StringBuilder();
        text.append(published.map(p -> t("editor.status.published", p.number(), when(p.published() == null
                ? p.updated().at() : p.published().at()))).orElse(t("editor.status.neverPublished")));
        open.ifPresent(o -> {
            text.append(' ').append(t("editor.status.open", o.number(), state(o.state()), o.updated().by(),
                    when(o.updated().at())));
            if (o.state() == VersionState.SCHEDULED && o.publishAt() != null) {
                text.append(' ').append(t("editor.status.scheduled", when(o.publishAt())));
            }
        });
        Paragraph status = new Paragraph(text.toString());
        status.addClassName("version-status");
        return status;
    }

    // ---- Actions ------------------------------------------------------------------------------------

    private Div actions(GuideVersion v) {
        Div bar = new Div();
        bar.addClassName("editor-actions");
        if (open.isEmpty()) {
            bar.add(button("editor.action.startDraft", "start-draft", true, this::startDraft));
        } else {
            switch (v.state()) {
                case DRAFT -> {
                    if (!conflict) {
                        bar.add(button("editor.action.save", "save-draft", true, this::saveClicked),
                                button("editor.action.submit", "submit", true, this::submit));
                        if (kind == ContentKind.GUIDE) {
                            bar.add(button(asText ? "editor.action.asForm" : "editor.action.asText", "toggle-text",
                                    false, this::toggleText));
                        }
                        bar.add(button("editor.action.discard", "discard", false, this::discard));
                    }
                }
                case SUBMITTED -> {
                    boolean own = v.contributors().contains(editor);
                    Button approve = button("editor.action.approve", "approve", true, () -> act(
                            () -> content.approve(guideId, v.number(), v.lockVersion()), "editor.done.approved"));
                    approve.setEnabled(!own);
                    bar.add(approve, button("editor.action.reject", "reject", false, this::reject));
                    if (own) {
                        Span why = new Span(t("editor.ownChange"));
                        why.addClassName("hint");
                        bar.add(why);
                    }
                }
                case APPROVED -> bar.add(
                        button("editor.action.publish", "publish", true, () -> publish(v)),
                        button("editor.action.schedule", "schedule", false, this::schedule));
                case SCHEDULED -> bar.add(button("editor.action.unschedule", "unschedule", false, () -> act(
                        () -> content.unschedule(guideId, v.number(), v.lockVersion()), "editor.done.unscheduled")));
                default -> { }
            }
        }
        bar.add(button("editor.action.check", "run-checks", false, this::runChecks));
        if (kind == ContentKind.GUIDE) {
            bar.add(button("editor.action.checkClassifier", "check-classifier", false, this::checkClassifier),
                    button("editor.action.preview.en", "preview-en", false, () -> preview(Language.EN)),
                    button("editor.action.preview.fr", "preview-fr", false, () -> preview(Language.FR)));
        }
        Anchor history = new Anchor(HistoryView.route(guideId), t("editor.action.history"));
        history.getElement().setAttribute("router-link", true);
        history.addClassName("history-link");
        bar.add(history);
        return bar;
    }

    private Button button(String key, String className, boolean primary, Runnable action) {
        Button button = new Button(t(key), e -> action.run());
        button.addClassName(className);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private interface Change {
        GuideVersion apply();
    }

    /** Runs a workflow step; on success reads the guide again, else says why and changes nothing. */
    private void act(Change change, String doneKey) {
        try {
            change.apply();
            load();
            render();
            done(t(doneKey));
        } catch (ContentException e) {
            if (e.problem() == ContentException.Problem.CONFLICT) {
                load();
                render();
            }
            problem(e);
        }
    }

    /**
     * Publishing retrains the classifier: seconds. It runs off the screen's thread, the actions disabled and the
     * screen saying what happens meanwhile; the result arrives by server push.
     */
    private void publish(GuideVersion approved) {
        UI ui = UI.getCurrent();
        getChildren().filter(c -> c.hasClassName("editor-actions")).findFirst()
                .ifPresent(bar -> bar.getElement().setEnabled(false));
        Paragraph publishing = new Paragraph(t("editor.publishing"));
        publishing.addClassName("publishing");
        publishing.getElement().setAttribute("role", "status");
        alerts().add(publishing);
        Runnable task = () -> {
            try {
                content.publish(guideId, approved.number(), approved.lockVersion());
                ui.access(() -> {
                    load();
                    render();
                    done(t("editor.done.published"));
                });
            } catch (ContentException e) {
                ui.access(() -> {
                    load();
                    render();
                    problem(e);
                });
            }
        };
        inBackground(task);
    }

    private void startDraft() {
        act(() -> content.startDraft(guideId), "editor.done.draftStarted");
    }

    /** Saves; a life event or referral is checked at once, so a malformed line shows with its file and line. */
    private void saveClicked() {
        save().ifPresent(saved -> {
            render();
            done(t("editor.done.saved"));
            if (kind != ContentKind.GUIDE) {
                try {
                    drawChecks(content.check(guideId, saved.number()));
                } catch (ContentException e) {
                    problem(e);
                }
            }
        });
    }

    /** The texts as written on screen: a side with nothing written is left empty. */
    private Map<Language, String> currentTexts() {
        Map<Language, String> current = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (form != null && !asText) {
                current.put(language, form.blank(language) ? "" : form.sides().get(language).toText());
            } else {
                current.put(language, texts.get(language).getValue());
            }
        }
        return current;
    }

    /** Saves the draft when it changed; empty when refused (and then said why). */
    private Optional<GuideVersion> save() {
        GuideVersion draft = open.orElseThrow();
        if (!dirty) {
            return Optional.of(draft);
        }
        Map<Language, String> current = currentTexts();
        try {
            GuideVersion saved = content.saveDraft(guideId, draft.number(), draft.lockVersion(),
                    current.get(Language.EN), current.get(Language.FR));
            open = Optional.of(saved);
            markSaved();
            clearProblems();
            return Optional.of(saved);
        } catch (ContentException e) {
            if (e.problem() == ContentException.Problem.CONFLICT) {
                conflict = true;
                render();
            }
            problem(e);
            return Optional.empty();
        }
    }

    private void submit() {
        save().ifPresent(saved -> {
            try {
                content.submit(guideId, saved.number(), saved.lockVersion());
                load();
                render();
                done(t("editor.done.submitted"));
            } catch (ContentException e) {
                render();
                problem(e);
                if (e.problem() == ContentException.Problem.NOT_PUBLISHABLE) {
                    drawChecks(content.check(guideId, saved.number()));
                }
            }
        });
    }

    private void toggleText() {
        if (asText) {
            Map<Language, GuideForm> sides = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String text = texts.get(language).getValue();
                Optional<GuideForm> side = text.isBlank() ? Optional.of(GuideForm.blank(guideId, language)) : GuideForm.parse(text);
                if (side.isEmpty()) {
                    alerts().add(new Paragraph(t("editor.text.notAForm", t("editor.side." + language.code()))));
                    return;
                }
                sides.put(language, side.get());
            }
            form = newForm(sides);
            asText = false;
        } else {
            currentTexts().forEach((language, text) -> texts.get(language).setValue(text));
            asText = true;
        }
        boolean wasDirty = dirty;
        render();
        dirty = wasDirty;
    }

    private void discard() {
        GuideVersion draft = open.orElseThrow();
        ConfirmDialog confirm = new ConfirmDialog(t("editor.discard.heading"), t("editor.discard.text"),
                t("editor.discard.confirm"), e -> act(() -> {
                    content.discardDraft(guideId, draft.number(), draft.lockVersion());
                    return draft;
                }, "editor.done.discarded"));
        confirm.setCancelable(true);
        confirm.setCancelText(t("editor.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void reject() {
        GuideVersion submitted = open.orElseThrow();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("editor.reject.heading"));
        TextArea comment = new TextArea(t("editor.reject.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.addClassName("reject-comment");
        Button send = new Button(t("editor.reject.send"), e -> {
            dialog.close();
            act(() -> content.reject(guideId, submitted.number(), submitted.lockVersion(), comment.getValue()),
                    "editor.done.rejected");
        });
        send.addClassName("send-back");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(comment);
        dialog.getFooter().add(new Button(t("editor.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void schedule() {
        GuideVersion approved = open.orElseThrow();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("editor.schedule.heading"));
        DateTimePicker at = new DateTimePicker(t("editor.schedule.at"));
        at.setLocale(getLocale());
        at.setMin(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()).plusMinutes(1));
        at.addClassName("schedule-at");
        Button confirm = new Button(t("editor.schedule.confirm"), e -> {
            if (at.getValue() == null) {
                at.setInvalid(true);
                at.setErrorMessage(t("editor.schedule.required"));
                return;
            }
            dialog.close();
            act(() -> content.schedule(guideId, approved.number(), approved.lockVersion(),
                    at.getValue().atZone(ZoneId.systemDefault()).toInstant()), "editor.done.scheduled");
        });
        confirm.addClassName("confirm-schedule");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(at);
        dialog.getFooter().add(new Button(t("editor.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    // ---- Preview, checks, classifier ----------------------------------------------------------------

    /** The version to check or preview: the draft is saved first, so that what is checked is what is written. */
    private Optional<GuideVersion> current() {
        if (editable()) {
            return save();
        }
        return shown();
    }

    private void preview(Language language) {
        current().ifPresent(v -> {
            try {
                Guide guide = content.preview(guideId, v.number());
                preview.show(guide, v.number(), language, route(guideId));
            } catch (ContentException e) {
                problem(e);
            }
        });
    }

    private void runChecks() {
        current().ifPresent(v -> {
            try {
                drawChecks(content.check(guideId, v.number()));
            } catch (ContentException e) {
                problem(e);
            }
        });
    }

    private void drawChecks(CheckReport report) {
        checks.removeAll();
        Paragraph verdict = new Paragraph(report.publishable() ? t("editor.checks.ok", report.findings().size())
                : t("editor.checks.errors", report.errors().size()));
        verdict.addClassName(report.publishable() ? "checks-ok" : "checks-blocked");
        verdict.getElement().setAttribute("role", "status");
        checks.add(verdict);
        for (Language language : Language.values()) {
            Readability r = report.readability().get(language);
            if (r != null && !Double.isNaN(r.score())) {
                NumberFormat one = NumberFormat.getNumberInstance(getLocale());
                one.setMaximumFractionDigits(0);
                NumberFormat words = NumberFormat.getNumberInstance(getLocale());
                words.setMaximumFractionDigits(1);
                Paragraph score = new Paragraph(t("editor.checks.readability", t("editor.side." + language.code()),
                        r.formula(), one.format(r.score()), t(r.score() >= 60 ? "editor.checks.plain"
                                : "editor.checks.notPlain"), words.format(r.wordsPerSentence())));
                score.addClassName("readability");
                checks.add(score);
            }
        }
        UnorderedList list = new UnorderedList();
        for (Finding f : report.findings()) {
            list.add(new ListItem(finding(f)));
        }
        checks.add(list);
    }

    private void checkClassifier() {
        Optional<GuideVersion> version = current();
        if (version.isEmpty()) {
            return;
        }
        int number = version.get().number();
        UI ui = UI.getCurrent();
        classifier.running();
        Runnable task = () -> {
            try {
                ClassifierCheck result = content.checkClassifier(guideId, number);
                ui.access(() -> classifier.show(result));
            } catch (ContentException e) {
                ui.access(() -> {
                    classifier.removeAll();
                    problem(e);
                });
            }
        };
        inBackground(task);
    }

    /** Runs {@code task} on the application's executor as the signed-in editor (the services check the role). */
    private void inBackground(Runnable task) {
        background.execute(new DelegatingSecurityContextRunnable(task));
    }

    // ---- Phrases from the content-gap list ----------------------------------------------------------

    private void drawProposals() {
        proposals.removeAll();
        if (form == null || asText) {
            return;
        }
        List<TrainingPhrases> proposed = gaps.trainingPhrasesFor(guideId);
        boolean any = false;
        UnorderedList list = new UnorderedList();
        for (TrainingPhrases p : proposed) {
            List<String> missing = p.phrases().stream()
                    .filter(phrase -> form.questions(p.language()).stream().noneMatch(q -> q.equalsIgnoreCase(phrase)))
                    .toList();
            if (missing.isEmpty()) {
                continue;
            }
            any = true;
            ListItem item = new ListItem();
            Span text = new Span(t("editor.proposed.item", t("editor.side." + p.language().code()), p.decidedBy(),
                    String.join(" · ", missing)));
            item.add(text);
            if (editable()) {
                Button add = new Button(t("editor.proposed.add", missing.size()), e -> {
                    int added = form.addQuestions(p.language(), missing);
                    if (added > 0) {
                        markDirty();
                    }
                    drawProposals();
                    done(t("editor.proposed.added", added));
                });
                add.addClassName("add-proposed");
                item.add(add);
            }
            list.add(item);
        }
        if (any) {
            proposals.add(new H2(t("editor.proposed.heading")), new Paragraph(t(editable() ? "editor.proposed.intro"
                    : "editor.proposed.startDraft")), list);
        }
    }

    @Override
    public String getPageTitle() {
        return shown().map(this::title).filter(s -> !s.isBlank()).orElse(ContentKind.id(guideId)) + " — "
                + t(kind == ContentKind.GUIDE ? "editor.list.heading" : "editor." + EntryRoutes.key(kind) + ".heading")
                + " — Passerelle";
    }

}
