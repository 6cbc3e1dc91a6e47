package org.passerelle.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.insights.DashboardFigures;
import org.passerelle.insights.DashboardService;
import org.passerelle.insights.InsightsRecorded;
import org.passerelle.kiosk.GuideFeedback;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.QuestionAnswered.Outcome;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The dashboard as an editor reads it. Other tests count questions in the same database on the same days, so the
 * screen is compared with what the service computes rather than with fixed numbers (DashboardServiceTest has those).
 */
@WithMockUser(username = "dominique", roles = Roles.EDITOR)
class DashboardViewTest extends EditorScreenTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DashboardService dashboard;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    LocalDate today;

    @BeforeEach
    void a_day_at_the_kiosk() {
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        events.publishEvent(new QuestionAnswered("dashboard-kiosk", Language.EN, Outcome.GUIDE, "passport-renewal", "renew passport", clock.instant()));
        events.publishEvent(new QuestionAnswered("dashboard-kiosk", Language.FR, Outcome.NOT_UNDERSTOOD, null, "tarif du traversier", clock.instant()));
        events.publishEvent(new GuideFeedback("dashboard-kiosk", "passport-renewal", Language.EN, true, clock.instant()));
        InsightsRecorded.await(context);
    }

    private String tile(String name) {
        return $(Span.class, $(Div.class).withClassName("figure-" + name).single()).withClassName("figure-value").single()
                .getText();
    }

    @Test
    void the_last_thirty_days_are_shown_with_the_services_figures() {
        navigate(DashboardView.class);
        DashboardFigures figures = dashboard.figures(today.minusDays(29), today, null);

        assertThat($(H1.class).single().getText()).isEqualTo("How the kiosk is doing");
        assertThat($(DatePicker.class).withClassName("range-from").single().getValue()).isEqualTo(today.minusDays(29));
        assertThat(tile("questions")).isEqualTo(NumberFormat.getIntegerInstance(Locale.ENGLISH)
                .format(figures.totals().questions()));
        assertThat(tile("notUnderstood")).endsWith("%");
        assertThat($(NativeTable.class).withClassName("by-language-table").exists()).isTrue();
    }

    @Test
    void charts_are_inline_svg_with_the_same_data_as_a_table() {
        navigate(DashboardView.class);

        assertThat($(Html.class).all()).extracting(h -> h.getElement().getProperty("innerHTML"))
                .anySatisfy(svg -> assertThat(svg).contains("<svg", "Questions per day", "<desc"))
                .anySatisfy(svg -> assertThat(svg).contains("Renew your adult passport"));
        NativeTable perDay = $(NativeTable.class).withClassName("per-day-table").single();
        assertThat(perDay.getBody().getRows()).hasSize(30);
        assertThat($(NativeTable.class).withClassName("guides-table").single().getElement().getTextRecursively())
                .contains("Renew your adult passport");
    }

    @Test
    void one_language_at_a_time() {
        navigate(DashboardView.class);

        test($(Select.class).withClassName("language-filter").single()).selectItem("French");

        DashboardFigures french = dashboard.figures(today.minusDays(29), today, Language.FR);
        assertThat(tile("questions")).isEqualTo(String.valueOf(french.totals().questions()));
        assertThat($(NativeTable.class).withClassName("by-language-table").exists()).isFalse();
    }

    @Test
    void a_reversed_range_is_explained_instead_of_computed() {
        navigate(DashboardView.class);

        test($(DatePicker.class).withClassName("range-from").single()).setValue(today.plusDays(3));

        assertThat($(Paragraph.class).withClassName("dashboard-alert").single().getText())
                .isEqualTo("Choose a start date before the end date, and at most 400 days apart.");
    }

    @Test
    void the_dashboard_speaks_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(DashboardView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Comment se porte la borne");
        assertThat(tile("containment")).endsWith("%");
    }
}
