package org.passerelle.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffService;
import org.passerelle.security.AccountException;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.passerelle.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Same configuration as ViewAccessTest and AgentAccessTest, so they share one Spring context. */
@SpringBootTest
@Import(MutableClock.Config.class)
class AdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    HandoffService handoff;

    private TextField field(String label) {
        return $(TextField.class).withCaption(label).first();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = {Roles.ADMIN, Roles.EDITOR})
    void an_administrator_creates_an_agent_account_and_can_disable_it() {
        navigate(AdminView.class);
        test(field("Username")).setValue("mlavoie");
        test(field("Name")).setValue("Marie Lavoie");
        test($(PasswordField.class).first()).setValue("a long enough passphrase");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = $(CheckboxGroup.class).first();
        roles.setValue(Set.of(Roles.AGENT));
        test($(Button.class).withClassName("create-account").single()).click();

        assertThat(users.find("mlavoie")).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Roles.AGENT));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.passerelle.security.StaffAccount> grid =
                $(com.vaadin.flow.component.grid.Grid.class).withClassName("accounts").single();
        assertThat(grid.getGenericDataView().getItems()).anyMatch(a -> a.username().equals("mlavoie"));
        users.setEnabled("mlavoie", false);
        assertThat(users.find("mlavoie").orElseThrow().enabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void an_administrator_cannot_disable_their_own_account() {
        if (!users.exists("root-admin")) {
            users.create("root-admin", "Root", "a long enough passphrase", Set.of(Roles.ADMIN));
        }
        assertThatThrownBy(() -> users.setEnabled("root-admin", false)).isInstanceOf(AccountException.class);
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void an_administrator_registers_a_kiosk_with_its_location() {
        navigate(AdminView.class);
        test(field("Kiosk id")).setValue("library-9");
        // Two fields are called "Name": the account's, then the kiosk's.
        test($(TextField.class).withCaption("Name").all().getLast()).setValue("Kiosk 9");
        test(field("Location")).setValue("West branch, 2nd floor");
        test($(Button.class).withClassName("save-kiosk").single()).click();

        assertThat(handoff.kiosk("library-9")).hasValueSatisfying(k -> assertThat(k.location()).isEqualTo("West branch, 2nd floor"));
    }

    @Test
    @WithMockUser(username = "dominique", roles = Roles.EDITOR)
    void an_editor_is_refused_the_admin_screen_and_the_account_service() {
        UI.getCurrent().navigate(AdminView.class);

        assertThat(getCurrentView()).isNotInstanceOf(AdminView.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setEnabled("dominique", false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "alex", roles = Roles.AGENT)
    void an_agent_is_refused_the_admin_screen() {
        UI.getCurrent().navigate(AdminView.class);

        assertThat(getCurrentView()).isNotInstanceOf(AdminView.class);
    }

    @Test
    void someone_not_signed_in_gets_the_login_view() {
        UI.getCurrent().navigate(AdminView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
