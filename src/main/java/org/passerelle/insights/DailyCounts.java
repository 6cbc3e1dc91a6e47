package org.passerelle.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The anonymous daily counters of what the kiosk answered and of requests for a person (table
 * {@code insight_daily_count}), kept from the events this feature hears: it never reads another feature's tables.
 * Each increment is one standard {@code MERGE} (H2, PostgreSQL 15+), atomic in the database: no lock in this JVM, no
 * transaction around it, one connection for one statement.
 */
@Component
class DailyCounts {

    /** What is counted. */
    enum Event {
        GUIDE,
        CLARIFICATION,
        NOT_UNDERSTOOD,
        SYSTEM,
        INVALID,
        /** A guide chosen in a "did you mean…?". */
        CHOSEN,
        NONE_OF_THESE,
        HELPED_YES,
        HELPED_NO,
        /** A question answered with "Is this what you need?" (medium confidence). */
        CONFIRMATION,
        /** A question answered with a guide although another was almost as likely: not counted as a guide answer. */
        LOW_MARGIN,
        /** "This is not what I asked" on a guide. */
        WRONG_ANSWER,
        /** No to "Is this what you need?". */
        CONFIRMATION_NO,
        /** A request for a person, on the day it was made, with the guide on screen if any. */
        HELP_REQUESTED,
        /**
         * A request for a person that an agent took, counted when it ends, on the day it was made. Its guide column
         * holds the wait instead, in whole seconds ({@link Row#waitSeconds()}): one counter per distinct wait keeps
         * the dashboard's percentiles exact with the table as it is (a column of its own would need a migration).
         */
        WAITED
    }

    /** One counter: {@code guideId} is empty when the event has no guide. */
    record Row(LocalDate day, Language language, Event event, String guideId, int count) {

        /** With {@link Event#WAITED}: the wait counted, in seconds. */
        long waitSeconds() {
            if (event != Event.WAITED) {
                throw new IllegalStateException(event + " counts no wait");
            }
            return Long.parseLong(guideId);
        }
    }

    private final JdbcTemplate jdbc;

    DailyCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void increment(LocalDate day, Language language, String kioskId, Event event, @Nullable String guideId) {
        String guide = guideId == null ? "" : guideId;
        jdbc.update("""
                merge into insight_daily_count c
                using (values (cast(? as date), ?, ?, ?, ?)) as n (count_day, language, kiosk_id, event, guide_id)
                on c.count_day = n.count_day and c.language = n.language and c.kiosk_id = n.kiosk_id
                    and c.event = n.event and c.guide_id = n.guide_id
                when matched then update set events = c.events + 1
                when not matched then insert (count_day, language, kiosk_id, event, guide_id, events)
                    values (n.count_day, n.language, n.kiosk_id, n.event, n.guide_id, 1)""",
                day, language.name(), kioskId, event.name(), guide);
    }

    /** One more request of {@code day} that waited {@code waited} for an agent. */
    void waited(LocalDate day, Language language, String kioskId, Duration waited) {
        increment(day, language, kioskId, Event.WAITED, Long.toString(Math.max(0, waited.toSeconds())));
    }

    /** The counters from {@code from} to {@code to} inclusive, summed over kiosks. */
    List<Row> between(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select count_day, language, event, guide_id, sum(events) from insight_daily_count
                where count_day between ? and ?
                group by count_day, language, event, guide_id""",
                (rs, i) -> new Row(rs.getObject(1, LocalDate.class), Language.valueOf(rs.getString(2)),
                        Event.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5)),
                from, to);
    }
}
