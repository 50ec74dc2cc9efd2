-- Search reads a procedure's field and agency as well as its name ("ho tich khai sinh": "hộ tịch" is the
-- field). Their names are kept folded beside them, as the procedure's own search_text is, by the one Java
-- fold (SearchText); V15 folds the rows that exist.
alter table agency add column search_text text not null default '';
alter table field add column search_text text not null default '';

-- What people type for what the catalogue calls it: abbreviations and common names. Both sides are folded
-- text (SearchText.fold); a term may have several expansions. A search matches a term's words as typed
-- or any of its expansions.
create table search_synonym (
    term       varchar(64)  not null check (term <> ''),
    expansion  varchar(255) not null check (expansion <> ''),
    primary key (term, expansion)
);

insert into search_synonym (term, expansion) values
    ('gpxd', 'giay phep xay dung'),
    ('cmnd', 'can cuoc'),
    ('cccd', 'can cuoc'),
    ('so do', 'giay chung nhan quyen su dung dat'),
    ('so hong', 'giay chung nhan quyen su dung dat'),
    ('gcnqsdd', 'giay chung nhan quyen su dung dat'),
    ('lltp', 'ly lich tu phap'),
    ('dkkd', 'dang ky kinh doanh'),
    ('dkkd', 'dang ky thanh lap'),
    ('giay phep kinh doanh', 'dang ky thanh lap'),
    ('gplx', 'giay phep lai xe'),
    ('bang lai', 'giay phep lai xe'),
    ('bhxh', 'bao hiem xa hoi'),
    ('bhyt', 'bao hiem y te'),
    ('passport', 'ho chieu'),
    ('giay khai sinh', 'khai sinh');
