-- Issue 11, an agent hands a conversation to a colleague or to the remote team, with a note.
-- transferred_by, transfer_note, transferred_at: the last transfer, which the receiving agent reads first (the note is
-- redacted like every private note, and kept in help_note too).
-- to_remote: handed to the remote team; the request waits again in its original place and the remote desks are
-- offered it at once, without waiting for the overflow time.
alter table help_request add column transferred_by varchar(100);
alter table help_request add column transfer_note varchar(2000);
alter table help_request add column transferred_at timestamp with time zone;
alter table help_request add column to_remote boolean default false not null;
