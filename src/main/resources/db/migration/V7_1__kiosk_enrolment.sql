-- Kiosk enrolment (feature org.passerelle.kiosk): which browser is which registered kiosk. One row per kiosk that an
-- administrator ever issued a code for. Only hashes are stored (SHA-256, hex): a copy of the database gives nobody a
-- working code or device secret.
-- code_hash:   the pending one-time enrolment code, until it is used, replaced, revoked or expires (code_expires_at)
-- secret_hash: the device secret of the enrolled browser (kept in its cookie), null when not enrolled or revoked
-- version:     two administrators acting on one kiosk at once: one wins, the other is told
-- A separate table, so that the kiosk table (other features add to it) is left as it is.
create table kiosk_enrolment (
    kiosk_id        varchar(64) primary key references kiosk (id),
    code_hash       varchar(64),
    code_expires_at timestamp with time zone,
    code_issued_by  varchar(64),
    secret_hash     varchar(64),
    enrolled_at     timestamp with time zone,
    revoked_at      timestamp with time zone,
    revoked_by      varchar(64),
    version         bigint not null
);

create unique index kiosk_enrolment_code on kiosk_enrolment (code_hash);
create unique index kiosk_enrolment_secret on kiosk_enrolment (secret_hash);
