-- Agents' presence (issue 11): what each agent serves today and whether they take requests. Kept in the database,
-- not in one server's memory, so that several servers could share it later.
create table agent_presence (
    agent       varchar(100) primary key,
    status      varchar(16)  not null,
    capacity    integer      not null,
    last_seen   timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null
);

-- The desks (V7_2) an agent serves today; a desk deleted leaves the agents' choices.
create table agent_presence_desk (
    agent    varchar(100) not null references agent_presence (agent) on delete cascade,
    desk_id  bigint       not null references desk (id) on delete cascade,
    primary key (agent, desk_id)
);

-- The languages (EN, FR) an agent serves.
create table agent_presence_language (
    agent     varchar(100) not null references agent_presence (agent) on delete cascade,
    language  varchar(2)   not null,
    primary key (agent, language)
);

-- Recent handling times (claimed to closed) for the wait estimate.
create index help_request_closed on help_request (closed_at);
