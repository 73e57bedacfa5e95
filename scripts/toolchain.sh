# Sourced by setup.sh and test.sh: puts the pinned Node and pnpm (from the npm registry) on PATH.
# The machine's own Node may be older (CI has Node 20); the project needs Node 24 to run .ts tools directly.
_tc_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd); _tc_dir=$_tc_root/.toolchain
_tc_node=$(tr -d '[:space:]v' < "$_tc_root/.node-version")
_tc_pnpm=$(sed -n 's/.*"packageManager": *"pnpm@\([0-9][^"+]*\).*/\1/p' "$_tc_root/package.json")
case "$(uname -m)" in x86_64) _tc_arch=x64 ;; aarch64|arm64) _tc_arch=arm64 ;; *) echo "toolchain: unsupported CPU $(uname -m)" >&2; return 1 ;; esac
if [ "$("$_tc_dir/node_modules/.bin/node" -v 2>/dev/null)" != "v$_tc_node" ] ||
   [ "$("$_tc_dir/node_modules/.bin/pnpm" -v 2>/dev/null)" != "$_tc_pnpm" ]; then
  echo "toolchain: installing node $_tc_node and pnpm $_tc_pnpm into .toolchain/" >&2
  rm -rf "$_tc_dir"
  # --globalconfig keeps the machine's CA settings, which --prefix would otherwise hide.
  npm install --prefix "$_tc_dir" --globalconfig "$(npm config get globalconfig 2>/dev/null)" \
    --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "node-linux-$_tc_arch@$_tc_node" "pnpm@$_tc_pnpm" </dev/null >&2 || return 1
fi
export PATH="$_tc_dir/node_modules/.bin:$PATH"
export npm_config_nodedir="$_tc_dir/node_modules/node-linux-$_tc_arch"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
