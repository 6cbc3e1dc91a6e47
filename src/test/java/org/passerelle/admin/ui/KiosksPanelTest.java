package org.passerelle.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.KioskInfo;
import org.passerelle.kiosk.EnrolledDevice;
import org.passerelle.kiosk.KioskEnrolment;
import org.passerelle.security.Roles;
import org.passerelle.security.SecurityAudit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** The kiosks part of /admin. Same configuration as AdminViewTest, so they share one Spring context. */
@SpringBootTest
@Import(MutableClock.Config.class)
class KiosksPanelTest extends SpringBrowserlessTest {

    @Autowired
    HandoffService handoff;

    @Autowired
    KioskEnrolment enrolment;

    @Autowired
    SecurityAudit audit;

    private String kiosk() {
        String id = "panel-" + UUID.randomUUID();
        handoff.registerKiosk(id, "Kiosk " + id.substring(6, 12), "East branch");
        return id;
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<KioskInfo>, KioskInfo> grid() {
        return test($(Grid.class).withClassName("kiosks").single());
    }

    private int row(String kiosk) {
        GridTester<Grid<KioskInfo>, KioskInfo> grid = grid();
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id().equals(kiosk)).findFirst().orElseThrow();
    }

    /** A button in the kiosk's row (the grid makes them when it shows the row). */
    private Button action(String kiosk, String className) {
        return grid().getCellComponent(row(kiosk), 4).getChildren().map(Button.class::cast)
                .filter(b -> b.hasClassName(className + kiosk)).findFirst().orElseThrow();
    }

    private Button button(String className) {
        return $(Button.class).withClassName(className).single();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void an_administrator_gets_a_code_shown_once_that_enrols_the_kiosk_and_then_revokes_it() {
        String kiosk = kiosk();
        navigate(AdminView.class);
        assertThat(grid().getCellText(row(kiosk), 3)).isEqualTo("Not enrolled.");
        assertThat(action(kiosk, "revoke-").isEnabled()).isFalse();

        test(action(kiosk, "issue-code-")).click();
        String code = $(Paragraph.class).withClassName("enrolment-code-shown").single().getText();
        assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
        assertThat(grid().getCellText(row(kiosk), 3)).startsWith("Not enrolled. A code works until ");
        test(button("close-code")).click();
        assertThat($(Paragraph.class).withClassName("enrolment-code-shown").all()).as("shown once").isEmpty();

        EnrolledDevice device = enrolment.enrol(code, "192.0.2.10");
        // the administrator opens /admin again (a new screen; navigating to the open one keeps it as it was)
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        navigate(AdminView.class);
        assertThat(grid().getCellText(row(kiosk), 3)).startsWith("Enrolled on ");

        test(action(kiosk, "revoke-")).click();
        test(button("confirm-revoke")).click();

        assertThat(enrolment.kioskOf(device.deviceSecret(), false)).isEmpty();
        assertThat(grid().getCellText(row(kiosk), 3)).startsWith("Revoked on ");
        assertThat(audit.actionsOf("root-admin")).contains(SecurityAudit.KIOSK_CODE_ISSUED, SecurityAudit.KIOSK_REVOKED);
    }

    @Test
    @WithMockUser(username = "root-admin", roles = Roles.ADMIN)
    void the_kiosk_of_the_server_machine_says_it_is_trusted_there() {
        navigate(AdminView.class);

        assertThat(grid().getCellText(row("kiosk-1"), 3)).contains("Trusted on the server’s own machine.");
    }
}
