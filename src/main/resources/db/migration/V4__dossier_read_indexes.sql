-- Work lists are read due first (appointment date, dossiers without one last) by agency, optionally by
-- status: these indexes match that ORDER BY exactly, so a first page is an index range scan of 21 rows
-- instead of a sort of the agency's whole history (measured with bench/dossier-scale.sh).
drop index dossier_agency_work_idx;
create index dossier_agency_due_idx
    on dossier (current_agency_id, (coalesce(appointment_date, date '9999-12-31')), id);
create index dossier_agency_status_due_idx
    on dossier (current_agency_id, status, (coalesce(appointment_date, date '9999-12-31')), id);
create index dossier_due_idx on dossier ((coalesce(appointment_date, date '9999-12-31')), id);
-- monthly statistics read three date ranges; ratings were the one without an index
create index dossier_rated_idx on dossier (rated_at) where rated_at is not null;
