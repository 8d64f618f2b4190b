#!/usr/bin/env bash
# The whole test suite: unit + integration (vitest), then a production build and the Playwright journeys.
# Integration and e2e use PGlite by default; set TEST_DATABASE_URL=postgres://... to use a real PostgreSQL server
# (each run creates its own uniquely named databases and drops them).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${TEST_DATABASE_URL:-}" ]; then db="PostgreSQL"; else db="PGlite"; fi
echo "== unit and integration tests (database: $db) =="
npx vitest run
echo "== production build =="
npx next build
# PGLITE_WITH_E2E=1 (CI, with TEST_DATABASE_URL set): also run the integration tests on embedded PGlite, at the lowest
# CPU priority while the journeys run. The journeys go one at a time and mostly wait on the browser, so the spare core
# runs the PGlite pass instead of it taking minutes of its own afterwards.
pglite_pid=""
if [ -n "${PGLITE_WITH_E2E:-}" ] && [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== integration tests on PGlite, alongside the journeys (output in .pglite-integration.log) =="
  TEST_DATABASE_URL= nice -n 19 npx vitest run --project integration > .pglite-integration.log 2>&1 &
  pglite_pid=$!
fi
echo "== end-to-end journeys (Chromium: ${CHROMIUM_PATH:-/usr/bin/chromium}) =="
e2e_status=0
npx playwright test || e2e_status=$?
if [ -n "$pglite_pid" ]; then
  pglite_status=0
  wait "$pglite_pid" || pglite_status=$?
  echo "== integration tests on PGlite (exit $pglite_status) =="
  tail -n 40 .pglite-integration.log
  [ "$pglite_status" -eq 0 ] || exit "$pglite_status"
fi
exit "$e2e_status"
