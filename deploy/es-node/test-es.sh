#!/usr/bin/env bash
# make test-es: start a real Elasticsearch node (deploy/es-node) on free
# ports, wait for green health, run every Elasticsearch test against it (the
# live suite, the end-to-end `byline run --once --es`, search, serve and the
# browser on ES, the Kibana fields, the fault tests that start nodes of their
# own), check that none of them skipped, and stop the node.
#
# Environment: ES_CP (the launcher's class path, set by make), JAVA, GO,
# ES_HEAP (default 512m), ES_TEST_RUN (go test -run pattern, default Live),
# ES_TEST_PKGS (default the packages with Elasticsearch tests),
# ES_KEEP=1 keeps the work folder (logs, data) for a post-mortem.
set -euo pipefail
cd "$(dirname "$0")/../.."
GO=${GO:-go}
JAVA=${JAVA:-java}
: "${ES_CP:?set by make test-es}"
run=${ES_TEST_RUN:-Live}
pkgs=${ES_TEST_PKGS:-./index/es/... ./cmd/byline/ ./web/}

work=$(mktemp -d "${TMPDIR:-/tmp}/byline-test-es.XXXXXX")
mkfifo "$work/ctl"
# Hold the control pipe open read-write, so the launcher's standard input
# stays open until we send quit.
exec 3<>"$work/ctl"
"$JAVA" -Xmx64m -cp "$ES_CP" com.github.byline.esnode.Main --data "$work/es" \
  --http-port 0 --transport-port 0 --wait-status green --heap "${ES_HEAP:-512m}" \
  <&3 >"$work/out" 2>"$work/es.log" &
pid=$!

stop() {
  status=$?
  if kill -0 "$pid" 2>/dev/null; then
    echo quit >&3 || true
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  exec 3>&-
  if [ "$status" -ne 0 ]; then
    echo "test-es: failed; last lines of the Elasticsearch log ($work/es.log):"
    tail -n 40 "$work/es.log" || true
  fi
  if [ "${ES_KEEP:-}" = 1 ] || [ "$status" -ne 0 ]; then
    echo "test-es: work folder kept: $work"
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
until grep -q '^ES_READY ' "$work/out"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "test-es: the Elasticsearch launcher exited before the node was ready"
    exit 1
  fi
  if [ $(( $(date +%s) - started )) -gt 300 ]; then
    echo "test-es: no node after 300s"
    exit 1
  fi
  sleep 0.5
done
ready=$(grep -m1 '^ES_READY ' "$work/out")
url=$(sed -n 's/.*"urls":\["\([^"]*\)".*/\1/p' <<<"$ready")
version=$(sed -n 's/.*"version":"\([^"]*\)".*/\1/p' <<<"$ready")
health=$(curl -fsS "$url/_cluster/health?wait_for_status=green&timeout=60s")
case "$health" in
  *'"status":"green"'*) ;;
  *) echo "test-es: cluster not green: $health"; exit 1 ;;
esac
echo "test-es: Elasticsearch $version at $url, health green, up in $(( $(date +%s) - started ))s"

export BYLINE_ES_URL="$url" BYLINE_REQUIRE_ES=1 BYLINE_ES_NODE_DIR="$PWD/deploy/es-node"
set +e
# shellcheck disable=SC2086 # pkgs is a list of packages
"$GO" test -count=1 -timeout 20m -v -run "$run" $pkgs 2>&1 | tee "$work/test.out"
code=${PIPESTATUS[0]}
set -e
if [ "$code" -ne 0 ]; then
  exit "$code"
fi
if grep -q -- '--- SKIP' "$work/test.out"; then
  echo "test-es: some Elasticsearch tests skipped:"
  grep -- '--- SKIP' "$work/test.out"
  exit 1
fi
if ! grep -q -- '^--- PASS: TestSuiteLive ' "$work/test.out"; then
  echo "test-es: TestSuiteLive did not run"
  exit 1
fi
passed=$(grep -c -- '^--- PASS: ' "$work/test.out" || true)
echo "test-es: Elasticsearch $version: $passed top-level tests passed, none skipped"
