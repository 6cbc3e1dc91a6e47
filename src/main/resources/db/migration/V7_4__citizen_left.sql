-- Issue 11, the kiosk side of a help conversation.
-- citizen_idle_at: when the kiosk showed "Are you still there?" during the request (null once the person answered),
-- so the console can say "the citizen may have left" before the kiosk clears itself.
-- sent_guide_id, sent_step: the last guide (and step) the agent sent to the kiosk, kept with the request's record;
-- guide_id and step_number stay what the citizen was reading when they asked.
alter table help_request add column citizen_idle_at timestamp with time zone;
alter table help_request add column sent_guide_id varchar(100);
alter table help_request add column sent_step integer;
