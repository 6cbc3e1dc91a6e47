-- Help requests on the dashboard: insights used to read them from handoff's tables (help_request while a request is
-- kept, help_daily_count once retention reduced it); it now keeps its own counts from handoff's events, in
-- insight_daily_count (HELP_REQUESTED with the guide on screen; WAITED, whose guide_id holds the wait in whole
-- seconds). This carries what was recorded before over, once, as the old dashboard counted it, so that no history
-- disappears. Requests still open get their wait counted when they end, as every later one does.

-- Kept requests: each on the UTC day it was made, with the guide on screen ('' for none).
insert into insight_daily_count (count_day, language, kiosk_id, event, guide_id, events)
select r.made_on, r.language, r.kiosk_id, 'HELP_REQUESTED', r.guide, count(*)
from (select cast(created_at at time zone 'UTC' as date) as made_on, language, kiosk_id,
             coalesce(guide_id, '') as guide
      from help_request) r
group by r.made_on, r.language, r.kiosk_id, r.guide;

-- Their waits, for those an agent took and that ended.
insert into insight_daily_count (count_day, language, kiosk_id, event, guide_id, events)
select w.made_on, w.language, w.kiosk_id, 'WAITED', w.seconds, count(*)
from (select cast(created_at at time zone 'UTC' as date) as made_on, language, kiosk_id,
             cast(cast(greatest(0, floor(extract(epoch from claimed_at) - extract(epoch from created_at))) as bigint)
                  as varchar(100)) as seconds
      from help_request
      where claimed_at is not null and status in ('CLOSED', 'CANCELLED', 'EXPIRED')) w
group by w.made_on, w.language, w.kiosk_id, w.seconds;

-- Requests past retention, reduced to anonymous counts without a kiosk or a guide: counted under '(archived)'.
insert into insight_daily_count (count_day, language, kiosk_id, event, guide_id, events)
select count_day, language, '(archived)', 'HELP_REQUESTED', '', sum(requests)
from help_daily_count
group by count_day, language;

-- Their waits: only the total per day survived, so each closed request waited its day's average (as before).
insert into insight_daily_count (count_day, language, kiosk_id, event, guide_id, events)
select a.count_day, a.language, '(archived)', 'WAITED', a.seconds, sum(a.requests)
from (select count_day, language, requests,
             cast(cast(round(cast(wait_seconds as decimal(19, 3)) / requests) as bigint) as varchar(100)) as seconds
      from help_daily_count
      where final_status = 'CLOSED' and requests > 0) a
group by a.count_day, a.language, a.seconds;
