-- Issue 14, the kiosk fleet (feature org.passerelle.kiosk): when each kiosk's screen last told a server it is there,
-- and which kind of screen it shows (welcome, topic, guide step, help waiting, chat…: never what is on it). One row per
-- kiosk that ever reported, written at most every 30 s per kiosk (KioskFleet), so several hundred kiosks cost a few
-- writes a second. A table of its own, as kiosk_enrolment: the kiosk table (other features add to it) stays as it is.
-- session_id, session_started_at: the kiosk's browser session that reported last. A newer one (the browser came back
-- on another server after its own died) means the person of the earlier session is gone.
create table kiosk_presence (
    kiosk_id           varchar(64) primary key references kiosk (id),
    last_seen_at       timestamp with time zone not null,
    screen             varchar(32) not null,
    session_id         varchar(64) not null,
    session_started_at timestamp with time zone not null
);

-- The kiosk browser session a help request was made in (feature handoff), so that a kiosk that starts again ends
-- the requests of its earlier sessions, and only those. Null for requests made before this migration or from inside
-- the server.
alter table help_request add column kiosk_session varchar(64);
create index help_request_kiosk_open on help_request (kiosk_id, status);
