-- The limits (sign-in attempts, help requests, enrolment codes) shared by every instance on one PostgreSQL database
-- (security/DatabaseBuckets): one token bucket per limit and key. The key is stored as its SHA-256, never an address
-- or an account name; a row is deleted once its bucket would be full again (full_at). On the embedded H2, one
-- instance, the buckets are in memory and the table stays empty.
create table rate_limit (
    name        varchar(40)  not null,
    bucket_key  varchar(64)  not null,
    tokens      double precision not null,
    updated_at  timestamp with time zone not null,
    full_at     timestamp with time zone not null,
    primary key (name, bucket_key)
);
create index rate_limit_full on rate_limit (full_at);
