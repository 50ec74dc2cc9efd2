-- Issue 14: the file types a procedure accepts for its papers, judged by their content at upload. Every
-- procedure so far accepted the three the service recognises.
alter table procedure add column accepted_file_types varchar(8)[] not null default '{PDF,JPEG,PNG}'
    check (cardinality(accepted_file_types) > 0 and accepted_file_types <@ '{PDF,JPEG,PNG}'::varchar(8)[]);
