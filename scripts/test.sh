#!/usr/bin/env bash
# The README's second command and what CI runs: frozen install, spec check, lint, import cycles, generated-code
# check, changeset check, build, typecheck of every package, package lint, then every test (the release
# rehearsal is one of them: tools/release/test/dry-run.integration.test.ts), closing with the time of each
# stage and "N passed, N failed".
# Stages that do not need each other's output run side by side (decisions/0011-dev-loop.md): the quick checks
# with the build, then the typecheck and the package lint with the tests, which need the built dist/.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/toolchain.sh || exit 1
started=$SECONDS
pnpm install --frozen-lockfile </dev/null || { echo "install failed"; echo "0 passed, 1 failed"; exit 1; }

status=0
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
stage_times=()
record() { stage_times+=("$(printf '%5ss  %s' "$1" "$2")"); }
step() {
  local begun=$SECONDS
  echo "== $*"
  "$@" </dev/null || { echo "!! failed: $*"; status=1; }
  record "$((SECONDS - begun))" "$*"
}
# A stage in the background: its output goes to a file, printed whole when the stage is awaited.
declare -A pids=() begins=()
spawn() {
  local name=$1
  shift
  begins[$name]=$SECONDS
  ("$@" </dev/null >"$logs/${name//[^a-z]/_}.log" 2>&1) &
  pids[$name]=$!
}
await() {
  local name=$1 code=0
  wait "${pids[$name]}" || code=$?
  cat "$logs/${name//[^a-z]/_}.log"
  ((code == 0)) || { echo "!! failed: $name"; status=1; }
  record "$((SECONDS - ${begins[$name]}))" "$name (in parallel)"
}
quick_checks() {
  local failed=0 command
  for command in spec:check lint lint:cycles "generate --check" changeset:check; do
    echo "== pnpm run --silent $command"
    # shellcheck disable=SC2086 # "generate --check" is a script and its flag
    pnpm run --silent $command || { echo "!! failed: pnpm run $command"; failed=1; }
  done
  return "$failed"
}
# One turbo run at a time: packages:lint's build is a cache hit of the build stage.
typecheck_and_package_lint() {
  local failed=0
  echo "== pnpm turbo run typecheck"
  pnpm turbo run typecheck --continue --output-logs=errors-only || { echo "!! failed: pnpm turbo run typecheck"; failed=1; }
  echo "== pnpm run packages:lint"
  pnpm run --silent packages:lint || { echo "!! failed: pnpm run packages:lint"; failed=1; }
  return "$failed"
}
record "$((SECONDS - started))" "pnpm install --frozen-lockfile"

spawn "spec, lint, cycles, generate --check, changeset checks" quick_checks
step pnpm turbo run build --output-logs=errors-only
await "spec, lint, cycles, generate --check, changeset checks"

spawn "typecheck, packages:lint" typecheck_and_package_lint
rm -rf test-results
step pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
await "typecheck, packages:lint"

echo "== time per stage"
printf '%s\n' "${stage_times[@]}"
record "$((SECONDS - started))" "total"
echo "${stage_times[-1]}"
node scripts/test-summary.mjs test-results/vitest.json || status=1
exit "$status"
