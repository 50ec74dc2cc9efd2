-- The Decision 766 figures of a month that has ended no longer change (every count is fixed at the
-- month's end), so they are computed once, at the finest grain (agency and field), and rolled up on
-- reading (StatisticsQueries). The current month is always computed live.
create table statistics_month (
    center_id    bigint      not null references center (id),
    month        date        not null check (extract(day from month) = 1),
    computed_at  timestamptz not null,
    primary key (center_id, month)
);

create table statistics_month_row (
    center_id       bigint  not null,
    month           date    not null,
    agency_id       bigint  not null references agency (id),
    field_id        bigint  not null references field (id),
    received        integer not null,
    received_online integer not null,
    finished        integer not null,
    early           integer not null,
    on_time         integer not null,
    in_progress     integer not null,
    overdue         integer not null,
    carried_over    integer not null,
    ratings         integer not null,
    rating_sum      integer not null,
    rated_1         integer not null,
    rated_2         integer not null,
    rated_3         integer not null,
    rated_4         integer not null,
    rated_5         integer not null,
    primary key (center_id, month, agency_id, field_id),
    foreign key (center_id, month) references statistics_month (center_id, month) on delete cascade
);
