#!/usr/bin/env bash
# Start to first answer under JVM options side by side: the packaged service as bench/run.sh ships it (same
# data, package, AOT cache and heap), started STARTS times (3) per argument, each argument one set of options.
#   bash bench/starts.sh "" "-XX:+UseSerialGC" "-XX:TieredStopAtLevel=1"
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_LOG=starts source bench/lib/common.sh
for options in "$@"; do
  for _ in $(seq 1 "${STARTS:-3}"); do
    : > "$WORK/app.log"
    started=$(date +%s%N)
    start_app "-XX:AOTCache=app.aot $options"
    wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null
    first_answer=$(( ($(date +%s%N) - started) / 1000000 ))
    sleep 1
    rss=$(rss_mb "$APP_PID")
    kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
    echo "[${options:-defaults}] first answer after $first_answer ms ($(grep -o 'started in [0-9.]*s' "$WORK/app.log" \
      || echo 'Quarkus did not say')), RSS at rest $rss MB"
  done
done
