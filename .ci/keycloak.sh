#!/usr/bin/env bash
# A real Keycloak for the end-to-end tests: fetched from Maven Central, run on the Temurin 25 JDK,
# bound to 127.0.0.1:8180 with the realm from src/test/resources/keycloak imported.
#   .ci/keycloak.sh start   -> prints nothing, leaves target/keycloak/keycloak.pid
#   .ci/keycloak.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=26.5.6
HOME_DIR=target/keycloak
PORT=8180
JDK=${KEYCLOAK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

case "${1:-}" in
start)
  if [ ! -x "$HOME_DIR/keycloak-$VERSION/bin/kc.sh" ]; then
    ./mvnw -B -ntp -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$HOME_DIR"
    unzip -q -o "$HOME_DIR/keycloak-quarkus-dist-$VERSION.zip" -d "$HOME_DIR"
  fi
  # the realm file is the whole truth: a database left by an earlier start would keep an older realm,
  # since --import-realm skips a realm that exists
  rm -rf "$HOME_DIR/keycloak-$VERSION/data/h2"
  mkdir -p "$HOME_DIR/keycloak-$VERSION/data/import"
  cp src/test/resources/keycloak/motcua-realm.json "$HOME_DIR/keycloak-$VERSION/data/import/"
  JAVA_HOME="$JDK" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-ci-only \
    nohup "$HOME_DIR/keycloak-$VERSION/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port=$PORT \
      --hostname-strict=false > "$HOME_DIR/keycloak.log" 2>&1 &
  echo $! > "$HOME_DIR/keycloak.pid"
  for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$PORT/realms/motcua/.well-known/openid-configuration" > /dev/null; then
      exit 0
    fi
    sleep 1
  done
  echo "Keycloak did not start in 120 s; its log:" >&2
  tail -50 "$HOME_DIR/keycloak.log" >&2
  exit 1
  ;;
stop)
  if [ -f "$HOME_DIR/keycloak.pid" ]; then
    pid=$(cat "$HOME_DIR/keycloak.pid")
    # kc.sh starts java as a child: stop the whole group of the pid we started
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    rm -f "$HOME_DIR/keycloak.pid"
  fi
  ;;
*)
  echo "usage: $0 start|stop" >&2
  exit 2
  ;;
esac
