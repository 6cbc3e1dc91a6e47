-- One row per scheduled job (operations/JobLocks, ShedLock): the instance that holds the row until lock_until runs the
-- job; the others skip that run. Times are the database's own (ShedLock's usingDbTime), so the instances' clocks do not
-- matter. Same table on H2 and PostgreSQL (ShedLock's documented layout).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint pk_shedlock primary key (name)
);
