#!/usr/bin/env bash
# callNextTicket throughput: 1 counter vs 32 counters draining the same number of tickets over HTTP
# (BENCH_TICKETS, default 1000), on loopback against embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp test -Dtest=CallNextThroughputBench -Dbench=true -Dbench.tickets="${BENCH_TICKETS:-1000}" \
  -Dsurefire.failIfNoSpecifiedTests=false | grep '\[bench\]'
