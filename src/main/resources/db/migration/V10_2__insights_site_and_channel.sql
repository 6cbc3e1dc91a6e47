-- The daily counters per site and channel (feature org.passerelle.insights), for the dashboard and the open data
-- (issue 15). Still nothing here identifies a citizen, and no question text.
--
-- site_id: the site of the kiosk (or of the web page or API client) the event came from, as the event said; 0 when
-- unknown (a browser that is no enrolled kiosk, a request of a site-less page, counts archived by retention). Site ids
-- start at 1, and a key column cannot be null, hence 0 rather than null.
-- channel: KIOSK, WEB or API (handoff.Channel). A question or request from another channel than a kiosk has no
-- kiosk: its kiosk_id is the channel's marker, web: or api: (the stand-in help requests use too).
--
-- A primary key cannot be widened in the same words on H2 and PostgreSQL (each names it its own way), so the table is
-- copied into a new one with the wider key, and renamed.
create table insight_daily_count_by_site (
    count_day   date         not null,
    language    varchar(2)   not null,
    site_id     bigint       not null,
    channel     varchar(8)   not null,
    kiosk_id    varchar(64)  not null,
    event       varchar(32)  not null,
    guide_id    varchar(100) not null,
    events      integer      not null,
    constraint insight_daily_count_key primary key (count_day, language, site_id, channel, kiosk_id, event, guide_id)
);

-- Counts kept so far were all from kiosks. Their site: the one their kiosk stands at now, read once from the kiosk
-- register here (the application's insights never read it; it learns sites from events). A kiosk moved since counts
-- its past at its new site: the register keeps no history, and most kiosks never move. Counts of no kiosk in the
-- register ('(unenrolled)', '(archived)', a kiosk since deleted) stay of unknown site (0).
insert into insight_daily_count_by_site (count_day, language, site_id, channel, kiosk_id, event, guide_id, events)
select c.count_day, c.language, coalesce(k.site_id, 0), 'KIOSK', c.kiosk_id, c.event, c.guide_id, c.events
from insight_daily_count c
left join kiosk k on k.id = c.kiosk_id;

drop table insight_daily_count;
alter table insight_daily_count_by_site rename to insight_daily_count;

-- Where each help request still open came from, kept from handoff.HelpRequested until the request ends: its end
-- (handoff.HandoffUpdate) carries the wait but not the site or channel, and may be heard on another instance than
-- the request was (so not in memory). The row is deleted when the wait is counted; rows older than the longest a
-- request lasts are deleted by the housekeeping. Nothing in it is about the citizen.
create table insight_help_origin (
    request_id    bigint       primary key,
    site_id       bigint       not null,
    channel       varchar(8)   not null,
    requested_at  timestamp with time zone not null
);

-- Requests open now were made at kiosks: their site is their kiosk's.
insert into insight_help_origin (request_id, site_id, channel, requested_at)
select r.id, coalesce(k.site_id, 0), 'KIOSK', r.created_at
from help_request r
left join kiosk k on k.id = r.kiosk_id
where r.status in ('WAITING', 'CLAIMED', 'LIVE');
