package org.passerelle.insights;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The anonymous daily counters of what the kiosk answered (table {@code insight_daily_count}). */
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
        HELPED_NO
    }

    /** One counter: {@code guideId} is empty when the event has no guide. */
    record Row(LocalDate day, Language language, Event event, String guideId, int count) {
    }

    private final JdbcTemplate jdbc;
    private final Writes writes;

    DailyCounts(JdbcTemplate jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    void increment(LocalDate day, Language language, String kioskId, Event event, @Nullable String guideId) {
        String guide = guideId == null ? "" : guideId;
        writes.run(() -> {
            int updated = jdbc.update("""
                    update insight_daily_count set events = events + 1
                    where count_day = ? and language = ? and kiosk_id = ? and event = ? and guide_id = ?""",
                    day, language.name(), kioskId, event.name(), guide);
            if (updated == 0) {
                jdbc.update("""
                        insert into insight_daily_count (count_day, language, kiosk_id, event, guide_id, events)
                        values (?, ?, ?, ?, ?, 1)""", day, language.name(), kioskId, event.name(), guide);
            }
            return updated;
        });
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
