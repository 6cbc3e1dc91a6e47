-- Identity values are written down before they are handed out, one at a time (issue 10: after a kill -9 an
-- AUDIT_EVENT id was handed out again).
--
-- H2 2.x keeps a cache of 32 values per identity column and writes the new upper limit down when a value crosses
-- it, but after returning that value and outside its lock: another connection can take the next value, commit a
-- row with it and reach the file first. Killed at that moment, the database restarts the identity at the old limit
-- and the next insert collides with the row already there (reproduced: 2 of 15 kill-and-restart rounds with 20
-- writers). With a cache of 1 every value is written down by the connection that takes it, before its row. It
-- costs one small write per insert; PostgreSQL's default is a cache of 1 anyway.
alter table help_request alter column id set cache 1;
alter table help_message alter column id set cache 1;
alter table app_user alter column id set cache 1;
alter table help_note alter column id set cache 1;
alter table audit_event alter column id set cache 1;
alter table gap_group alter column id set cache 1;
alter table gap_item alter column id set cache 1;
alter table content_guide_version alter column id set cache 1;
alter table content_audit alter column id set cache 1;
