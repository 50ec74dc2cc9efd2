-- When a dossier in progress becomes overdue, as a moment kept on the dossier for the centers' zone: the
-- month statistics count the overdue among tens of thousands of open dossiers by comparing it with "now",
-- where judging each took most of the query (StatisticsQueries). dossier_timeliness judges dossiers in
-- progress by the same function, so the rule keeps one home.
--
-- Overdue after: never ('infinity') without a due date or while paused before it, always ('-infinity')
-- after a second supplement request or when paused after it; otherwise the due time, or the last moment of
-- the due day in the centers' zone.
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

-- once a zone is stated (before that, the first start builds them with the figures)
update dossier set overdue_after = dossier_overdue_after(legal_due_date, legal_due_at, paused_at, supplement_count,
    (select z.zone from center_zone z))
 where exists (select 1 from center_zone);

-- the open dossiers' covering index carries it
drop index dossier_open_idx;
create index dossier_open_idx on dossier (center_id, procedure_id)
    include (status, received_at, legal_due_date, legal_due_at, paused_at, supplement_count, overdue_after)
    where finished_at is null and status not in ('REFUSED', 'WITHDRAWN', 'STOPPED');

-- A new zone moves every due day's last moment too: stating it builds the moments again with the figures.
create or replace function use_center_zone(wanted text) returns boolean language plpgsql as $$
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
