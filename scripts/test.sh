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
echo "== end-to-end journeys (Chromium: ${CHROMIUM_PATH:-/usr/bin/chromium}) =="
npx playwright test
