package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.passerelle.security.Roles;
import org.passerelle.MutableClock;
import org.passerelle.handoff.Channel;
import org.passerelle.insights.DashboardFigures.Day;
import org.passerelle.insights.DashboardFigures.GuideFigures;
import org.passerelle.insights.DashboardFigures.Totals;
import org.passerelle.insights.InsightsException.Problem;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures on a known fixture: three days of March 2031 (nobody else writes there), written straight
 * into the counters — what the kiosk answered, requests for a person and their waits, all kept by insights from the
 * events it hears — and rolled back after each test.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@Transactional
@WithMockUser(username = "dominique", roles = Roles.EDITOR)
class DashboardServiceTest {

    static final LocalDate FROM = LocalDate.of(2031, 3, 1);
    static final LocalDate TO = LocalDate.of(2031, 3, 3);

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void three_days_at_two_kiosks() {
        count("2031-03-01", "EN", "k1", "GUIDE", "passport-renewal", 6);
        count("2031-03-01", "EN", "k2", "GUIDE", "passport-renewal", 2);
        count("2031-03-01", "EN", "k1", "NOT_UNDERSTOOD", "", 2);
        count("2031-03-01", "EN", "k1", "CLARIFICATION", "", 1);
        count("2031-03-01", "EN", "k1", "CHOSEN", "sin-apply", 1);
        count("2031-03-01", "EN", "k1", "SYSTEM", "", 1);
        count("2031-03-01", "EN", "k1", "INVALID", "", 3);
        count("2031-03-01", "EN", "k1", "HELPED_YES", "passport-renewal", 3);
        count("2031-03-01", "EN", "k1", "HELPED_NO", "passport-renewal", 1);
        count("2031-03-02", "FR", "k1", "GUIDE", "sin-apply", 4);
        count("2031-03-02", "FR", "k1", "NOT_UNDERSTOOD", "", 4);
        count("2031-03-02", "FR", "k1", "NONE_OF_THESE", "", 1);
        count("2031-03-02", "FR", "k1", "HELPED_NO", "sin-apply", 1);
        count("2031-03-04", "EN", "k1", "GUIDE", "passport-renewal", 100); // the day after the range

        // Requests for a person, as insights counts them from handoff's events: the guide on screen, and the wait
        // of those an agent took.
        help("2031-03-01", "EN", "k1", "passport-renewal", 120L);
        help("2031-03-01", "EN", "k1", "", 600L);
        help("2031-03-02", "FR", "k1", "sin-apply", null); // expired: nobody took it
        help("2031-03-04", "EN", "k1", "", 60L); // after the range
        help("2031-03-03", "FR", "k1", "", 180L);
        help("2031-03-03", "FR", "k2", "", 180L);
        help("2031-03-03", "EN", "k1", "", null); // cancelled before anyone took it
    }

    @Test
    void wrong_and_unsure_answers_are_not_counted_as_guide_answers() {
        count("2031-03-03", "EN", "k3", "GUIDE", "oas-apply", 5);
        count("2031-03-03", "EN", "k3", "WRONG_ANSWER", "oas-apply", 2);
        count("2031-03-03", "EN", "k3", "LOW_MARGIN", "pr-card-renew", 3);
        count("2031-03-03", "EN", "k3", "CONFIRMATION", "ei-apply", 4);
        count("2031-03-03", "EN", "k3", "CONFIRMATION_NO", "ei-apply", 1);

        Totals before = dashboard.figures(FROM, TO, Language.FR).totals();
        Totals t = dashboard.figures(FROM, TO, Language.EN).totals();

        assertThat(t.guideAnswers()).as("8 on the first day, 5 − 2 not what I asked on the third").isEqualTo(11);
        assertThat(t.wrongAnswers()).as("2 not what I asked + 3 low margin + 1 No").isEqualTo(6);
        assertThat(t.confirmations()).isEqualTo(4);
        assertThat(t.questions()).as("12 on the first day + 5 guide + 3 low margin + 4 confirmations").isEqualTo(24);
        assertThat(before.wrongAnswers()).isZero();
    }

    @Test
    void both_languages_together() {
        DashboardFigures figures = dashboard.figures(FROM, TO, null);
        Totals t = figures.totals();

        assertThat(t.questions()).as("8 guide + 1 clarification + 6 not understood + 1 system + 4 guide").isEqualTo(20);
        assertThat(t.notUnderstood()).isEqualTo(6);
        assertThat(t.helpRequests()).as("3 on the first two days + 3 on the third").isEqualTo(6);
        assertThat(t.notUnderstoodRate()).hasValue(0.3);
        assertThat(t.handoffRate()).hasValue(0.3);
        assertThat(t.containment()).hasValue(0.7);
        assertThat(t.helpedRatio()).hasValue(0.6);
        assertThat(t.chosen()).isEqualTo(1);
        assertThat(t.noneOfThese()).isEqualTo(1);
        assertThat(figures.days()).containsExactly(
                new Day(LocalDate.of(2031, 3, 1), 12, 2, 2),
                new Day(LocalDate.of(2031, 3, 2), 8, 4, 1),
                new Day(LocalDate.of(2031, 3, 3), 0, 0, 3));
        assertThat(figures.byLanguage().get(Language.EN).questions()).isEqualTo(12);
        assertThat(figures.byLanguage().get(Language.FR).questions()).isEqualTo(8);
    }

    @Test
    void waits_are_nearest_rank_percentiles_of_every_counted_wait() {
        DashboardFigures.Waits waits = dashboard.figures(FROM, TO, null).waits();

        // 120 s, 180 s, 180 s and 600 s.
        assertThat(waits.claimed()).isEqualTo(4);
        assertThat(waits.median()).isEqualTo(Duration.ofSeconds(180));
        assertThat(waits.p90()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void per_guide() {
        assertThat(dashboard.figures(FROM, TO, null).guides()).containsExactly(
                new GuideFigures("passport-renewal", 8, 3, 1, 1),
                new GuideFigures("sin-apply", 5, 0, 1, 1));
        assertThat(dashboard.figures(FROM, TO, null).guides().getFirst().helpedRatio()).hasValue(0.75);
    }

    @Test
    void french_only() {
        DashboardFigures figures = dashboard.figures(FROM, TO, Language.FR);
        Totals t = figures.totals();

        assertThat(t.questions()).isEqualTo(8);
        assertThat(t.helpRequests()).isEqualTo(3);
        assertThat(t.containment().orElseThrow()).isCloseTo(0.625, within(1e-9));
        assertThat(t.notUnderstoodRate()).hasValue(0.5);
        assertThat(t.helpedRatio()).hasValue(0.0);
        assertThat(figures.byLanguage()).containsOnlyKeys(Language.FR);
        assertThat(figures.guides()).containsExactly(new GuideFigures("sin-apply", 4, 0, 1, 1));
        assertThat(figures.waits().claimed()).isEqualTo(2);
        assertThat(figures.waits().median()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void english_only_waits() {
        DashboardFigures.Waits waits = dashboard.figures(FROM, TO, Language.EN).waits();

        assertThat(waits.median()).isEqualTo(Duration.ofSeconds(120));
        assertThat(waits.p90()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void one_site_or_one_channel() {
        jdbc.update("insert into insight_daily_count (count_day, language, kiosk_id, event, guide_id, events, site_id, "
                + "channel) values (?, 'EN', 'web:', 'NOT_UNDERSTOOD', '', 7, 2, 'WEB')", FROM);

        assertThat(dashboard.figures(FROM, TO, null).totals().questions()).isEqualTo(27);
        assertThat(dashboard.figures(FROM, TO, null, 1L, null).totals().questions()).isEqualTo(20);
        assertThat(dashboard.figures(FROM, TO, null, 2L, null).totals().questions()).isEqualTo(7);
        assertThat(dashboard.figures(FROM, TO, null, null, Channel.WEB).totals().notUnderstood()).isEqualTo(7);
        assertThat(dashboard.figures(FROM, TO, null, null, Channel.KIOSK).totals().helpRequests()).isEqualTo(6);
        assertThat(dashboard.figures(FROM, TO, null, 2L, Channel.KIOSK).totals().questions()).isZero();
    }

    @Test
    void a_range_without_anything_has_no_rates() {
        DashboardFigures figures = dashboard.figures(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 1), null);

        assertThat(figures.totals().containment()).isEmpty();
        assertThat(figures.totals().helpedRatio()).isEmpty();
        assertThat(figures.waits().median()).isNull();
        assertThat(figures.days()).containsExactly(new Day(LocalDate.of(2031, 6, 1), 0, 0, 0));
    }

    @Test
    void a_reversed_or_too_long_range_is_refused() {
        assertThatThrownBy(() -> dashboard.figures(TO, FROM, null))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BAD_RANGE));
        assertThatThrownBy(() -> dashboard.figures(FROM, FROM.plusDays(400), null))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BAD_RANGE));
    }

    private void count(String day, String language, String kiosk, String event, String guide, int events) {
        jdbc.update("insert into insight_daily_count (count_day, language, kiosk_id, event, guide_id, events, site_id, "
                + "channel) values (?, ?, ?, ?, ?, ?, 1, 'KIOSK')",
                LocalDate.parse(day), language, kiosk, event, guide, events);
    }

    private void help(String day, String language, String kiosk, String guide, @Nullable Long waitSeconds) {
        count(day, language, kiosk, "HELP_REQUESTED", guide, 1);
        if (waitSeconds != null) {
            count(day, language, kiosk, "WAITED", Long.toString(waitSeconds), 1);
        }
    }

    @Test
    @WithMockUser(username = "alex", roles = Roles.AGENT)
    void an_agent_cannot_read_the_figures() {
        assertThatThrownBy(() -> dashboard.figures(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"), null))
                .isInstanceOfSatisfying(InsightsException.class,
                        e -> assertThat(e.problem()).isEqualTo(InsightsException.Problem.FORBIDDEN));
    }
}
