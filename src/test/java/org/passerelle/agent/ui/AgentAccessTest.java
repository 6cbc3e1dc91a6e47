package org.passerelle.agent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.security.Roles;
import org.passerelle.security.ui.LoginView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** Only agents open the console; same configuration as ViewAccessTest, so they share one context. */
@SpringBootTest
@Import(MutableClock.Config.class)
class AgentAccessTest extends SpringBrowserlessTest {

    @Test
    void someone_not_signed_in_gets_the_login_view_instead_of_the_console() {
        UI.getCurrent().navigate(AgentView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "dominique", roles = Roles.EDITOR)
    void an_editor_is_refused_the_agent_console() {
        UI.getCurrent().navigate(AgentView.class);

        assertThat(getCurrentView()).isNotInstanceOf(AgentView.class).isNotInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "alex", roles = Roles.AGENT)
    void an_agent_opens_the_console() {
        UI.getCurrent().navigate(AgentView.class);

        assertThat(getCurrentView()).isInstanceOf(AgentView.class);
    }
}
