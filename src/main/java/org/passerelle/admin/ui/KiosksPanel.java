package org.passerelle.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HandoffService;
import org.passerelle.kiosk.EnrolmentCode;
import org.passerelle.kiosk.EnrolmentException;
import org.passerelle.kiosk.EnrolmentSettings;
import org.passerelle.kiosk.EnrolmentStatus;
import org.passerelle.kiosk.FleetSettings;
import org.passerelle.kiosk.KioskEnrolment;
import org.passerelle.kiosk.KioskFleet;
import org.passerelle.kiosk.KioskSettings;
import org.passerelle.kiosk.KioskStatus;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The kiosks part of the admin screen: register a kiosk and say where it stands; give it a one-time enrolment code
 * (shown once, in a dialog) for staff to type on the kiosk machine; revoke it, which stops its browser being the kiosk
 * at once. The services check again that an administrator is signed in.
 *
 * <p>The fleet: each kiosk's site, when its screen was last heard from, online or not and the kind of screen it shows
 * (never what is on it). A kiosk offline while its site was open is an alert: counted above the list, its row marked.
 * What it shows is read again by {@link #refresh()}, which the admin screen calls on its timer.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class KiosksPanel extends Composite<Section> {

    private final HandoffService handoff;
    private final KioskEnrolment enrolment;
    private final KioskSettings kiosk;
    private final EnrolmentSettings settings;
    private final KioskFleet fleet;
    private final FleetSettings fleetSettings;
    private final Grid<KioskStatus> kiosks = new Grid<>(KioskStatus.class, false);
    private final Span alerts = new Span();
    private Map<String, EnrolmentStatus> statuses = Map.of();

    KiosksPanel(HandoffService handoff, KioskEnrolment enrolment, KioskSettings kiosk, EnrolmentSettings settings,
            KioskFleet fleet, FleetSettings fleetSettings) {
        this.fleet = fleet;
        this.fleetSettings = fleetSettings;
        this.handoff = handoff;
        this.enrolment = enrolment;
        this.kiosk = kiosk;
        this.settings = settings;
    }

    @Override
    protected Section initContent() {
        kiosks.addColumn(KioskStatus::id).setHeader(t("admin.kiosk.id")).setAutoWidth(true);
        kiosks.addColumn(KioskStatus::name).setHeader(t("admin.kiosk.name")).setAutoWidth(true);
        kiosks.addColumn(KioskStatus::location).setHeader(t("admin.kiosk.location")).setAutoWidth(true);
        kiosks.addColumn(KioskStatus::siteName).setHeader(t("admin.fleet.site")).setAutoWidth(true);
        kiosks.addComponentColumn(this::connection).setHeader(t("admin.fleet.connection")).setAutoWidth(true);
        kiosks.addColumn(k -> k.screen() == null ? "" : t("admin.fleet.screen." + k.screen().name().toLowerCase(Locale.ROOT)))
                .setHeader(t("admin.fleet.screen")).setAutoWidth(true);
        kiosks.addColumn(k -> k.lastSeen() == null ? t("admin.fleet.never") : when(k.lastSeen()))
                .setHeader(t("admin.fleet.lastSeen")).setAutoWidth(true);
        kiosks.addColumn(k -> state(k.id())).setHeader(t("admin.kiosk.enrolment")).setAutoWidth(true);
        kiosks.addComponentColumn(this::actions).setHeader(t("admin.actions")).setAutoWidth(true);
        kiosks.setAllRowsVisible(true);
        kiosks.addClassName("kiosks");
        kiosks.setPartNameGenerator(k -> k.alert() ? "kiosk-alert" : null);
        alerts.addClassName("fleet-alerts");
        alerts.getElement().getThemeList().add("badge error");
        alerts.getElement().setAttribute("role", "status");
        TextField id = new TextField(t("admin.kiosk.id"));
        TextField name = new TextField(t("admin.kiosk.name"));
        TextField location = new TextField(t("admin.kiosk.location"));
        kiosks.addItemClickListener(e -> {
            id.setValue(e.getItem().id());
            name.setValue(e.getItem().name());
            location.setValue(e.getItem().location());
        });
        Button save = new Button(t("admin.kiosk.save"), e -> act(() -> handoff.registerKiosk(id.getValue().strip(),
                name.getValue().strip(), location.getValue().strip())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-kiosk");
        Div form = new Div(id, name, location, save);
        form.addClassName("agent-send-guide");
        refresh();
        return new Section(new H2(t("admin.kiosks")), alerts, new Paragraph(t("admin.kiosks.help")),
                new Paragraph(t("admin.kiosk.enrolment.help")), new Paragraph(t("admin.fleet.help", fleetSettings.onlineWithin().toSeconds())), kiosks, form);
    }

    /** Online, offline (since when) or never seen; offline while its site was open is marked as an alert. */
    private Span connection(KioskStatus status) {
        Span state = new Span(status.online() ? t("admin.fleet.online")
                : status.lastSeen() == null ? t("admin.fleet.neverSeen")
                : status.alert() ? t("admin.fleet.alert", when(status.offlineSince()))
                : t("admin.fleet.offline", when(status.offlineSince())));
        state.addClassName(status.alert() ? "kiosk-alert-" + status.id() : "kiosk-connection-" + status.id());
        state.getElement().getThemeList().add(status.online() ? "badge success" : status.alert() ? "badge error" : "badge contrast");
        return state;
    }

    private Div actions(KioskStatus info) {
        Button code = new Button(t("admin.kiosk.code"), e -> {
            EnrolmentCode issued = act(() -> enrolment.issueCode(info.id()));
            if (issued != null) {
                showOnce(info, issued);
            }
        });
        code.addThemeVariants(ButtonVariant.LUMO_SMALL);
        code.addClassName("issue-code-" + info.id());
        EnrolmentStatus status = statuses.getOrDefault(info.id(), EnrolmentStatus.none(info.id()));
        Button revoke = new Button(t("admin.kiosk.revoke"), e -> confirmRevoke(info));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.addClassName("revoke-" + info.id());
        revoke.setEnabled(status.enrolled() || status.codeExpiresAt() != null);
        return new Div(code, revoke);
    }

    /** The code in full, this once: only its hash is kept, so nobody can show it again. */
    private void showOnce(KioskStatus info, EnrolmentCode issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("admin.kiosk.code.heading", info.name()));
        Paragraph code = new Paragraph(issued.code());
        code.addClassName("enrolment-code-shown");
        code.getElement().setAttribute("translate", "no");
        dialog.add(code, new Paragraph(t("admin.kiosk.code.how", issued.code().replace("-", ""))),
                new Paragraph(t("admin.kiosk.code.once", when(issued.expiresAt()))));
        Button close = new Button(t("admin.kiosk.code.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClassName("close-code");
        dialog.getFooter().add(close);
        dialog.addClassName("enrolment-code-dialog");
        dialog.open();
    }

    private void confirmRevoke(KioskStatus info) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("admin.kiosk.revoke.heading", info.name()));
        dialog.add(new Paragraph(t("admin.kiosk.revoke.text")));
        Button yes = new Button(t("admin.kiosk.revoke"), e -> {
            dialog.close();
            act(() -> {
                enrolment.revoke(info.id());
                return info;
            });
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.addClassName("confirm-revoke");
        Button no = new Button(t("admin.kiosk.revoke.cancel"), e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    /** What an administrator needs to know: is a browser this kiosk, is a code waiting, was it revoked. */
    private String state(String kioskId) {
        EnrolmentStatus status = statuses.get(kioskId);
        String trusted = kioskId.equals(kiosk.id()) && settings.mode() == EnrolmentSettings.Mode.LOCAL_TRUSTED
                ? " " + t("admin.kiosk.state.local") : "";
        if (status == null) {
            return t("admin.kiosk.state.none") + trusted;
        }
        String state = status.enrolledAt() != null ? t("admin.kiosk.state.enrolled", when(status.enrolledAt()))
                : status.revokedAt() != null ? t("admin.kiosk.state.revoked", when(status.revokedAt()))
                : t("admin.kiosk.state.none");
        if (status.codeExpiresAt() != null) {
            state += " " + t("admin.kiosk.state.code", when(status.codeExpiresAt()));
        }
        return state + trusted;
    }

    void refresh() {
        statuses = enrolment.statuses();
        List<KioskStatus> all = fleet.fleet();
        kiosks.setItems(all);
        long alerted = all.stream().filter(KioskStatus::alert).count();
        alerts.setText(alerted == 0 ? "" : t("admin.fleet.alerts", alerted));
        alerts.setVisible(alerted > 0);
    }

    /** How many kiosks are marked as an alert now, as the badge above the list says (for tests). */
    String alertBadge() {
        return alerts.isVisible() ? alerts.getText() : "";
    }

    /** Runs an action; a refused one becomes a plain message in the administrator's language. */
    private <T> @Nullable T act(Supplier<T> action) {
        try {
            T result = action.get();
            Confirmation.show(t("admin.saved"));
            return result;
        } catch (EnrolmentException e) {
            error(t("admin.kiosk.problem." + e.problem().name().toLowerCase(Locale.ROOT)));
            return null;
        } catch (IllegalArgumentException e) {
            error(t("agent.invalid"));
            return null;
        } finally {
            refresh();
        }
    }

    private String when(@Nullable Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(at);
    }

    private void error(String message) {
        Notification note = Notification.show(message, 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
