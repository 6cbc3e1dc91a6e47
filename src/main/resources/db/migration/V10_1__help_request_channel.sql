-- Issue 15, help requests from channels other than a kiosk: the web chat on another site's page, other software
-- through the public API.
-- channel: KIOSK, WEB or API. A request of another channel has no kiosk: its kiosk_id holds the channel's marker
-- (web:, api:), which no kiosk id can be (kiosk ids are letters, digits, dots, dashes and underscores).
-- site_id: the site a request of another channel is routed for (the web page's origin mapped to a site, else the
-- default site); null for a kiosk's request, whose site is its kiosk's, read when routing.
-- token_hash: SHA-256 (hex) of the conversation token the caller follows the request with; never the token itself.
-- citizen_seen_at: the caller's last call with that token; the token expires after a while without one.
alter table help_request add column channel varchar(16) default 'KIOSK' not null;
alter table help_request add column site_id bigint;
alter table help_request add column token_hash varchar(64);
alter table help_request add column citizen_seen_at timestamp with time zone;
