-- The dossiers in progress, about a tenth of a year's, per center and procedure with what judges them:
-- the current month's statistics count and judge them from this index alone, instead of reading every
-- dossier received before the month's end (StatisticsQueries). The closed statuses are DossierStatus's
-- REFUSED, WITHDRAWN and STOPPED, spelled as the query spells them so that the planner matches it.
create index dossier_open_idx on dossier (center_id, procedure_id)
    include (status, received_at, legal_due_date, paused_at, supplement_count)
    where finished_at is null and status not in ('REFUSED', 'WITHDRAWN', 'STOPPED');

-- The month's received, finished and rated dossiers, per center, with what their figures need: the
-- statistics count them from the index alone. They replace the plain indexes on the same ranges.
create index dossier_received_figures_idx on dossier (center_id, received_at) include (procedure_id, channel);
drop index dossier_center_received_idx;
create index dossier_finished_figures_idx on dossier (center_id, finished_at)
    include (procedure_id, status, received_at, legal_due_date, paused_at, supplement_count)
    where finished_at is not null;
drop index dossier_finished_idx;
create index dossier_rated_figures_idx on dossier (center_id, rated_at) include (procedure_id, rating)
    where rated_at is not null;
drop index dossier_rated_idx;
