-- The month statistics' received, finished and rated figures, per center, local month and procedure, kept
-- in step with every write to dossier by a trigger (StatisticsQueries reads them): the current month no
-- longer reads each of its dossiers, at a million dossiers tens of thousands. What depends on "now" (in
-- progress, overdue) is still counted from the open dossiers.
--
-- Months are the centers' local months, in the zone the service is configured with (motcua.time.zone).
-- The service states it at every start (DatabaseZone) in center_zone, the database's copy that its own
-- functions read; a new zone rebuilds the figures. Until a zone is stated nothing is kept, and the first
-- statement builds everything.
--
-- Each dossier also keeps the moment after which, while in progress, it is overdue (overdue_after, for the
-- same zone): the statistics count the overdue among tens of thousands of open dossiers by comparing it
-- with "now", where judging each took most of the query.
create table center_zone (
    only_row boolean primary key default true check (only_row),
    zone     text    not null
);

create table statistics_rollup (
    center_id       bigint  not null references center (id),
    month           date    not null check (extract(day from month) = 1),
    procedure_id    bigint  not null references procedure (id),
    received        integer not null,
    received_online integer not null,
    finished        integer not null,
    early           integer not null,
    on_time         integer not null,
    carried_over    integer not null,
    ratings         integer not null,
    rating_sum      integer not null,
    rated_1         integer not null,
    rated_2         integer not null,
    rated_3         integer not null,
    rated_4         integer not null,
    rated_5         integer not null,
    primary key (center_id, month, procedure_id)
);

-- What one dossier adds to the figures (sign 1) or takes away from them (sign -1): received in the month of
-- its receipt; finished in the month it finished, judged on that day by dossier_timeliness, and carried over
-- when received in an earlier month and not closed without result; rated in the month of its rating.
create function statistics_contribution(sign integer, d dossier, zone text)
    returns setof statistics_rollup language sql stable as $$
    select d.center_id, date_trunc('month', d.received_at at time zone zone)::date, d.procedure_id,
           sign, case when d.channel = 'ONLINE' then sign else 0 end, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
     where d.received_at is not null
    union all
    select d.center_id, date_trunc('month', d.finished_at at time zone zone)::date, d.procedure_id, 0, 0,
           sign, case when t.judged = 'EARLY' then sign else 0 end,
           case when t.judged in ('EARLY', 'ON_TIME') then sign else 0 end,
           case when d.received_at < date_trunc('month', d.finished_at at time zone zone) at time zone zone
                     and d.status not in ('REFUSED', 'WITHDRAWN', 'STOPPED') then sign else 0 end,
           0, 0, 0, 0, 0, 0, 0
      from (select dossier_timeliness(d.status, d.legal_due_date, d.legal_due_at, d.finished_at, d.paused_at,
                                      d.supplement_count, d.finished_at, zone) as judged) t
     where d.finished_at is not null
    union all
    select d.center_id, date_trunc('month', d.rated_at at time zone zone)::date, d.procedure_id, 0, 0, 0, 0, 0, 0,
           case when d.rating is not null then sign else 0 end, sign * coalesce(d.rating, 0),
           case when d.rating = 1 then sign else 0 end, case when d.rating = 2 then sign else 0 end,
           case when d.rating = 3 then sign else 0 end, case when d.rating = 4 then sign else 0 end,
           case when d.rating = 5 then sign else 0 end
     where d.rated_at is not null
$$;

-- Adds the changes to the kept figures, summed per row first (an upsert may touch a row once) and in key
-- order, so that two writers lock the rows they share in the same order. Changes that cancel out (a dossier
-- written without a change that counts) touch nothing.
-- (PL/pgSQL keeps the statement's plan for the session; a SQL function would plan it at every call)
create function statistics_rollup_add(changes statistics_rollup[]) returns void language plpgsql as $$
begin
    insert into statistics_rollup as r
    select center_id, month, procedure_id, sum(received), sum(received_online), sum(finished), sum(early),
           sum(on_time), sum(carried_over), sum(ratings), sum(rating_sum), sum(rated_1), sum(rated_2),
           sum(rated_3), sum(rated_4), sum(rated_5)
      from unnest(changes)
     group by center_id, month, procedure_id
    having (sum(received), sum(received_online), sum(finished), sum(early), sum(on_time), sum(carried_over),
            sum(ratings), sum(rating_sum), sum(rated_1), sum(rated_2), sum(rated_3), sum(rated_4), sum(rated_5))
           <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
     order by center_id, month, procedure_id
    on conflict (center_id, month, procedure_id) do update set
        received = r.received + excluded.received, received_online = r.received_online + excluded.received_online,
        finished = r.finished + excluded.finished, early = r.early + excluded.early,
        on_time = r.on_time + excluded.on_time, carried_over = r.carried_over + excluded.carried_over,
        ratings = r.ratings + excluded.ratings, rating_sum = r.rating_sum + excluded.rating_sum,
        rated_1 = r.rated_1 + excluded.rated_1, rated_2 = r.rated_2 + excluded.rated_2,
        rated_3 = r.rated_3 + excluded.rated_3, rated_4 = r.rated_4 + excluded.rated_4,
        rated_5 = r.rated_5 + excluded.rated_5;
end
$$;

-- Adds the changes a cursor reads, ten thousand at a time: a bulk insert or a rebuild of a million
-- dossiers holds a batch in memory, not all of them.
create function statistics_rollup_add_all(changes refcursor) returns void language plpgsql as $$
declare
    change statistics_rollup;
    batch statistics_rollup[] := '{}';
begin
    loop
        fetch changes into change;
        exit when not found;
        batch := batch || change;
        if cardinality(batch) = 10000 then
            perform statistics_rollup_add(batch);
            batch := '{}';
        end if;
    end loop;
    close changes;
    perform statistics_rollup_add(batch);
end
$$;

-- Inserts, per statement: the generator's million rows are one statement, a reception one row.
create function statistics_rollup_keep_inserted() returns trigger language plpgsql as $$
declare
    zone text := (select z.zone from center_zone z);
    changes refcursor;
begin
    if zone is not null then
        open changes for select c.* from inserted d, statistics_contribution(1, d, zone) c;
        perform statistics_rollup_add_all(changes);
    end if;
    return null;
end
$$;

-- Updates and deletes, per row: what the old row added is taken away, what the new one adds is added.
create function statistics_rollup_keep_changed() returns trigger language plpgsql as $$
declare
    zone text := (select z.zone from center_zone z);
begin
    if zone is not null then
        perform statistics_rollup_add(array(
            select c from statistics_contribution(-1, old, zone) c
            union all
            select c from statistics_contribution(1, new, zone) c where tg_op = 'UPDATE'));
    end if;
    return null;
end
$$;

create trigger dossier_statistics_insert after insert on dossier referencing new table as inserted
    for each statement execute function statistics_rollup_keep_inserted();
-- only the columns the figures read: most writes (hand-overs, appointments, applicants) skip the trigger
create trigger dossier_statistics_update after update on dossier
    for each row when ((old.center_id, old.procedure_id, old.channel, old.status, old.received_at, old.finished_at,
                        old.legal_due_date, old.legal_due_at, old.paused_at, old.supplement_count, old.rating,
                        old.rated_at)
                       is distinct from
                       (new.center_id, new.procedure_id, new.channel, new.status, new.received_at, new.finished_at,
                        new.legal_due_date, new.legal_due_at, new.paused_at, new.supplement_count, new.rating,
                        new.rated_at))
    execute function statistics_rollup_keep_changed();
create trigger dossier_statistics_delete after delete on dossier
    for each row execute function statistics_rollup_keep_changed();

-- When a dossier in progress becomes overdue. dossier_timeliness judges dossiers in progress by it, so the
-- rule keeps one home. Overdue after: never ('infinity') without a due date or while paused before it, always
-- ('-infinity') after a second supplement request or when paused after it; otherwise the due time, or the
-- last moment of the due day in the centers' zone.
create function dossier_overdue_after(legal_due date, legal_due_at timestamptz, paused_at timestamptz,
        supplement_count integer, zone text) returns timestamptz language sql immutable parallel safe as $$
    select case
        when supplement_count > 1 then '-infinity'::timestamptz
        when legal_due_at is not null then case
            when paused_at is null then legal_due_at
            when paused_at > legal_due_at then '-infinity'::timestamptz
            else 'infinity'::timestamptz end
        when legal_due is not null then case
            when paused_at is null then ((legal_due + 1)::timestamp at time zone zone) - interval '1 microsecond'
            when (paused_at at time zone zone)::date > legal_due then '-infinity'::timestamptz
            else 'infinity'::timestamptz end
        else 'infinity'::timestamptz
    end
$$;

create or replace function dossier_timeliness(status varchar, legal_due date, legal_due_at timestamptz,
        finished_at timestamptz, paused_at timestamptz, supplement_count integer, as_of timestamptz, zone text)
    returns varchar language sql stable parallel safe as $$
    select case
        when status in ('REFUSED', 'WITHDRAWN', 'STOPPED') then 'CLOSED'
        when finished_at is not null then case
            when supplement_count > 1 then 'LATE'
            when legal_due is null then 'ON_TIME'
            when legal_due_at is not null and finished_at > legal_due_at then 'LATE'
            when (finished_at at time zone zone)::date > legal_due then 'LATE'
            when (finished_at at time zone zone)::date = legal_due then 'ON_TIME'
            else 'EARLY' end
        when as_of > dossier_overdue_after(legal_due, legal_due_at, paused_at, supplement_count, zone) then 'OVERDUE'
        else 'IN_TIME'
    end
$$;

alter table dossier add column overdue_after timestamptz;

-- (the zone read apart: with the query inside the call, a million inserts took 70 s longer, with it apart 6 s)
create function dossier_keep_overdue_after() returns trigger language plpgsql as $$
declare
    zone text;
begin
    select z.zone into zone from center_zone z;
    new.overdue_after := dossier_overdue_after(new.legal_due_date, new.legal_due_at, new.paused_at,
        new.supplement_count, zone);
    return new;
end
$$;
create trigger dossier_overdue_after before insert or update on dossier
    for each row execute function dossier_keep_overdue_after();

-- the open dossiers' covering index carries it
drop index dossier_open_idx;
create index dossier_open_idx on dossier (center_id, procedure_id)
    include (status, received_at, legal_due_date, legal_due_at, paused_at, supplement_count, overdue_after)
    where finished_at is null and status not in ('REFUSED', 'WITHDRAWN', 'STOPPED');

-- States the centers' zone and, when it is new, builds the overdue moments and the figures again from every
-- dossier, with writers to dossier held off meanwhile. Returns whether it built them.
create function use_center_zone(wanted text) returns boolean language plpgsql as $$
declare
    changes refcursor;
begin
    if exists (select 1 from center_zone where zone = wanted) then
        return false;
    end if;
    -- holds off writers to dossier and a second replica stating a zone, which then finds it stated
    lock table dossier in share row exclusive mode;
    if exists (select 1 from center_zone where zone = wanted) then
        return false;
    end if;
    insert into center_zone (zone) values (wanted)
        on conflict (only_row) do update set zone = excluded.zone;
    update dossier set overdue_after = dossier_overdue_after(legal_due_date, legal_due_at, paused_at,
        supplement_count, wanted);
    delete from statistics_rollup;
    open changes for select c.* from dossier d, statistics_contribution(1, d, wanted) c;
    perform statistics_rollup_add_all(changes);
    return true;
end
$$;
