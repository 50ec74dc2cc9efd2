-- Everyone the center serves: people with a personal identification number, foreigners with a passport,
-- and organisations with their enterprise or tax code (and who represents them at law).
alter table dossier add column applicant_id_kind varchar(16) not null default 'CITIZEN_ID'
    check (applicant_id_kind in ('CITIZEN_ID', 'PASSPORT', 'ENTERPRISE_CODE'));
alter table dossier add column applicant_nationality varchar(2) check (applicant_nationality ~ '^[A-Z]{2}$');
alter table dossier add column applicant_legal_representative varchar(255);
