-- Retried mutations (partners, the mobile app): the first call with a key does the write and records what
-- it produced; a repeat with the same key and the same input gets that result again and changes nothing.
create table idempotency_key (
    caller        varchar(255) not null,
    key           varchar(100) not null,
    operation     varchar(40)  not null,
    request_hash  varchar(64)  not null,
    result_id     bigint,
    created_at    timestamptz  not null,
    primary key (caller, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
