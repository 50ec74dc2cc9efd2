#!/usr/bin/env bash
# Where one question's time (and memory) goes: the packaged service under wrk for BENCH_DURATION seconds with a JFR
# recording (settings=profile), then JDK 25's own views of it. Same data, package and heap as bench/run.sh.
#   bash bench/profile.sh lookup|catalogue     (the recording stays in target/bench/<question>.jfr)
set -euo pipefail
cd "$(dirname "$0")/.."
QUESTION=${1:?lookup or catalogue}
BENCH_LOG=profile source bench/lib/common.sh
case "$QUESTION" in
  lookup) BODY="$LOOKUP_APP" CODES="$WORK/codes.txt" ;;
  catalogue) BODY="$PAGE_APP" CODES="" ;;
  *) echo "unknown question $QUESTION" >&2; exit 2 ;;
esac
RECORDING="$PWD/$WORK/$QUESTION.jfr"
# PROFILE_AOT= (empty) profiles the service without its AOT cache
start_app "${PROFILE_AOT--XX:AOTCache=app.aot}"
wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null
BODY="$BODY" CODES="$CODES" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/lib/graphql.lua \
  "http://127.0.0.1:$APP_PORT/graphql" > /dev/null 2>&1 || true
"${JAVA%/java}/jcmd" "$APP_PID" JFR.start name=profile settings=profile > /dev/null
BODY="$BODY" CODES="$CODES" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/lib/graphql.lua \
  "http://127.0.0.1:$APP_PORT/graphql" 2>&1 | grep '^RESULT'
"${JAVA%/java}/jcmd" "$APP_PID" JFR.stop name=profile filename="$RECORDING" > /dev/null
echo "RSS after load: $(rss_mb "$APP_PID") MB"
# with BENCH_JAVA_OPTS=-XX:NativeMemoryTracking=summary: where the memory outside the heap is
"${JAVA%/java}/jcmd" "$APP_PID" VM.native_memory summary 2> /dev/null | grep -E '^(Total|-)' || true
"${JAVA%/java}/jfr" view --width 160 hot-methods "$RECORDING"
"${JAVA%/java}/jfr" view --width 160 allocation-by-class "$RECORDING" | head -20
# where the time goes including callees, for the service's own frames and the layers it calls
if command -v python3 > /dev/null; then
  "${JAVA%/java}/jfr" print --events jdk.ExecutionSample --stack-depth 200 "$RECORDING" | python3 bench/lib/jfr-inclusive.py \
    'motcua|smallrye\.graphql|graphql\.(execution|analysis)|hibernate\.query|dataloader|agroal|parsson'
fi
