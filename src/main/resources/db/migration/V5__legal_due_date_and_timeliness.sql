-- Two dates per dossier, never confused (DOMAIN.md "Deadlines"):
--   legal_due_date    receipt + processing time + supplement pauses; statistics and overdue judge by it;
--   appointment_date  the date promised to the applicant; an apology letter moves it, never the legal date.
alter table dossier add column legal_due_date date;
-- Until now an apology moved appointment_date itself: the legal date is the last one not set by an apology.
update dossier d set legal_due_date = coalesce(
    (select a.appointment_date from dossier_appointment a
      where a.dossier_id = d.id and a.reason <> 'APOLOGY' order by a.id desc limit 1),
    d.appointment_date);

-- The one definition of early / on time / late (finished) and in time / overdue (in progress), for the
-- object, the work lists and the statistics alike (Decision 766/QĐ-TTg):
--   * a finished dossier is judged on the local day it finished, an open one on today, or on the day
--     its clock stopped while it waits for a supplement;
--   * more than one supplement request counts as late;
--   * refused, withdrawn and stopped dossiers are not judged (CLOSED).
-- Statuses and results are the names of the Java enums DossierStatus and Timeliness (TimelinessTest).
create function dossier_timeliness(status varchar, legal_due date, finished_at timestamptz,
        paused_at timestamptz, supplement_count integer, today date, zone text)
    returns varchar language sql stable parallel safe as $$
    select case
        when status in ('REFUSED', 'WITHDRAWN', 'STOPPED') then 'CLOSED'
        when finished_at is not null then case
            when supplement_count > 1 then 'LATE'
            when legal_due is null then 'ON_TIME'
            when (finished_at at time zone zone)::date > legal_due then 'LATE'
            when (finished_at at time zone zone)::date = legal_due then 'ON_TIME'
            else 'EARLY' end
        when supplement_count > 1 then 'OVERDUE'
        when legal_due is not null
             and coalesce((paused_at at time zone zone)::date, today) > legal_due then 'OVERDUE'
        else 'IN_TIME'
    end
$$;

-- Work lists are read by legal due date now (dossiers without one last).
drop index dossier_agency_due_idx;
drop index dossier_agency_status_due_idx;
drop index dossier_due_idx;
create index dossier_agency_due_idx
    on dossier (current_agency_id, (coalesce(legal_due_date, date '9999-12-31')), id);
create index dossier_agency_status_due_idx
    on dossier (current_agency_id, status, (coalesce(legal_due_date, date '9999-12-31')), id);
create index dossier_center_due_idx on dossier (center_id, (coalesce(legal_due_date, date '9999-12-31')), id);

-- The appointment history and the processing log name their reasons and actions from Java enums.
alter table dossier_appointment drop constraint if exists dossier_appointment_reason_check;

-- Calendar: the official 2026 New Year swap (civil servants off Thu 1 to Sun 4 January; Friday 2 January
-- off in exchange for working Saturday 10 January), and projected years marked provisional until the
-- government's notice is imported.
alter table holiday add column provisional boolean not null default false;
insert into holiday (day, kind, name) values
    ('2026-01-02', 'HOLIDAY', 'Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/01/2026)'),
    ('2026-01-10', 'MAKEUP_WORKDAY', 'Làm bù cho ngày nghỉ 02/01/2026')
on conflict (day) do update set kind = excluded.kind, name = excluded.name;
update holiday set provisional = true where day >= date '2027-01-01';
