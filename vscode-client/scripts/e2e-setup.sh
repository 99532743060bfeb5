#!/usr/bin/env bash
# Installs what the end-to-end test needs: code-server (real VS Code for the browser),
# Debian chromium, build tools, and Java 17+ (for the server). Idempotent: a re-run
# skips every step that is already done (~2 s). Needs only Debian apt and the npm
# registry; never contacts GitHub. Run as root (apt-get).
#
# Everything goes under $E2E_ROOT (default /tmp/mlsp-vscode-e2e):
#   $E2E_ROOT/cs   code-server and its VS Code deps (launcher: cs/node_modules/.bin/code-server)
# playwright-core comes from vscode-client's own devDependencies (npm ci).
#
# Why not `npm install code-server`: its postinstall runs `npm install` in lib/vscode,
# where @vscode/ripgrep downloads rg from GitHub and kerberos/argon2 try GitHub
# prebuilds first. So we install with --ignore-scripts and redo the postinstall by
# hand: rg from Debian's ripgrep, native modules compiled with node-gyp against the
# local Node headers. (Recipe from ../shared/tools/vscode-e2e/, verified there.)
set -euo pipefail

E2E_ROOT="${E2E_ROOT:-/tmp/mlsp-vscode-e2e}"
CS_VERSION="${CS_VERSION:-4.100.3}"   # newest code-server whose engines accept Node 20
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# keep code-server's --version from writing ~/.config/code-server
export XDG_CONFIG_HOME="$E2E_ROOT/xdg/config" XDG_DATA_HOME="$E2E_ROOT/xdg/data" XDG_CACHE_HOME="$E2E_ROOT/xdg/cache"

T_START=$(date +%s)
mkdir -p "$E2E_ROOT"
# One setup at a time per E2E_ROOT (two CI runs on one machine share it).
exec 9>"$E2E_ROOT/.setup.lock"
if ! flock -n 9; then
  echo "==> e2e-setup: another setup holds $E2E_ROOT/.setup.lock; waiting (up to 15 min)"
  flock -w 900 9 || { echo "e2e-setup: ERROR: timed out waiting for $E2E_ROOT/.setup.lock" >&2; exit 1; }
fi
step() { STEP_T0=$(date +%s); echo "==> e2e-setup: $1"; }
done_step() { echo "    done in $(( $(date +%s) - STEP_T0 ))s${1:+ ($1)}"; }
die() { echo "e2e-setup: ERROR: $*" >&2; exit 1; }

command -v node >/dev/null || die "node is not installed (Node 20 is needed)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" = 20 ] || die "code-server $CS_VERSION needs Node 20, found $(node --version)"

# ---------------------------------------------------------------- apt
java_ok() {
  command -v java >/dev/null 2>&1 || return 1
  local v; v=$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)
  local major=${v%%.*}; [ "$major" = 1 ] && major=$(echo "$v" | cut -d. -f2)
  [ -n "$major" ] && [ "$major" -ge 17 ] 2>/dev/null
}
step "apt packages (chromium ripgrep libkrb5-dev build tools, Java 17+)"
need=()
for p in libkrb5-dev ripgrep chromium g++ make python3 pkg-config; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
java_ok || need+=(openjdk-17-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing packages ${need[*]}; run this script as root (it uses apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >"$E2E_ROOT/apt-update.log" 2>&1 || { cat "$E2E_ROOT/apt-update.log" >&2; die "apt-get update failed"; }
  apt-get install -y -q --no-install-recommends "${need[@]}" || die "apt-get install ${need[*]} failed"
  done_step "installed: ${need[*]}"
else
  done_step "already present"
fi
java_ok || die "no Java 17+ on PATH after install (java -version: $(java -version 2>&1 | head -1))"

# node headers for node-gyp: nothing can be downloaded from nodejs.org
NODEDIR="$(npm config get nodedir 2>/dev/null || true)"
if [ -z "$NODEDIR" ] || [ "$NODEDIR" = undefined ] || [ ! -f "$NODEDIR/include/node/node.h" ]; then
  NODEDIR="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
fi
[ -f "$NODEDIR/include/node/node.h" ] || die "no Node headers under $NODEDIR/include/node"
export npm_config_nodedir="$NODEDIR"
NODE_GYP="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
[ -f "$NODE_GYP" ] || NODE_GYP="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$NODE_GYP" ] || die "node-gyp (bundled with npm) not found"

mkdir -p "$E2E_ROOT/cs" "$E2E_ROOT/xdg"
CS="$E2E_ROOT/cs/node_modules/code-server"
VSC="$CS/lib/vscode"

# ---------------------------------------------------------------- code-server package
step "npm install code-server@$CS_VERSION --ignore-scripts"
if [ -f "$CS/package.json" ] && [ "$(node -p "require('$CS/package.json').version")" = "$CS_VERSION" ]; then
  done_step "already installed"
else
  cd "$E2E_ROOT/cs"
  [ -f package.json ] || echo '{"name":"mlsp-e2e-cs","private":true}' > package.json
  npm install "code-server@$CS_VERSION" --ignore-scripts --no-save >"$E2E_ROOT/npm-code-server.log" 2>&1 \
    || { tail -30 "$E2E_ROOT/npm-code-server.log" >&2; die "npm install code-server failed"; }
  done_step
fi

step "lib/vscode: npm install --omit=dev --ignore-scripts"
if [ -d "$VSC/node_modules/@vscode/ripgrep" ] && [ -d "$VSC/node_modules/node-pty" ]; then
  done_step "already installed"
else
  (cd "$VSC" && npm install --omit=dev --ignore-scripts >"$E2E_ROOT/npm-lib-vscode.log" 2>&1) \
    || { tail -30 "$E2E_ROOT/npm-lib-vscode.log" >&2; die "npm install in lib/vscode failed"; }
  done_step
fi

step "ripgrep: Debian /usr/bin/rg -> @vscode/ripgrep/bin/rg"
RG_DST="$VSC/node_modules/@vscode/ripgrep/bin/rg"
if [ -x "$RG_DST" ] && "$RG_DST" --version >/dev/null 2>&1; then
  done_step "already there"
else
  mkdir -p "$(dirname "$RG_DST")"
  cp /usr/bin/rg "$RG_DST"; chmod 755 "$RG_DST"
  done_step "$("$RG_DST" --version | head -1)"
fi

step "native modules: node-gyp rebuild against local headers"
built=()
for m in @vscode/spdlog @vscode/deviceid kerberos native-watchdog node-pty; do
  dir="$VSC/node_modules/$m"
  if ls "$dir"/build/Release/*.node >/dev/null 2>&1; then continue; fi
  logf="$E2E_ROOT/build-$(echo "$m" | tr / _).log"
  (cd "$dir" && node "$NODE_GYP" rebuild --nodedir="$NODEDIR" -j "$(nproc)" >"$logf" 2>&1) \
    || { tail -30 "$logf" >&2; die "node-gyp rebuild failed for $m, see $logf"; }
  built+=("$m")
done
done_step "built: ${built[*]:-none (all present)}"

step "symlinks from code-server's postinstall.sh"
ln -sfn node_modules "$VSC/node_modules.asar"
ln -sfn code-linux.sh "$VSC/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VSC/bin/helpers/browser.sh"
done_step

step "lib/vscode/extensions: npm install --omit=dev"
if [ -f "$VSC/extensions/node_modules/typescript/package.json" ]; then
  done_step "already installed"
else
  (cd "$VSC/extensions" && npm install --omit=dev >"$E2E_ROOT/npm-extensions.log" 2>&1) \
    || { tail -30 "$E2E_ROOT/npm-extensions.log" >&2; die "npm install in lib/vscode/extensions failed"; }
  done_step
fi

step "argon2 (code-server dependency): build from source"
if ls "$E2E_ROOT"/cs/node_modules/argon2/lib/binding/*/argon2.node >/dev/null 2>&1; then
  done_step "already built"
else
  (cd "$E2E_ROOT/cs" && npm_config_build_from_source=true npm rebuild argon2 >"$E2E_ROOT/build-argon2.log" 2>&1) \
    || { tail -30 "$E2E_ROOT/build-argon2.log" >&2; die "argon2 build failed, see $E2E_ROOT/build-argon2.log"; }
  done_step
fi

step "smoke test: native modules load, code-server --version"
(cd "$VSC" && node -e '
  const m = ["@vscode/spdlog","@vscode/deviceid","kerberos","native-watchdog","node-pty","@parcel/watcher"];
  for (const x of m) require(require.resolve(x, {paths:[process.cwd()+"/node_modules"]}));
') || die "a native module of code-server does not load"
(cd "$E2E_ROOT/cs" && node -e 'require("argon2")') || die "argon2 does not load"
"$E2E_ROOT/cs/node_modules/.bin/code-server" --version | grep -v " info " | head -1 | sed 's/^/    code-server /'
done_step

echo "==> e2e-setup: all done in $(( $(date +%s) - T_START ))s"
echo "    code-server: $E2E_ROOT/cs/node_modules/.bin/code-server"
echo "    chromium:    $(/usr/bin/chromium --version 2>/dev/null | head -1)"
echo "    java:        $(java -version 2>&1 | head -1)"
