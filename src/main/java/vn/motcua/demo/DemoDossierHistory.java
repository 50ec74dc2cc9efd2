package vn.motcua.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A year of dossier history, generated inside PostgreSQL in a few set-based statements: the demo
 * data uses tens of thousands, the benchmark a million (bench/dossiers-1m.sh). Deterministic for a
 * given seed. Approximations, said plainly: appointment dates count 7 calendar days per 5 working
 * days instead of the holiday table, and applicants are invented (identity numbers start 096).
 * Every generated dossier opens with {@link #DEMO_SECRET} in dossierStatus.
 */
public final class DemoDossierHistory {

    public static final String DEMO_SECRET = "DEMO2025";
    /** The dev-mode citizen (src/dev/DevToken.java) owns one dossier in this many. */
    static final int DEV_CITIZEN_EVERY = 1000;

    private DemoDossierHistory() {
    }

    /**
     * Adds {@code count} dossiers received over the year before {@code today} (the centers' local day, in
     * {@code zone}), each opening with the secret whose stored hash is {@code secretHash}.
     */
    public static void generate(Connection c, int count, double seed, LocalDate today, String zone, String secretHash)
            throws SQLException {
        long before;
        try (PreparedStatement max = c.prepareStatement("select coalesce(max(id), 0) from dossier");
                java.sql.ResultSet rs = max.executeQuery()) {
            rs.next();
            before = rs.getLong(1);
        }
        try (PreparedStatement setSeed = c.prepareStatement("select setseed(?)")) {
            setSeed.setDouble(1, seed);
            setSeed.execute();
        }
        try (PreparedStatement insert = c.prepareStatement("""
                with procs as (
                  select array_agg(p.id order by p.id) as ids, array_agg(a.id order by p.id) as agency_ids,
                         array_agg(a.code order by p.id) as agency_codes, array_agg(coalesce(ch.processing_days, 5) order by p.id) as days,
                         count(*)::int as n
                  from procedure p join agency a on a.id = p.agency_id
                  left join procedure_channel ch on ch.procedure_id = p.id and ch.channel = 'DIRECT'
                  where p.status = 'PUBLISHED'
                ), raw as (
                  select g, 1 + floor(random() * procs.n)::int as k, random() as r_status, random() as r_late,
                         random() as r_rating, random() as r_channel,
                         (cast(? as date) - 1 - floor(random() * 365)::int) as day,
                         time '07:30' + floor(random() * 540) * interval '1 minute' as at_time
                  from generate_series(1, ?) g, procs
                ), shaped as (
                  select raw.*, procs.ids[k] as procedure_id, procs.agency_ids[k] as agency_id,
                         procs.agency_codes[k] as agency_code, greatest(procs.days[k], 1) as days,
                         ((raw.day + raw.at_time) at time zone cast(? as text)) as received_at,
                         raw.day + (greatest(procs.days[k], 1) * 7 / 5) as appointment_date,
                         cast(? as date) - raw.day as age,
                         ((cast(? as date))::timestamp at time zone cast(? as text)) as today_start,
                         procs.agency_codes[k] || '-' || to_char(raw.day, 'YYMMDD') as prefix
                  from raw, procs
                ), taken as (
                  -- a second run continues each agency's daily sequence
                  select left(code, length(code) - 5) as prefix, max(right(code, 4)::int) as last
                  from dossier group by 1
                )
                insert into dossier (code, center_id, procedure_id, channel, status, current_agency_id,
                    applicant_name, applicant_id_number, applicant_phone, documents, lookup_secret_hash,
                    submitted_at, received_at, legal_due_date, appointment_date, finished_at, returned_at, return_method,
                    supplement_count, rating, rated_at, demo)
                select s.prefix || '-' || lpad((coalesce(taken.last, 0)
                         + row_number() over (partition by s.prefix order by s.g))::text, 4, '0'),
                       (select id from center where code = 'BLU'), s.procedure_id,
                       case when s.r_channel < 0.35 then 'ONLINE' when s.r_channel < 0.4 then 'POSTAL' else 'DIRECT' end,
                       st.status, s.agency_id,
                       (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ'])[1 + s.g % 6] || ' '
                         || (array['Văn', 'Thị', 'Minh', 'Ngọc', 'Hoàng'])[1 + s.g % 5] || ' '
                         || (array['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Khoa', 'Lan', 'Phúc', 'Tâm', 'Vy'])[1 + s.g % 10],
                       case when s.g % ? = 0 then '001090000001' else '096' || lpad(s.g::text, 9, '0') end,
                       '09' || lpad((s.g % 100000000)::text, 8, '0'),
                       array['Đơn đề nghị theo mẫu', 'Bản sao Căn cước công dân'], ?,
                       case when s.r_channel < 0.35 then s.received_at - interval '2 hours' end,
                       s.received_at, s.appointment_date, s.appointment_date, fin.finished_at,
                       case when st.status = 'RETURNED' then least(fin.finished_at + interval '1 day', s.today_start) end,
                       case when st.status = 'RETURNED' then 'DIRECT' end,
                       case when s.r_late > 0.97 then 2 when s.r_late > 0.85 then 1 else 0 end,
                       rt.rating, case when rt.rating is not null then least(fin.finished_at + interval '2 days', s.today_start) end,
                       true
                from shaped s
                left join taken on taken.prefix = s.prefix
                cross join lateral (select case
                    when s.age > 45 then case when s.r_status < 0.90 then 'RETURNED' when s.r_status < 0.94 then 'WITHDRAWN'
                                              when s.r_status < 0.97 then 'REFUSED' else 'STOPPED' end
                    else case when s.r_status < 0.35 then 'RETURNED' when s.r_status < 0.5 then 'RESULT_READY'
                              when s.r_status < 0.8 then 'PROCESSING' when s.r_status < 0.88 then 'SUPPLEMENT_REQUESTED'
                              when s.r_status < 0.93 then 'PAYMENT_DUE' else 'RECEIVED' end
                    end as status) st
                cross join lateral (select case when st.status in ('RETURNED', 'RESULT_READY') then
                    -- about nine in ten on time; never after the day before today, never before receipt
                    greatest(s.received_at + interval '1 hour', least(
                      ((s.day + floor(s.days * 7 / 5 * (case when s.r_late > 0.9 then 1.3 else 0.4 + s.r_late * 0.6 end))::int
                        + time '15:00') at time zone cast(? as text)),
                      s.today_start - interval '9 hours')) end as finished_at) fin
                cross join lateral (select case when st.status = 'RETURNED' and s.r_rating < 0.6
                    then (array[5, 5, 5, 4, 4, 4, 3, 2, 1])[1 + floor(s.r_rating / 0.6 * 9)::int] end as rating) rt
                """)) {
            int p = 0;
            insert.setObject(++p, today);
            insert.setInt(++p, count);
            insert.setString(++p, zone);
            insert.setObject(++p, today);
            insert.setObject(++p, today);
            insert.setString(++p, zone);
            insert.setInt(++p, DEV_CITIZEN_EVERY);
            insert.setString(++p, secretHash);
            insert.setString(++p, zone);
            insert.executeUpdate();
        }
        try (PreparedStatement log = c.prepareStatement("""
                insert into dossier_event (dossier_id, at, action, from_status, to_status, from_agency_id, to_agency_id,
                    actor, actor_role, note)
                select d.id, d.received_at, 'RECEIVE', null, 'RECEIVED', null, d.current_agency_id, 'demo', 'counter-officer',
                       'Tiếp nhận hồ sơ'
                from dossier d where d.demo and d.id > ?
                union all
                select d.id, d.received_at + interval '1 hour', 'TRANSFER', 'RECEIVED', 'PROCESSING', d.current_agency_id,
                       d.current_agency_id, 'demo', 'counter-officer', null
                from dossier d where d.demo and d.status not in ('RECEIVED', 'REFUSED')
                  and d.id > ?
                union all
                select d.id, d.finished_at, 'RECORD_RESULT', 'PROCESSING', 'RESULT_READY', d.current_agency_id,
                       d.current_agency_id, 'demo', 'department-officer', null
                from dossier d where d.demo and d.finished_at is not null
                  and d.id > ?
                union all
                select d.id, d.returned_at, 'RETURN_RESULT', 'RESULT_READY', 'RETURNED', d.current_agency_id,
                       d.current_agency_id, 'demo', 'counter-officer', null
                from dossier d where d.demo and d.returned_at is not null
                  and d.id > ?
                """)) {
            for (int i = 1; i <= 4; i++) {
                log.setLong(i, before);
            }
            log.executeUpdate();
        }
        try (PreparedStatement appointments = c.prepareStatement("""
                insert into dossier_appointment (dossier_id, appointment_date, reason, set_at, set_by)
                select d.id, d.appointment_date, 'RECEIVED', d.received_at, 'demo' from dossier d
                where d.demo and d.id > ?
                """)) {
            appointments.setLong(1, before);
            appointments.executeUpdate();
        }
        // history written behind the service's back: the daily code sequences continue after its codes
        // (AGENCY-YYMMDD-NNNN), and the kept figures of ended months no longer hold
        try (PreparedStatement sequences = c.prepareStatement("""
                insert into dossier_sequence (agency_id, day, last_value)
                select a.id, to_date(substr(d.code, length(d.code) - 10, 6), 'YYMMDD'), max(right(d.code, 4)::int)
                from dossier d join agency a on a.code = left(d.code, length(d.code) - 12)
                where d.demo and d.id > ?
                group by 1, 2
                on conflict (agency_id, day) do update
                  set last_value = greatest(dossier_sequence.last_value, excluded.last_value)
                """)) {
            sequences.setLong(1, before);
            sequences.executeUpdate();
        }
        try (PreparedStatement forget = c.prepareStatement("delete from statistics_month")) {
            forget.executeUpdate();
        }
        try (PreparedStatement analyze = c.prepareStatement("analyze dossier; analyze dossier_event")) {
            analyze.execute();
        }
    }
}
