package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.handoff.Channel;
import org.passerelle.insights.DailyCounts.Event;
import org.passerelle.insights.DailyCounts.HelpOrigin;
import org.passerelle.insights.DailyCounts.Origin;
import org.passerelle.insights.DailyCounts.Row;
import org.passerelle.knowledge.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V10_2 on H2 (the embedded default) and on PostgreSQL ({@link MigratedDatabase}: skipped outside CI when no
 * server answers): the counters kept so far get their kiosk's site and the kiosk channel, those of no registered kiosk no
 * site, requests still open get their origin; then the counters' MERGE keeps sites and channels apart. With V10_3 the
 * origin keeps the guide on screen, and a wait is counted for that guide too.
 */
class SiteAndChannelMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void past_counts_get_their_kiosks_site_and_new_ones_are_kept_per_site_and_channel(String database)
            throws SQLException {
        try (MigratedDatabase db = new MigratedDatabase(database)) {
            db.migrate("10.1");
            db.execute("insert into site (name, address, zone, province, staff_en, staff_fr, other_ways_en, "
                    + "other_ways_fr, is_default, version) values ('East branch', '', 'America/Moncton', 'NB', true, "
                    + "true, 'Ask', 'Demandez', false, 0)");
            db.execute("insert into kiosk (id, name, location, created_at, site_id) values "
                    + "('east-1', 'East 1', 'Door', timestamp with time zone '2026-01-01 00:00:00+00', 2), "
                    + "('main-1', 'Main 1', 'Hall', timestamp with time zone '2026-01-01 00:00:00+00', 1)");
            db.execute("insert into insight_daily_count (count_day, language, kiosk_id, event, guide_id, "
                    + "events) values ('2026-11-30', 'EN', 'east-1', 'GUIDE', 'sin-apply', 7), "
                    + "('2026-11-30', 'EN', 'main-1', 'GUIDE', 'sin-apply', 5), "
                    + "('2026-11-30', 'FR', '(unenrolled)', 'NOT_UNDERSTOOD', '', 2), "
                    + "('2026-10-01', 'FR', '(archived)', 'HELP_REQUESTED', '', 4)");
            for (String[] request : List.of(new String[] {"1", "east-1", "LIVE"}, new String[] {"2", "main-1", "CLOSED"},
                    new String[] {"3", "gone-kiosk", "WAITING"})) {
                db.execute("insert into help_request (id, kiosk_id, language, reason, status, created_at, "
                        + "version, updated_at) values (" + request[0] + ", '" + request[1] + "', 'EN', 'ASKED', '"
                        + request[2] + "', timestamp with time zone '2026-12-01 09:00:00+00', 0, "
                        + "timestamp with time zone '2026-12-01 09:00:00+00')");
            }

            db.migrate(null);

            assertThat(db.rows("select count_day, language, site_id, channel, kiosk_id, event, guide_id, events "
                    + "from insight_daily_count order by count_day, kiosk_id")).containsExactly(
                    "2026-10-01 FR 0 KIOSK (archived) HELP_REQUESTED  4",
                    "2026-11-30 FR 0 KIOSK (unenrolled) NOT_UNDERSTOOD  2",
                    "2026-11-30 EN 2 KIOSK east-1 GUIDE sin-apply 7",
                    "2026-11-30 EN 1 KIOSK main-1 GUIDE sin-apply 5");
            assertThat(db.rows("select request_id, site_id, channel from insight_help_origin order by 1"))
                    .containsExactly("1 2 KIOSK", "3 0 KIOSK");

            DailyCounts counts = new DailyCounts(new JdbcTemplate(new SingleConnectionDataSource(db.connection(), true)));
            LocalDate day = LocalDate.parse("2026-11-30");
            counts.increment(day, Language.EN, new Origin(2, Channel.KIOSK), "east-1", Event.GUIDE, "sin-apply");
            counts.increment(day, Language.EN, new Origin(2, Channel.WEB), "conversation-1", Event.GUIDE, "sin-apply");
            counts.increment(day, Language.EN, new Origin(2, Channel.WEB), "conversation-2", Event.GUIDE, "sin-apply");
            assertThat(counts.between(day, day)).filteredOn(r -> r.language() == Language.EN)
                    .extracting(r -> r.siteId() + " " + r.channel() + " " + r.count())
                    .containsExactlyInAnyOrder("2 KIOSK 8", "1 KIOSK 5", "2 WEB 2");
            assertThat(counts.originOf(1)).as("made before V10_3: no guide")
                    .contains(new HelpOrigin(new Origin(2, Channel.KIOSK), null));
            assertThat(counts.originOf(1)).as("read once").isEmpty();

            // V10_3: the guide on screen is kept with the origin, and the wait is counted for it too.
            counts.requestFrom(9, new HelpOrigin(new Origin(2, Channel.WEB), "sin-apply"),
                    Instant.parse("2026-11-30T15:00:00Z"));
            HelpOrigin from = counts.originOf(9).orElseThrow();
            assertThat(from.guideId()).isEqualTo("sin-apply");
            counts.waited(day, Language.FR, from, "conversation-3", Duration.ofSeconds(75));
            assertThat(counts.between(day, day)).filteredOn(Row::isWait)
                    .extracting(r -> r.siteId() + " " + r.channel() + " " + r.event() + " " + r.waitSeconds() + " "
                            + (r.event() == Event.GUIDE_WAITED ? r.waitedOn() : "-") + " " + r.count())
                    .containsExactlyInAnyOrder("2 WEB WAITED 75 - 1", "2 WEB GUIDE_WAITED 75 sin-apply 1");
        }
    }
}
