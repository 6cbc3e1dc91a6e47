package org.passerelle.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.security.Roles;
import org.passerelle.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Only editors and administrators open the content-gap and dashboard screens. */
class InsightsAccessTest extends EditorScreenTest {

    static final List<Class<? extends Component>> VIEWS = List.of(GapsView.class, DashboardView.class);

    @Test
    void someone_not_signed_in_gets_the_login_view_instead_of_either_screen() {
        for (Class<? extends Component> view : VIEWS) {
            UI.getCurrent().navigate(view);

            assertThat(getCurrentView()).as(view.getSimpleName()).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithMockUser(username = "alex", roles = Roles.AGENT)
    void an_agent_is_refused_both_screens() {
        for (Class<? extends Component> view : VIEWS) {
            UI.getCurrent().navigate(view);

            assertThat(getCurrentView()).as(view.getSimpleName()).isNotInstanceOf(view).isNotInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithMockUser(username = "dominique", roles = Roles.EDITOR)
    void an_editor_opens_both_screens() {
        for (Class<? extends Component> view : VIEWS) {
            UI.getCurrent().navigate(view);

            assertThat(getCurrentView()).isInstanceOf(view);
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMIN)
    void an_administrator_opens_both_screens() {
        for (Class<? extends Component> view : VIEWS) {
            UI.getCurrent().navigate(view);

            assertThat(getCurrentView()).isInstanceOf(view);
        }
    }
}
