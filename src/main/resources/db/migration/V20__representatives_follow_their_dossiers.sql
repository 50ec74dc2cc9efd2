-- Issue 17: a person who files for someone else (ủy quyền) follows the dossier as its applicant does, so
-- their list reads by this number too.
create index dossier_representative_idx on dossier (representative_id_number) where representative_id_number is not null;
