package org.passerelle.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads help requests for the dashboard, straight from {@code handoff}'s tables, read-only: {@code help_request}
 * while a request is kept, and the anonymous {@code help_daily_count} it is reduced to after the retention period
 * (see {@code HandoffRetention}). The handoff API answers one request at a time; a date range of counts would need a
 * new query there, so the two tables' columns are the contract, pinned by {@code DashboardServiceTest}.
 */
@Component
class HandoffRecords {

    /** A kept request: its UTC day, language, guide on screen, and time waited until an agent took it (if one did). */
    record Request(LocalDate day, Language language, @Nullable String guideId, @Nullable Duration waited) {
    }

    /** Requests reduced to counts, per day, language and final status; {@code waitSeconds} is their total wait. */
    record Counted(LocalDate day, Language language, String finalStatus, int requests, long waitSeconds) {
    }

    private final JdbcTemplate jdbc;

    HandoffRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Request> requests(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select created_at, language, guide_id, claimed_at from help_request
                where created_at >= ? and created_at < ?""",
                (rs, i) -> {
                    OffsetDateTime created = rs.getObject(1, OffsetDateTime.class);
                    OffsetDateTime claimed = rs.getObject(4, OffsetDateTime.class);
                    return new Request(created.atZoneSameInstant(ZoneOffset.UTC).toLocalDate(),
                            Language.valueOf(rs.getString(2)), rs.getString(3),
                            claimed == null ? null : Duration.between(created, claimed));
                },
                from.atStartOfDay().atOffset(ZoneOffset.UTC), to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    List<Counted> counted(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select count_day, language, final_status, sum(requests), sum(wait_seconds) from help_daily_count
                where count_day between ? and ?
                group by count_day, language, final_status""",
                (rs, i) -> new Counted(rs.getObject(1, LocalDate.class), Language.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getInt(4), rs.getLong(5)),
                from, to);
    }
}
