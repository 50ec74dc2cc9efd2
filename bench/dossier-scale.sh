#!/usr/bin/env bash
# Dossier reads at scale: times dossierStatus, a first work-list page and a month's statistics over
# HTTP on the demo history, loads a million dossiers (override: BENCH_DOSSIERS=...), times them again
# side by side and prints PostgreSQL's plans. Everything runs on loopback against embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp test -Dtest=DossierScaleBench -Dbench=true -Dbench.dossiers="${BENCH_DOSSIERS:-1000000}" \
  -Dsurefire.failIfNoSpecifiedTests=false | grep '\[bench\]'
