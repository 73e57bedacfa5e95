#!/usr/bin/env bash
# The README's first command: install the pinned toolchain and dependencies, then run the main job.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/toolchain.sh
if [ -n "${CI:-}" ]; then pnpm install --frozen-lockfile </dev/null; else pnpm install </dev/null; fi
pnpm run --silent spec:check
pnpm run --silent generate
