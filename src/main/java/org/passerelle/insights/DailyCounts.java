package org.passerelle.insights;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.Channel;
import org.passerelle.knowledge.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The anonymous daily counters of what the kiosk answered and of requests for a person (table
 * {@code insight_daily_count}), per day, language, site, channel, kiosk, event and guide, kept from the events this
 * feature hears: it never reads another feature's tables. Where each open help request came from is kept too
 * ({@code insight_help_origin}), since the request's end, which brings its wait, says only which request it was.
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
         * the dashboard's percentiles exact with the table as it is (a column of its own would change its key).
         */
        WAITED,
        /**
         * The same wait again, for the guide on screen when the request was made (counted besides {@link #WAITED},
         * never instead): its guide column holds {@code <seconds>:<guide id>} ({@link Row#waitSeconds()},
         * {@link Row#waitedOn()}); guide ids have no colon.
         */
        GUIDE_WAITED
    }

    /** Where a help request came from, and the guide on screen when it was made (null: none). */
    record HelpOrigin(Origin origin, @Nullable String guideId) {
    }

    /**
     * Where an event came from: the site ({@link #UNKNOWN_SITE} when not known) and the channel.
     */
    record Origin(long siteId, Channel channel) {

        /** The site id of an event whose site is not known: site ids start at 1. */
        static final long UNKNOWN_SITE = 0;

        /** A kiosk's event of no known site: what every event was before sites and channels were counted. */
        static final Origin UNKNOWN = new Origin(UNKNOWN_SITE, Channel.KIOSK);

        static Origin of(Channel channel, @Nullable Long siteId) {
            return new Origin(siteId == null ? UNKNOWN_SITE : siteId, channel);
        }

        /**
         * What the counter keeps for {@code source}: the kiosk id at a kiosk; on another channel the channel's
         * stand-in, never the conversation's key (one row per conversation would tell nobody anything).
         */
        String kiosk(String source) {
            return channel == Channel.KIOSK ? source : channel.marker();
        }
    }

    /** One counter, summed over kiosks: {@code guideId} is empty when the event has no guide. */
    record Row(LocalDate day, Language language, long siteId, Channel channel, Event event, String guideId,
            int count) {

        /** With {@link Event#WAITED} or {@link Event#GUIDE_WAITED}: the wait counted, in seconds. */
        long waitSeconds() {
            return switch (event) {
                case WAITED -> Long.parseLong(guideId);
                case GUIDE_WAITED -> Long.parseLong(guideId.substring(0, guideId.indexOf(':')));
                default -> throw new IllegalStateException(event + " counts no wait");
            };
        }

        /** With {@link Event#GUIDE_WAITED}: the guide whose wait this is. */
        String waitedOn() {
            if (event != Event.GUIDE_WAITED) {
                throw new IllegalStateException(event + " counts no wait on a guide");
            }
            return guideId.substring(guideId.indexOf(':') + 1);
        }

        /** Whether this counts a wait (then its guide column holds no guide id). */
        boolean isWait() {
            return event == Event.WAITED || event == Event.GUIDE_WAITED;
        }
    }

    private final JdbcTemplate jdbc;

    DailyCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One more {@code event} of {@code day} from {@code source} (a kiosk id, or a conversation's key). */
    void increment(LocalDate day, Language language, Origin origin, String source, Event event,
            @Nullable String guideId) {
        String guide = guideId == null ? "" : guideId;
        jdbc.update("""
                merge into insight_daily_count c
                using (values (cast(? as date), ?, cast(? as bigint), ?, ?, ?, ?))
                    as n (count_day, language, site_id, channel, kiosk_id, event, guide_id)
                on c.count_day = n.count_day and c.language = n.language and c.site_id = n.site_id
                    and c.channel = n.channel and c.kiosk_id = n.kiosk_id and c.event = n.event
                    and c.guide_id = n.guide_id
                when matched then update set events = c.events + 1
                when not matched then insert (count_day, language, site_id, channel, kiosk_id, event, guide_id, events)
                    values (n.count_day, n.language, n.site_id, n.channel, n.kiosk_id, n.event, n.guide_id, 1)""",
                day, language.name(), origin.siteId(), origin.channel().name(), origin.kiosk(source), event.name(),
                guide);
    }

    /**
     * One more request of {@code day} that waited {@code waited} for an agent, counted for the guide on screen when it
     * was made too (if any, and if its id leaves room for the wait in the guide column).
     */
    void waited(LocalDate day, Language language, HelpOrigin from, String source, Duration waited) {
        String seconds = Long.toString(Math.max(0, waited.toSeconds()));
        increment(day, language, from.origin(), source, Event.WAITED, seconds);
        String guide = from.guideId();
        if (guide != null && !guide.isEmpty() && guide.indexOf(':') < 0
                && seconds.length() + 1 + guide.length() <= GUIDE_COLUMN) {
            increment(day, language, from.origin(), source, Event.GUIDE_WAITED, seconds + ":" + guide);
        }
    }

    /** The width of {@code insight_daily_count.guide_id}. */
    private static final int GUIDE_COLUMN = 100;

    /** The counters from {@code from} to {@code to} inclusive, summed over kiosks (per site and channel). */
    List<Row> between(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select count_day, language, site_id, channel, event, guide_id, sum(events) from insight_daily_count
                where count_day between ? and ?
                group by count_day, language, site_id, channel, event, guide_id""",
                (rs, i) -> new Row(rs.getObject(1, LocalDate.class), Language.valueOf(rs.getString(2)),
                        rs.getLong(3), Channel.valueOf(rs.getString(4)), Event.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getInt(7)),
                from, to);
    }

    /**
     * Help request {@code requestId}, made at {@code at}, came from {@code origin}: kept until its end is counted
     * ({@link #originOf}). Heard once per request; a second time keeps the first.
     */
    void requestFrom(long requestId, HelpOrigin from, Instant at) {
        jdbc.update("""
                merge into insight_help_origin o
                using (values (cast(? as bigint), cast(? as bigint), ?, cast(? as varchar(100)),
                        cast(? as timestamp with time zone)))
                    as n (request_id, site_id, channel, guide_id, requested_at)
                on o.request_id = n.request_id
                when not matched then insert (request_id, site_id, channel, guide_id, requested_at)
                    values (n.request_id, n.site_id, n.channel, n.guide_id, n.requested_at)""",
                requestId, from.origin().siteId(), from.origin().channel().name(), from.guideId(), Timestamp.from(at));
    }

    /**
     * Where request {@code requestId} came from, forgotten now that it ended; empty for one made before V10_2 (and no
     * guide for one made before V10_3).
     */
    Optional<HelpOrigin> originOf(long requestId) {
        Optional<HelpOrigin> origin = jdbc.query(
                "select site_id, channel, guide_id from insight_help_origin where request_id = ?",
                (rs, i) -> new HelpOrigin(new Origin(rs.getLong(1), Channel.valueOf(rs.getString(2))), rs.getString(3)),
                requestId).stream().findFirst();
        jdbc.update("delete from insight_help_origin where request_id = ?", requestId);
        return origin;
    }

    /** Forgets where requests made before {@code before} came from (ended unheard, or never ended); how many. */
    int forgetOriginsBefore(Instant before) {
        return jdbc.update("delete from insight_help_origin where requested_at < ?", Timestamp.from(before));
    }
}
