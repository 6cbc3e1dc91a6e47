-- The guide on screen when a help request was made, kept with where it came from until the request ends, so that its
-- wait is counted for that guide too (insight_daily_count event GUIDE_WAITED). Null: no guide, or a request made
-- before this version (its wait counts for its site and channel only).
alter table insight_help_origin add column guide_id varchar(100);
