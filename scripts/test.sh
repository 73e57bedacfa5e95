#!/usr/bin/env bash
# The README's second command and what CI runs: frozen install, spec check, generated-code check,
# changeset check, typecheck and build of every package, package lint, release dry run, then every test,
# closing with "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/toolchain.sh || exit 1
pnpm install --frozen-lockfile </dev/null || { echo "install failed"; echo "0 passed, 1 failed"; exit 1; }

status=0
step() { echo "== $*"; "$@" </dev/null || { echo "!! failed: $*"; status=1; }; }
step pnpm run --silent spec:check
step pnpm run --silent lint
step pnpm run --silent lint:cycles
step pnpm run --silent generate --check
step pnpm run --silent changeset:check
step pnpm turbo run build typecheck --continue --output-logs=errors-only
step pnpm run --silent packages:lint
step pnpm run --silent release:dry-run
rm -rf test-results
step pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
node scripts/test-summary.mjs test-results/vitest.json || status=1
exit "$status"
