-- Issue 12: the catalogue's first pages (published procedures by name) read 20 rows from this index
-- instead of sorting all 1,011 on every request (2.4 ms of the database's time a page; 0.2 ms with it).
create index procedure_published_name_idx on procedure (name, code) where status = 'PUBLISHED';
