-- Case variants (trường hợp) carry their own documents and fees: a document names the case that asks for
-- it (its position among the procedure's cases; null: every case), and a case may state its own fee in
-- place of the channel's.
alter table required_document add column case_position integer;
alter table procedure_case add column fee_vnd bigint;
