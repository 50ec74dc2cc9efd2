#!/usr/bin/env bash
# Where one question's time (and memory) goes: the packaged service under wrk for BENCH_DURATION seconds with a JFR
# recording (settings=profile), then JDK 25's own views of it. Same data, package and heap as bench/run.sh.
#   bash bench/profile.sh lookup|catalogue|callnext|start     (the recording stays in target/bench/<question>.jfr)
set -euo pipefail
cd "$(dirname "$0")/.."
QUESTION=${1:?lookup, catalogue, callnext or start}
BENCH_LOG=profile source bench/lib/common.sh
case "$QUESTION" in
  lookup) BODY="$LOOKUP_APP" CODES="$WORK/codes.txt" ;;
  catalogue) BODY="$PAGE_APP" CODES="" ;;
  callnext | start) ;;
  *) echo "unknown question $QUESTION" >&2; exit 2 ;;
esac
RECORDING="$PWD/$WORK/$QUESTION.jfr"
if [ "$QUESTION" = start ]; then
  # from the JVM's first moment to the first answer, sampled every 10 ms (main thread and the rest)
  start_app "${PROFILE_AOT--XX:AOTCache=app.aot} -XX:StartFlightRecording=name=start,settings=profile"
  echo "first answer after $(wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}') ms (with JFR)"
  "${JAVA%/java}/jcmd" "$APP_PID" JFR.stop name=start filename="$RECORDING" > /dev/null
  "${JAVA%/java}/jfr" print --events jdk.ExecutionSample --stack-depth 200 "$RECORDING" | python3 bench/lib/jfr-inclusive.py \
    'motcua|quarkus|hibernate|flyway|agroal|smallrye|vertx|netty|oidc|jboss|software\.amazon|graphql'
  exit 0
fi
# PROFILE_AOT= (empty) profiles the service without its AOT cache
start_app "${PROFILE_AOT--XX:AOTCache=app.aot}"
wait_for "http://127.0.0.1:$APP_PORT/graphql" '{"query":"{ __typename }"}' > /dev/null
load() { # $1: seconds; as bench/run.sh loads the service for this question
  if [ "$QUESTION" = callnext ]; then
    TOKENS="$WORK/counter-tokens.txt" wrk -t$COUNTERS -c$COUNTERS -d"$1s" --latency -s bench/lib/call-next.lua \
      "http://127.0.0.1:$APP_PORT/graphql" 2>&1
  else
    BODY="$BODY" CODES="$CODES" wrk -t2 -c"$CONNECTIONS" -d"$1s" --latency -s bench/lib/graphql.lua \
      "http://127.0.0.1:$APP_PORT/graphql" 2>&1
  fi
}
if [ "$QUESTION" = callnext ]; then
  queue_center $COUNTERS
  fill_queue
fi
load "$WARMUP" > /dev/null || true
"${JAVA%/java}/jcmd" "$APP_PID" JFR.start name=profile settings=profile > /dev/null
load "$DURATION" | grep '^RESULT'
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
