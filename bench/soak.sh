#!/usr/bin/env bash
# Issue 13's soak, one command, loopback only, bounded in time: a day's mix on the 1,000,000-dossier data
# for SOAK_MINUTES (default 10) with 16 connections against the service as bench/run.sh runs it:
#   70% dossier look-up, 20% catalogue page and search, 8% queue (take a ticket, call the next at one of 16
#   counters, read the display board), 2% intake and transfer with counter officers' tokens.
# Every answer is checked (bench/lib/soak.lua); the error count must be 0. Heap, old generation and RSS are
# sampled every 30 s to show whether memory climbs, and the live set is taken after a full GC at the first
# minute and at the end: old generation that grows between GCs is garbage, a live set that grows is a leak. Output: a summary on stdout and bench/results/soak.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_LOG=soak
source bench/lib/common.sh
MINUTES=${SOAK_MINUTES:-10}
THREADS=16
JSTAT="$(dirname "$JAVA")/jstat"
JCMD="$(dirname "$JAVA")/jcmd"

say "starting the service"
start_app "-XX:AOTCache=app.aot"
wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null
queue_center $THREADS
INTAKE=$(token counter-officer center_code=BLU counter_code=Q01 sub=soak-intake preferred_username=soak-intake)
PROCEDURE=$(SQL "select p.code from procedure p join agency a on a.id = p.agency_id where a.code = 'SXD'
  and p.status = 'PUBLISHED' and p.for_citizens
  and exists (select 1 from procedure_channel c where c.procedure_id = p.id and c.channel = 'DIRECT')
  order by p.code limit 1")
# the intake the mix repeats, once by hand: a refusal here would make every intake an error
gql "$INTAKE" '{"query":"mutation { receiveDossier(input: {procedureCode: \"'"$PROCEDURE"'\", channel: DIRECT, applicant: {fullName: \"Nguyễn Văn An\", idNumber: \"079012345678\", phone: \"0912345678\"}}) { receipt { dossier { code } } userErrors { code } } }"}'

sample() { # elapsed seconds, heap used MB, old generation used MB, RSS MB
  local gc
  gc=$("$JSTAT" -gc "$APP_PID" | tail -1)
  echo "$1 $(echo "$gc" | awk '{printf "%d %d", ($3 + $4 + $6 + $8) / 1024, $8 / 1024}') $(rss_mb "$APP_PID")"
}
say "soak: $MINUTES minutes"
: > "$WORK/soak-samples.txt"
CODES="$WORK/codes.txt" CENTER="$CENTER" TOKENS="$WORK/counter-tokens.txt" INTAKE_TOKEN="$INTAKE" PROCEDURE="$PROCEDURE" \
  wrk -t$THREADS -c$THREADS -d"${MINUTES}m" --latency -s bench/lib/soak.lua "http://127.0.0.1:$APP_PORT/graphql" \
  > "$WORK/soak-wrk.txt" 2>&1 &
WRK_PID=$!
started=$(date +%s)
live_set() { "$JCMD" "$APP_PID" GC.run > /dev/null; sample "$1" | awk '{print $3}'; }
LIVE_START=""
while kill -0 "$WRK_PID" 2> /dev/null; do
  sleep 30
  kill -0 "$WRK_PID" 2> /dev/null || break
  sample $(( $(date +%s) - started )) >> "$WORK/soak-samples.txt"
  [ -n "$LIVE_START" ] || LIVE_START=$(live_set $(( $(date +%s) - started )))
done
wait "$WRK_PID" || true
LIVE_END=$(live_set $(( $(date +%s) - started )))
RESULT=$(grep '^RESULT' "$WORK/soak-wrk.txt" | sed 's/^RESULT //')
# memory trend: the mean of the last third of the samples against the first third (after the first minute)
TREND=$(awk 'NR > 2 { n++; heap[n] = $3; rss[n] = $4 } END { t = int(n / 3); if (t < 1) { print "too short"; exit }
  for (i = 1; i <= t; i++) { h1 += heap[i]; r1 += rss[i]; h3 += heap[n - t + i]; r3 += rss[n - t + i] }
  printf "old generation %d -> %d MB, RSS %d -> %d MB (first third -> last third)", h1 / t, h3 / t, r1 / t, r3 / t }' \
  "$WORK/soak-samples.txt")
{
  echo "# Soak $(date -u +%Y-%m-%d) ($(nproc) cores, $(SQL "select count(*) from dossier") dossiers, $MINUTES min, $THREADS connections, -Xmx$HEAP $JVM_OPTIONS ${MALLOC_ARENA_MAX:+MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX}, $("$JAVA" -version 2>&1 | head -1))"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| requests/s | $(field "$RESULT" rps) |"
  echo "| p50 / p99 ms | $(field "$RESULT" p50_ms) / $(field "$RESULT" p99_ms) |"
  echo "| errors | $(field "$RESULT" errors) of $(field "$RESULT" requests) |"
  echo "| memory trend | $TREND |"
  echo "| live set after a full GC | $LIVE_START MB at 30 s, $LIVE_END MB at the end |"
  echo
  echo "Samples every 30 s: seconds, heap used MB, old generation MB, RSS MB"
  echo
  echo '```'
  cat "$WORK/soak-samples.txt"
  echo '```'
} | tee bench/results/soak.md
grep -v '^RESULT' "$WORK/soak-wrk.txt" | grep -v '^ \|^Running\|^Thread\|^Latency\|Requests/sec\|Transfer/sec\|requests in' >&2 || true
[ "$(field "$RESULT" errors)" = 0 ]
