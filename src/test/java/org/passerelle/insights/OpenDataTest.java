package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.Channel;
import org.passerelle.insights.OpenData.Range;
import org.passerelle.insights.OpenData.RangeProblem;
import org.passerelle.insights.OpenFigures.Count;
import org.passerelle.knowledge.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open data's figures from the counters: per day, language, site and channel, then per guide, with the small
 * counts withheld. Same configuration as the other application tests (one shared context and database); the counters
 * are written in the test's transaction, rolled back after it, on days in 2024 no other test uses.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
@Transactional
class OpenDataTest {

    static final LocalDate DAY = LocalDate.of(2024, 2, 29);
    static final Range RANGE = new Range(DAY, DAY);

    @Autowired
    OpenData openData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private void count(long site, String channel, String kiosk, String event, String guide, int events) {
        jdbc.update("insert into insight_daily_count (count_day, language, site_id, channel, kiosk_id, event, guide_id, "
                + "events) values (?, 'EN', ?, ?, ?, ?, ?, ?)", DAY, site, channel, kiosk, event, guide, events);
    }

    private static OpenFigures row(List<OpenFigures> rows, @Nullable Long site, Channel channel, @Nullable String guide) {
        return rows.stream().filter(r -> java.util.Objects.equals(r.siteId(), site) && r.channel() == channel
                && java.util.Objects.equals(r.guideId(), guide)).findFirst().orElseThrow();
    }

    @Test
    void two_kiosks_of_one_site_are_one_row_and_another_site_its_own() {
        count(1, "KIOSK", "k1", "GUIDE", "passport-renewal", 20);
        count(1, "KIOSK", "k2", "GUIDE", "passport-renewal", 10);
        count(1, "KIOSK", "k1", "NOT_UNDERSTOOD", "", 6);
        count(1, "KIOSK", "k2", "SYSTEM", "", 5);
        count(77, "KIOSK", "k3", "GUIDE", "sin-apply", 8);
        count(77, "KIOSK", "k3", "CLARIFICATION", "", 5);
        count(77, "KIOSK", "k3", "HELPED_NO", "sin-apply", 9); // feedback: not in the open data

        List<OpenFigures> rows = openData.daily(RANGE);

        OpenFigures first = row(rows, 1L, Channel.KIOSK, null);
        assertThat(first.counts()).containsEntry(Count.QUESTIONS, 41).containsEntry(Count.GUIDE_ANSWERS, 30)
                .containsEntry(Count.NOT_UNDERSTOOD, 6).containsEntry(Count.SYSTEM_REPLIES, 5)
                .containsEntry(Count.CONFIRMATIONS, 0).containsEntry(Count.HELP_REQUESTS, 0);
        assertThat(first.suppressed()).isEmpty();
        assertThat(first.containment()).isEqualTo(1.0);
        assertThat(row(rows, 1L, Channel.KIOSK, "passport-renewal").counts())
                .containsOnly(Map.entry(Count.GUIDE_ANSWERS, 30), Map.entry(Count.CONFIRMATIONS, 0),
                        Map.entry(Count.HELP_REQUESTS, 0), Map.entry(Count.HELP_ANSWERED, 0));
        OpenFigures second = row(rows, 77L, Channel.KIOSK, null);
        assertThat(second.counts()).containsEntry(Count.QUESTIONS, 13).containsEntry(Count.CLARIFICATIONS, 5);
        assertThat(rows).extracting(OpenFigures::siteId).containsOnly(1L, 77L);
        assertThat(rows).hasSize(4);
    }

    @Test
    void counts_under_5_are_withheld_with_a_complement_and_zero_is_published() {
        count(1, "KIOSK", "k1", "GUIDE", "passport-renewal", 30);
        count(1, "KIOSK", "k1", "NOT_UNDERSTOOD", "", 3);
        count(1, "KIOSK", "k1", "SYSTEM", "", 7);

        OpenFigures all = row(openData.daily(RANGE), 1L, Channel.KIOSK, null);

        assertThat(all.suppressed()).containsExactlyInAnyOrder(Count.NOT_UNDERSTOOD, Count.SYSTEM_REPLIES);
        assertThat(all.count(Count.NOT_UNDERSTOOD)).isEmpty();
        assertThat(all.count(Count.SYSTEM_REPLIES)).as("complement: 40 − 30 would give the 3 away").isEmpty();
        assertThat(all.count(Count.QUESTIONS)).hasValue(40);
        assertThat(all.count(Count.CLARIFICATIONS)).as("zero is published").hasValue(0);
    }

    @Test
    void a_small_guide_row_is_withheld_with_another_guide_so_the_days_total_cannot_give_it_away() {
        count(1, "KIOSK", "k1", "GUIDE", "passport-renewal", 12);
        count(1, "KIOSK", "k1", "GUIDE", "sin-apply", 2);
        count(1, "KIOSK", "k1", "LOW_MARGIN", "oas-apply", 6);
        count(1, "KIOSK", "k1", "NOT_UNDERSTOOD", "", 10);

        List<OpenFigures> rows = openData.daily(RANGE);

        assertThat(row(rows, 1L, Channel.KIOSK, "sin-apply").suppressed()).containsExactly(Count.GUIDE_ANSWERS);
        assertThat(row(rows, 1L, Channel.KIOSK, "oas-apply").suppressed()).as("the smallest other guide")
                .containsExactly(Count.GUIDE_ANSWERS);
        assertThat(row(rows, 1L, Channel.KIOSK, "passport-renewal").count(Count.GUIDE_ANSWERS)).hasValue(12);
        assertThat(row(rows, 1L, Channel.KIOSK, null).count(Count.GUIDE_ANSWERS)).hasValue(20);
    }

    @Test
    void help_requests_and_waits_are_per_site_and_channel_and_waits_need_5_answered() {
        count(1, "KIOSK", "k1", "GUIDE", "passport-renewal", 40);
        count(1, "KIOSK", "k1", "HELP_REQUESTED", "", 12);
        for (long seconds : List.of(30L, 60L, 90L, 120L, 600L)) {
            count(1, "KIOSK", "k1", "WAITED", Long.toString(seconds), seconds == 60L ? 3 : 1);
        }
        count(2, "WEB", "web:", "CLARIFICATION", "", 9);
        count(2, "WEB", "web:", "HELP_REQUESTED", "", 6);
        count(2, "WEB", "web:", "WAITED", "45", 6);

        List<OpenFigures> rows = openData.daily(RANGE);

        OpenFigures kiosk = row(rows, 1L, Channel.KIOSK, null);
        assertThat(kiosk.count(Count.HELP_REQUESTS)).hasValue(12);
        assertThat(kiosk.count(Count.HELP_ANSWERED)).hasValue(7);
        assertThat(kiosk.medianWaitSeconds()).as("30 60 60 60 90 120 600").isEqualTo(60L);
        assertThat(kiosk.p90WaitSeconds()).isEqualTo(600L);
        assertThat(kiosk.containment()).isEqualTo(0.7);
        OpenFigures web = row(rows, 2L, Channel.WEB, null);
        assertThat(web.count(Count.HELP_ANSWERED)).hasValue(6);
        assertThat(web.medianWaitSeconds()).isEqualTo(45L);
        assertThat(web.containment()).isEqualTo(0.333);
    }

    @Test
    void help_answered_and_waits_are_per_guide_too_under_the_same_rules() {
        count(1, "KIOSK", "k1", "GUIDE", "passport-renewal", 40);
        count(1, "KIOSK", "k1", "GUIDE", "sin-apply", 20);
        count(1, "KIOSK", "k1", "HELP_REQUESTED", "passport-renewal", 7);
        count(1, "KIOSK", "k1", "HELP_REQUESTED", "sin-apply", 6);
        count(1, "KIOSK", "k1", "HELP_REQUESTED", "", 10);
        // passport-renewal: all 7 answered (30 60 60 60 90 120 600); sin-apply: 5 of 6; with no guide: 6 of 10
        for (long seconds : List.of(30L, 60L, 90L, 120L, 600L)) {
            int n = seconds == 60L ? 3 : 1;
            count(1, "KIOSK", "k1", "GUIDE_WAITED", seconds + ":passport-renewal", n);
            count(1, "KIOSK", "k1", "WAITED", Long.toString(seconds), n);
        }
        count(1, "KIOSK", "k1", "GUIDE_WAITED", "20:sin-apply", 5);
        count(1, "KIOSK", "k1", "WAITED", "20", 5 + 6);

        List<OpenFigures> rows = openData.daily(RANGE);

        OpenFigures all = row(rows, 1L, Channel.KIOSK, null);
        assertThat(all.count(Count.HELP_REQUESTS)).hasValue(23);
        assertThat(all.count(Count.HELP_ANSWERED)).as("each wait counted once for all").hasValue(18);
        assertThat(all.medianWaitSeconds()).isEqualTo(20L);
        OpenFigures passport = row(rows, 1L, Channel.KIOSK, "passport-renewal");
        assertThat(passport.count(Count.HELP_ANSWERED)).hasValue(7);
        assertThat(passport.medianWaitSeconds()).isEqualTo(60L);
        assertThat(passport.p90WaitSeconds()).isEqualTo(600L);
        assertThat(passport.containment()).as("no containment on a guide row").isNull();
        OpenFigures sin = row(rows, 1L, Channel.KIOSK, "sin-apply");
        assertThat(sin.count(Count.HELP_REQUESTS)).hasValue(6);
        assertThat(sin.count(Count.HELP_ANSWERED)).as("6 − 5 would give away the one not answered").isEmpty();
        assertThat(sin.suppressed()).contains(Count.HELP_ANSWERED);
        assertThat(sin.medianWaitSeconds()).as("no waits once their count is withheld").isNull();
    }

    @Test
    void three_unanswered_requests_that_a_subtraction_would_reveal_hide_the_answered_count() {
        count(1, "KIOSK", "k1", "GUIDE", "passport-renewal", 40);
        count(1, "KIOSK", "k1", "HELP_REQUESTED", "", 9);
        count(1, "KIOSK", "k1", "WAITED", "60", 6);

        OpenFigures all = row(openData.daily(RANGE), 1L, Channel.KIOSK, null);

        assertThat(all.count(Count.HELP_REQUESTS)).hasValue(9);
        assertThat(all.count(Count.HELP_ANSWERED)).isEmpty();
        assertThat(all.medianWaitSeconds()).as("no waits once their count is withheld").isNull();
    }

    @Test
    void counts_of_no_known_site_have_no_site() {
        count(0, "KIOSK", "(unenrolled)", "NOT_UNDERSTOOD", "", 5);

        assertThat(openData.daily(RANGE)).singleElement().satisfies(r -> assertThat(r.siteId()).isNull());
    }

    @Test
    void only_full_past_days_up_to_a_year_are_published() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);

        assertThat(openData.check(new Range(today.minusDays(3), today))).hasValue(RangeProblem.NOT_PAST);
        assertThat(openData.check(new Range(DAY, DAY.minusDays(1)))).hasValue(RangeProblem.END_BEFORE_START);
        assertThat(openData.check(new Range(DAY, DAY.plusDays(366)))).hasValue(RangeProblem.TOO_LONG);
        assertThat(openData.check(new Range(DAY, DAY.plusDays(365)))).isEmpty();
        assertThat(openData.check(openData.defaultRange())).isEmpty();
        assertThat(openData.defaultRange().to()).isEqualTo(today.minusDays(1));
        assertThat(openData.defaultRange().from()).isEqualTo(today.minusDays(90));
        assertThatIllegalArgumentException().isThrownBy(() -> openData.daily(new Range(today, today)));
        assertThat(Set.of(openData.check(new Range(DAY, DAY)))).isNotEmpty();
    }
}
