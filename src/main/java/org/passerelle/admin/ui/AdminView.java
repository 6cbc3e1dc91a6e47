package org.passerelle.admin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.passerelle.admin.AdminFeed;
import org.passerelle.handoff.HandoffService;
import org.passerelle.security.AccountException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Roles;
import org.passerelle.security.StaffAccount;
import org.passerelle.security.UserService;
import org.passerelle.site.SiteService;

/**
 * Administration: create staff accounts, change their roles, turn them on or off; register kiosks, say where they
 * stand, enrol and revoke them ({@link KiosksPanel}); sites with their hours, and desks ({@link SitesPanel},
 * {@link DesksPanel}). Every action is checked again by the services (administrators only), so a screen cannot be
 * the only guard. What other administrators change (sites, desks, kiosks and their enrolment) reaches this screen by
 * push through {@link AdminFeed}, without a reload and without touching a form being filled in. The kiosk fleet
 * (online or not, the kind of screen, alerts) is read again every {@link #FLEET_REFRESH_MILLIS}.
 */
@Route("admin")
@RolesAllowed(Roles.ADMIN)
public class AdminView extends Div implements HasDynamicTitle {

    /**
     * How often the kiosk fleet is read again: a kiosk goes offline by saying nothing, so no change announces it. A
     * browser poll, one small request: the lists are short.
     */
    static final int FLEET_REFRESH_MILLIS = 30_000;

    private final UserService users;
    private final AdminFeed feed;
    private final KiosksPanel kiosks;
    private final SitesPanel sitesPanel;
    private final DesksPanel desksPanel;
    private final Grid<StaffAccount> accounts = new Grid<>(StaffAccount.class, false);
    private AdminFeed.@Nullable Subscription following;
    private @Nullable Registration polling;

    AdminView(UserService users, HandoffService handoff, KiosksPanel kiosks, CurrentUser user, SiteService sites,
            AdminFeed feed) {
        this.users = users;
        this.feed = feed;
        this.kiosks = kiosks;
        addClassName("admin-view");
        Button signOut = new Button(t("agent.logout"), e -> user.logout());
        signOut.addClassName("sign-out");
        Header header = new Header(new H1(t("admin.title")), signOut);
        header.addClassName("agent-header");
        sitesPanel = new SitesPanel(sites, handoff);
        desksPanel = new DesksPanel(sites);
        sitesPanel.addSitesEditedListener(e -> {
            desksPanel.refresh();
            kiosks.refresh();
        });
        add(header, new Main(accountsSection(), kiosks, sitesPanel, desksPanel));
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        following = feed.subscribe(change -> ui.access(this::changedElsewhere));
        ui.setPollInterval(FLEET_REFRESH_MILLIS);
        polling = ui.addPollListener(e -> kiosks.refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (following != null) {
            following.cancel();
            following = null;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    /**
     * A site, desk or kiosk changed (here or elsewhere, committed): every list is read again. Each panel keeps its
     * open form as typed and says if what it edits changed meanwhile. Which kind changed is not worth the bookkeeping:
     * the lists are short and a kiosk's site shows in the sites list.
     */
    void changedElsewhere() {
        kiosks.refresh();
        sitesPanel.refresh();
        desksPanel.refresh();
    }

    private Section accountsSection() {
        accounts.addColumn(StaffAccount::username).setHeader(t("admin.username")).setAutoWidth(true);
        accounts.addColumn(StaffAccount::displayName).setHeader(t("admin.displayName")).setAutoWidth(true);
        accounts.addColumn(a -> String.join(", ", new TreeSet<>(a.roles()))).setHeader(t("admin.roles")).setAutoWidth(true);
        accounts.addColumn(a -> t(a.enabled() ? "admin.enabled" : "admin.disabled")).setHeader(t("admin.state"));
        accounts.addComponentColumn(a -> {
            Button toggle = new Button(t(a.enabled() ? "admin.disable" : "admin.enable"),
                    e -> act(() -> users.setEnabled(a.username(), !a.enabled())));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            toggle.addClassName("toggle-" + a.username());
            return toggle;
        }).setHeader(t("admin.actions"));
        accounts.setAllRowsVisible(true);
        accounts.addClassName("accounts");

        TextField username = new TextField(t("admin.username"));
        TextField displayName = new TextField(t("admin.displayName"));
        PasswordField password = new PasswordField(t("admin.password"));
        password.setHelperText(t("admin.password.help"));
        CheckboxGroup<String> roles = new CheckboxGroup<>(t("admin.roles"));
        roles.setItems(List.of(Roles.AGENT, Roles.EDITOR, Roles.ADMIN));
        roles.setItemLabelGenerator(r -> t("admin.role." + r.toLowerCase(Locale.ROOT)));
        Button create = new Button(t("admin.create"), e -> {
            if (act(() -> users.createAsAdmin(username.getValue(), displayName.getValue(), password.getValue(),
                    roles.getValue()))) {
                username.clear();
                displayName.clear();
                password.clear();
                roles.clear();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-account");
        Button saveRoles = new Button(t("admin.saveRoles"), e -> act(() -> users.setRoles(username.getValue(), roles.getValue())));
        saveRoles.addClassName("save-roles");
        accounts.addItemClickListener(e -> {
            username.setValue(e.getItem().username());
            displayName.setValue(e.getItem().displayName());
            roles.setValue(Set.copyOf(e.getItem().roles()));
        });
        Div form = new Div(username, displayName, password, roles, create, saveRoles);
        form.addClassName("agent-send-guide");
        return new Section(new H2(t("admin.accounts")), new Paragraph(t("admin.accounts.help")), accounts, form);
    }

    private void refresh() {
        accounts.setItems(users.list());
    }

    /** Runs an action; a refused one becomes a plain message in the administrator's language. */
    private boolean act(Runnable action) {
        try {
            action.run();
            Confirmation.show(t("admin.saved"));
            return true;
        } catch (AccountException e) {
            error(t("admin.problem." + e.problem().name().toLowerCase(Locale.ROOT)));
            return false;
        } catch (IllegalArgumentException e) {
            error(t("agent.invalid"));
            return false;
        } finally {
            refresh();
        }
    }

    private void error(String message) {
        Notification note = Notification.show(message, 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("admin.title") + " — Passerelle";
    }
}
