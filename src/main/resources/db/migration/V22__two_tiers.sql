-- Issue 17, Decree 118/2025/NĐ-CP: two tiers of government, province and commune; the district level is
-- gone and its procedures are the communes'. Provincial centers and commune service points are both
-- centers; a commune point receives commune procedures and, where the province allows it, provincial
-- ones on its behalf. A dossier is received regardless of boundary and returned where the applicant chose.
update procedure set level = 'COMMUNE' where level = 'DISTRICT';
alter table procedure drop constraint procedure_level_check;
alter table procedure add constraint procedure_level_check check (level in ('CENTRAL', 'PROVINCIAL', 'COMMUNE'));

alter table center add column tier varchar(16) not null default 'PROVINCIAL' check (tier in ('PROVINCIAL', 'COMMUNE'));
alter table center add column receives_provincial boolean not null default false;

alter table dossier add column return_center_id bigint references center (id);
create index dossier_return_center_idx on dossier (return_center_id) where return_center_id is not null;
