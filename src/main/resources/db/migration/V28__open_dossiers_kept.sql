-- The dossiers in progress, kept too: per center, month of receipt and procedure, how many of the dossiers
-- received are still open (open_now: not finished, not closed without result). The statistics then read
-- "in progress" and "carried over" from the kept rows and count live only the open dossiers not yet overdue,
-- by when they become so: those are the recent ones (a dossier in time is open for its processing days),
-- while the overdue ones pile up with the history (at a million dossiers, three in four of 60,000 open).
alter table statistics_rollup add column open_now integer not null default 0;
alter table statistics_rollup alter column open_now drop default;

-- as in V27, with open_now added to the month of receipt while the dossier is open
create or replace function statistics_contribution(sign integer, d dossier, zone text)
    returns setof statistics_rollup language sql stable as $$
    select d.center_id, date_trunc('month', d.received_at at time zone zone)::date, d.procedure_id,
           sign, case when d.channel = 'ONLINE' then sign else 0 end, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           case when d.finished_at is null and d.status not in ('REFUSED', 'WITHDRAWN', 'STOPPED') then sign else 0 end
     where d.received_at is not null
    union all
    select d.center_id, date_trunc('month', d.finished_at at time zone zone)::date, d.procedure_id, 0, 0,
           sign, case when t.judged = 'EARLY' then sign else 0 end,
           case when t.judged in ('EARLY', 'ON_TIME') then sign else 0 end,
           case when d.received_at < date_trunc('month', d.finished_at at time zone zone) at time zone zone
                     and d.status not in ('REFUSED', 'WITHDRAWN', 'STOPPED') then sign else 0 end,
           0, 0, 0, 0, 0, 0, 0, 0
      from (select dossier_timeliness(d.status, d.legal_due_date, d.legal_due_at, d.finished_at, d.paused_at,
                                      d.supplement_count, d.finished_at, zone) as judged) t
     where d.finished_at is not null
    union all
    select d.center_id, date_trunc('month', d.rated_at at time zone zone)::date, d.procedure_id, 0, 0, 0, 0, 0, 0,
           case when d.rating is not null then sign else 0 end, sign * coalesce(d.rating, 0),
           case when d.rating = 1 then sign else 0 end, case when d.rating = 2 then sign else 0 end,
           case when d.rating = 3 then sign else 0 end, case when d.rating = 4 then sign else 0 end,
           case when d.rating = 5 then sign else 0 end, 0
     where d.rated_at is not null
$$;

create or replace function statistics_rollup_add(changes statistics_rollup[]) returns void language plpgsql as $$
begin
    insert into statistics_rollup as r
    select center_id, month, procedure_id, sum(received), sum(received_online), sum(finished), sum(early),
           sum(on_time), sum(carried_over), sum(ratings), sum(rating_sum), sum(rated_1), sum(rated_2),
           sum(rated_3), sum(rated_4), sum(rated_5), sum(open_now)
      from unnest(changes)
     group by center_id, month, procedure_id
    having (sum(received), sum(received_online), sum(finished), sum(early), sum(on_time), sum(carried_over),
            sum(ratings), sum(rating_sum), sum(rated_1), sum(rated_2), sum(rated_3), sum(rated_4), sum(rated_5),
            sum(open_now))
           <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
     order by center_id, month, procedure_id
    on conflict (center_id, month, procedure_id) do update set
        received = r.received + excluded.received, received_online = r.received_online + excluded.received_online,
        finished = r.finished + excluded.finished, early = r.early + excluded.early,
        on_time = r.on_time + excluded.on_time, carried_over = r.carried_over + excluded.carried_over,
        ratings = r.ratings + excluded.ratings, rating_sum = r.rating_sum + excluded.rating_sum,
        rated_1 = r.rated_1 + excluded.rated_1, rated_2 = r.rated_2 + excluded.rated_2,
        rated_3 = r.rated_3 + excluded.rated_3, rated_4 = r.rated_4 + excluded.rated_4,
        rated_5 = r.rated_5 + excluded.rated_5, open_now = r.open_now + excluded.open_now;
end
$$;

-- the dossiers open now, in the zone already stated (none stated: the first start builds everything);
-- each one's month of receipt already has its row, which counts it as received
update statistics_rollup r set open_now = o.open_now
  from (select d.center_id, date_trunc('month', d.received_at at time zone z.zone)::date as month, d.procedure_id,
               count(*) as open_now
          from dossier d, center_zone z
         where d.received_at is not null and d.finished_at is null
           and d.status not in ('REFUSED', 'WITHDRAWN', 'STOPPED')
         group by 1, 2, 3) o
 where r.center_id = o.center_id and r.month = o.month and r.procedure_id = o.procedure_id;

-- the kept rows with open dossiers, by month, for the statistics' "received up to the month and still open"
create index statistics_rollup_open_idx on statistics_rollup (center_id, month) include (procedure_id, open_now)
    where open_now <> 0;

-- the open dossiers by when they become overdue: the statistics count those not overdue yet, the digest the
-- center's open ones; what V27's index also carried for judging each one no query reads any more
drop index dossier_open_idx;
create index dossier_open_idx on dossier (center_id, overdue_after) include (procedure_id, received_at)
    where finished_at is null and status not in ('REFUSED', 'WITHDRAWN', 'STOPPED');
