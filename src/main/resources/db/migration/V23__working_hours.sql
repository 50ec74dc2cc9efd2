-- Procedures timed in working hours ("4 giờ làm việc"): the channel or case states hours instead of days,
-- and the dossier's two dates are then times as well (the dates stay, as the local days of those times).
alter table procedure_channel add column processing_hours integer;
alter table procedure_case add column processing_hours integer;
alter table dossier add column legal_due_at timestamptz, add column appointment_at timestamptz;
alter table dossier_appointment add column appointment_at timestamptz;

-- Timeliness judged as of a moment, no longer a day, so that a dossier due at 15:30 is overdue at 15:31
-- and late if finished then. Dossiers timed in days are judged on the local day as before: the moment's
-- day against the due date. Statuses and results are the names of the Java enums (TimelinessTest).
create function dossier_timeliness(status varchar, legal_due date, legal_due_at timestamptz,
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
        when supplement_count > 1 then 'OVERDUE'
        when legal_due_at is not null then case
            when coalesce(paused_at, as_of) > legal_due_at then 'OVERDUE' else 'IN_TIME' end
        when legal_due is not null
             and (coalesce(paused_at, as_of) at time zone zone)::date > legal_due then 'OVERDUE'
        else 'IN_TIME'
    end
$$;
drop function dossier_timeliness(varchar, date, timestamptz, timestamptz, integer, date, text);

-- The statistics' covering indexes (V13) carry what judges a dossier, now the due time too.
drop index dossier_open_idx;
create index dossier_open_idx on dossier (center_id, procedure_id)
    include (status, received_at, legal_due_date, legal_due_at, paused_at, supplement_count)
    where finished_at is null and status not in ('REFUSED', 'WITHDRAWN', 'STOPPED');
drop index dossier_finished_figures_idx;
create index dossier_finished_figures_idx on dossier (center_id, finished_at)
    include (procedure_id, status, received_at, legal_due_date, legal_due_at, paused_at, supplement_count)
    where finished_at is not null;
