#!/usr/bin/env bash
# Issue 12's benchmark, one command, loopback only, bounded in time:
#   the service against its peer (PostGraphile 4 on the same tables) and its limit (PostgreSQL itself,
#   the same look-up as one prepared statement), on one PostgreSQL 17 holding the project's own schema
#   and generator's dossiers (BENCH_DOSSIERS, default 1,000,000).
# Questions: the dossier look-up, the catalogue page, call-next with 32 counters, start to first answer,
# RSS at rest and after load.
# The service runs as shipped for speed: the aot-jar package on JDK 25 (BENCH_JAVA_HOME) with the AOT cache
# trained here on the look-up and the catalogue, a stated heap (BENCH_HEAP), tokens checked against the
# development key (src/dev) so that the counters sign in without a provider.
# Every response is checked: HTTP 200 with data and without errors, or it counts as an error.
# Output: a table on stdout and in bench/results/latest.md. The data stays in target/bench between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/common.sh
PEER_PORT=5091

if [ ! -x "$WORK/peer/node_modules/.bin/postgraphile" ]; then
  say "installing PostGraphile 4"
  npm install --prefix "$WORK/peer" --no-audit --no-fund --loglevel=error postgraphile@4 >> "$LOG" 2>&1
fi

# --- start to first answer (without and with the cache), and RSS at rest (no demo data to check) ----------
say "starting the service without the AOT cache"
started=$(date +%s%N)
start_app ""
wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null
START_PLAIN_MS=$(( ($(date +%s%N) - started) / 1000000 ))
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
say "starting the service with the AOT cache"
started=$(date +%s%N)
start_app "-XX:AOTCache=app.aot"
wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null
START_MS=$(( ($(date +%s%N) - started) / 1000000 ))
sleep 2
RSS_REST=$(rss_mb "$APP_PID")
say "PostGraphile on the same tables"
# A file that replaces another is one unique self-reference, whose two directions PostGraphile names alike
# and then refuses to start; a smart comment names the way back. No table the questions read is touched.
SQL "comment on constraint dossier_file_replaces_id_fkey on dossier_file is E'@foreignSingleFieldName replacedBy'" \
  > /dev/null
"$WORK/peer/node_modules/.bin/postgraphile" -c "postgres://postgres@127.0.0.1:$PG_PORT/postgres" --host 127.0.0.1 \
  --port $PEER_PORT --disable-graphiql --disable-query-log > "$WORK/peer.log" 2>&1 &
PEER_PID=$!
wait_for "http://127.0.0.1:$PEER_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null

run_wrk() { # $1: url, $2: body (with %s for a code), $3: codes file or empty; prints RESULT fields
  BODY="$2" CODES="$3" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/lib/graphql.lua "$1" > /dev/null 2>&1 || true
  BODY="$2" CODES="$3" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/lib/graphql.lua "$1" 2>&1 \
    | grep '^RESULT' | sed 's/^RESULT //'
}

LOOKUP_PEER='{"query":"query($c: String!) { dossierByCode(code: $c) { code status receivedAt appointmentDate appointmentAt legalDueDate finishedAt procedureByProcedureId { name } agencyByCurrentAgencyId { name } dossierEventsByDossierId(orderBy: ID_ASC, condition: {publicNote: true}) { nodes { at action toStatus agencyByToAgencyId { name } } } } }","variables":{"c":"%s"}}'
PAGE_PEER='{"query":"{ allProcedures(first: 20, condition: {status: \"PUBLISHED\"}, orderBy: [NAME_ASC, CODE_ASC]) { nodes { code name onlineLevel agencyByAgencyId { code name } fieldByFieldId { code name } procedureChannelsByProcedureId { nodes { channel processingDays feeVnd } } requiredDocumentsByProcedureId { nodes { name originals copies } } } } }"}'

say "dossier look-up: service"
L_APP=$(run_wrk "http://127.0.0.1:$APP_PORT/graphql" "$LOOKUP_APP" "$WORK/codes.txt")
say "dossier look-up: PostGraphile"
L_PEER=$(run_wrk "http://127.0.0.1:$PEER_PORT/graphql" "$LOOKUP_PEER" "$WORK/codes.txt")
say "catalogue page: service"
P_APP=$(run_wrk "http://127.0.0.1:$APP_PORT/graphql" "$PAGE_APP" "")
say "catalogue page: PostGraphile"
P_PEER=$(run_wrk "http://127.0.0.1:$PEER_PORT/graphql" "$PAGE_PEER" "")

# --- call-next: a new center of 32 counters serving one group, a queue of waiting tickets, then every
# counter's officer (own token) calls the next ticket as fast as the answers come. Afterwards the log must
# show each ticket called once: no call answered twice, none lost.
say "call-next: $COUNTERS counters"
queue_center $COUNTERS
fill_queue
TOKENS="$WORK/counter-tokens.txt" wrk -t$COUNTERS -c$COUNTERS -d"${WARMUP}s" -s bench/lib/call-next.lua \
  "http://127.0.0.1:$APP_PORT/graphql" > "$WORK/call-next-warmup.txt" 2>&1 || true
C_APP=$(TOKENS="$WORK/counter-tokens.txt" wrk -t$COUNTERS -c$COUNTERS -d"${DURATION}s" --latency -s bench/lib/call-next.lua \
  "http://127.0.0.1:$APP_PORT/graphql" 2>&1 | grep '^RESULT' | sed 's/^RESULT //')
ANSWERED=$(( $(field "$(grep '^RESULT' "$WORK/call-next-warmup.txt")" calls) + $(field "$C_APP" calls) ))
CALLED=$(SQL "select count(*) from ticket_event e join ticket t on t.id = e.ticket_id where t.center_id = $CENTER_ID and e.action = 'CALL'")
TWICE=$(SQL "select count(*) from (select e.ticket_id from ticket_event e join ticket t on t.id = e.ticket_id
  where t.center_id = $CENTER_ID and e.action = 'CALL' group by e.ticket_id having count(*) > 1) twice")
# a call cut off when wrk stops may have committed unanswered: at most one per counter and run (warm-up, load)
if [ "$TWICE" = 0 ] && [ "$CALLED" -ge "$ANSWERED" ] && [ "$CALLED" -le $(( ANSWERED + 2 * COUNTERS )) ]; then
  ONCE="yes ($CALLED calls logged, $ANSWERED answered, $TICKETS tickets)"
else
  ONCE="NO: $TWICE tickets called twice, $CALLED calls logged, $ANSWERED answered"
fi
RSS_LOAD=$(rss_mb "$APP_PID")
kill "$PEER_PID"; PEER_PID=""
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""

say "dossier look-up: PostgreSQL itself (one prepared statement)"
MAX_ID=$(SQL "select max(id) from dossier")
cat > "$WORK/lookup.sql" <<SQL
\set id random(1, $MAX_ID)
select d.code, d.status, d.received_at, d.appointment_date, d.appointment_at, d.legal_due_date, d.finished_at,
       d.lookup_secret_hash,
       p.name, a.name,
       dossier_timeliness(d.status, d.legal_due_date, d.legal_due_at, d.finished_at, d.paused_at, d.supplement_count,
                          now(), '$ZONE'),
       (select coalesce(json_agg(json_build_object('at', e.at, 'action', e.action, 'status', e.to_status, 'agency', ea.name)
               order by e.id), '[]') from dossier_event e left join agency ea on ea.id = e.to_agency_id
         where e.dossier_id = d.id and e.public_note)
from dossier d join procedure p on p.id = d.procedure_id join agency a on a.id = d.current_agency_id
where d.id = :id;
SQL
pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared -c "$CONNECTIONS" -j 2 -T "$WARMUP" -f "$WORK/lookup.sql" postgres \
  >> "$LOG" 2>&1
LIMIT_RPS=$(pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" \
  -f "$WORK/lookup.sql" postgres 2>&1 | awk '/^tps/ {print $3}')

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
{
  echo "# Benchmark $(date -u +%Y-%m-%d) ($(nproc) cores, $ROWS dossiers, $CONNECTIONS connections, ${DURATION}s after ${WARMUP}s warm-up, -Xmx$HEAP $JVM_OPTIONS ${MALLOC_ARENA_MAX:+MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX}, $("$JAVA" -version 2>&1 | head -1))"
  echo
  echo "| question | service | PostGraphile 4 | PostgreSQL | service/peer | service/limit |"
  echo "|---|---|---|---|---|---|"
  echo "| dossier look-up, requests/s | $(field "$L_APP" rps) | $(field "$L_PEER" rps) | $LIMIT_RPS | $(ratio "$(field "$L_APP" rps)" "$(field "$L_PEER" rps)") | $(ratio "$(field "$L_APP" rps)" "$LIMIT_RPS") |"
  echo "| dossier look-up, p99 ms | $(field "$L_APP" p99_ms) | $(field "$L_PEER" p99_ms) | | | |"
  echo "| dossier look-up, errors | $(field "$L_APP" errors) of $(field "$L_APP" requests) | $(field "$L_PEER" errors) of $(field "$L_PEER" requests) | | | |"
  echo "| catalogue page (20), requests/s | $(field "$P_APP" rps) | $(field "$P_PEER" rps) | | $(ratio "$(field "$P_APP" rps)" "$(field "$P_PEER" rps)") | |"
  echo "| catalogue page, p99 ms | $(field "$P_APP" p99_ms) | $(field "$P_PEER" p99_ms) | | | |"
  echo "| catalogue page, errors | $(field "$P_APP" errors) of $(field "$P_APP" requests) | $(field "$P_PEER" errors) of $(field "$P_PEER" requests) | | | |"
  echo "| call-next, $COUNTERS counters, calls/s | $(field "$C_APP" rps) | | | | |"
  echo "| call-next, p99 ms | $(field "$C_APP" p99_ms) | | | | |"
  echo "| call-next, errors | $(field "$C_APP" errors) of $(field "$C_APP" requests) | | | | |"
  echo "| call-next, each ticket called once | $ONCE | | | | |"
  echo "| start to first answer, ms (JDK 25, AOT cache / without) | $START_MS / $START_PLAIN_MS | | | | |"
  echo "| RSS at rest / after load, MB | $RSS_REST / $RSS_LOAD | | | | |"
} | tee bench/results/latest.md
