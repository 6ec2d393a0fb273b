#!/usr/bin/env bash
# Real-VS-Code tests that run offline: code-server 4.100.3 (the VS Code 1.100.3 server and workbench, with
# the real Node extension host) driven by Debian's chromium through playwright-core.
#
#   bash scripts/vscode/run.sh                 install what is missing, package the .vsix, run every suite
#   bash scripts/vscode/run.sh --install-only  only install the tools (apt packages, code-server, playwright-core)
#   bash scripts/vscode/run.sh --integration   only the integration suite (--ui, --web: only that suite)
#
# Everything it installs besides the apt packages lives in the git-ignored .vscode-test/ folder:
#   .vscode-test/tools/  code-server + playwright-core (not the extension's dependencies)
#   .vscode-test/run/    per-run state: a profile per extension host (node/, web/: user data, extensions dir,
#                        server log), workspace copies (wiped each run)
# Screenshots go to test-results/vscode/.
#
# Environment: PAPER_CHECK_VSIX=path  test this .vsix instead of packaging one;
#              CODE_SERVER_LOG=1      print code-server's log after the run.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VT=$ROOT/.vscode-test
TOOLS=$VT/tools
RUN=$VT/run
RESULTS=$ROOT/test-results/vscode
CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.64.1
# code-server's @vscode/ripgrep downloads rg from GitHub in its postinstall; we seed its cache instead.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

run_integration=1 run_ui=1 run_web=1 install_only=0
for arg in "$@"; do
  case "$arg" in
    --install-only) install_only=1 ;;
    --integration) run_ui=0 run_web=0 ;;
    --ui) run_integration=0 run_web=0 ;;
    --web) run_integration=0 run_ui=0 ;;
    *) echo "run.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

t_start=$(date +%s)
log() { echo "[vscode-test +$(( $(date +%s) - t_start ))s] $*"; }

# ---- 1. system packages (Debian): chromium for the workbench, rg for code-server's search, krb5 headers for its
#      native modules, a small CJK font so the screenshots show the paper's Chinese passages
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need_apt+=(fonts-wqy-microhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# ---- 2. code-server + playwright-core in a private folder (idempotent: a stamp names the installed versions)
stamp="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
if [ ! -x "$TOOLS/node_modules/.bin/code-server" ] || [ "$(cat "$TOOLS/.installed" 2>/dev/null)" != "$stamp" ]; then
  log "installing $stamp into .vscode-test/tools (about a minute)"
  rm -rf "$TOOLS"; mkdir -p "$TOOLS/tmp"
  rg_cache="$TOOLS/tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"; mkdir -p "$rg_cache"
  (cd "$TOOLS/tmp" && cp "$(command -v rg)" rg && tar czf "$rg_cache/$RIPGREP_ASSET" rg && rm rg)
  echo '{"private":true}' > "$TOOLS/package.json"
  # unsafe_perm: code-server's install script refuses root otherwise; yes: node-pty's install runs `npx node-gyp`.
  (cd "$TOOLS" && TMPDIR="$TOOLS/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
     npm install --no-audit --no-fund --no-save --loglevel=error \
       "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION")
  [ -x "$TOOLS/node_modules/.bin/code-server" ] || { echo "code-server did not install" >&2; exit 1; }
  echo "$stamp" > "$TOOLS/.installed"
  log "tools installed"
fi
[ "$install_only" = 1 ] && { log "install done"; exit 0; }

# ---- 3. package the extension and build the test bundles
cd "$ROOT"
mkdir -p "$VT"
if [ -n "${PAPER_CHECK_VSIX:-}" ]; then
  VSIX=$(cd "$(dirname "$PAPER_CHECK_VSIX")" && pwd)/$(basename "$PAPER_CHECK_VSIX")
  log "testing the given $VSIX"
else
  log "packaging the .vsix"
  npm run --silent package >"$VT/package.log" 2>&1 || { cat "$VT/package.log" >&2; exit 1; }
  VSIX=$ROOT/paper-check.vsix
fi
node scripts/vscode/build-tests.mjs

# ---- 4. fresh, private code-server profiles with the .vsix installed, one per extension host:
#   node: code-server's Node extension host runs the extension's `main` and its IPC server (integration, UI)
#   web:  `remote.extensionKind` forces the same .vsix into the browser's web worker extension host, which runs
#         its `browser` entry and the server in a web worker, as VS Code for the Web does (web suite)
rm -rf "$RUN"; mkdir -p "$RUN" "$RESULTS"
export XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache
CODE_SERVER=$TOOLS/node_modules/.bin/code-server
# make_profile NAME [EXTENSION_KIND]: user data and extensions under $RUN/NAME; sets EXT_DIR.
make_profile() {
  local dir=$RUN/$1
  mkdir -p "$dir/ud/User" "$dir/exts"
  # PAPER_CHECK_TRACE=messages|verbose traces the LSP traffic (code-server runs with --log trace then) into the
  # "Paper Check" output channel, whose log is copied to test-results/vscode/paper-check-lsp-N.log at exit.
  node -e '
const s = {
  "security.workspace.trust.enabled": false, "workbench.startupEditor": "none", "workbench.tips.enabled": false,
  "workbench.enableExperiments": false, "telemetry.telemetryLevel": "off", "update.mode": "none",
  "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "chat.disableAIFeatures": true,
  "git.enabled": false, "git.openRepositoryInParentFolders": "never",
  "files.autoSave": "off", "files.hotExit": "off", "window.restoreWindows": "none", "editor.hover.delay": 300,
};
s["paperCheck.trace.server"] = process.env.PAPER_CHECK_TRACE || "off";
if (process.argv[2]) s["remote.extensionKind"] = { "paper-check.paper-check": [process.argv[2]] };
require("fs").writeFileSync(process.argv[1], JSON.stringify(s, null, 2));' "$dir/ud/User/settings.json" "${2:-}"
  "$CODE_SERVER" --user-data-dir "$dir/ud" --extensions-dir "$dir/exts" --install-extension "$VSIX" --force \
    >"$dir/install-extension.log" 2>&1 || { cat "$dir/install-extension.log" >&2; exit 1; }
  EXT_DIR=$(ls -d "$dir"/exts/paper-check.paper-check-* 2>/dev/null | head -1)
  [ -n "$EXT_DIR" ] || { echo "the .vsix did not install:" >&2; cat "$dir/install-extension.log" >&2; exit 1; }
  log "profile $1: installed $(basename "$EXT_DIR") from $(basename "$VSIX") ($(du -k "$VSIX" | cut -f1) KiB)"
}

# Each suite gets its own copy of the fixture workspace, so no run can change the files in test/vscode/workspace.
for suite in integration ui web; do cp -r test/vscode/workspace "$RUN/workspace-$suite"; done

# ---- 5. code-server on loopback, on a free port, one profile at a time; stopped (its whole process group) by PID
# The extension host inherits this environment: the tests use it to check that the installed copy is the one
# under test, and write their summary to VSCODE_TEST_RESULTS. An empty gallery keeps code-server off the network.
export VSCODE_TEST_RESULTS=$RESULTS VSCODE_TEST_TOOLS=$TOOLS
export EXTENSIONS_GALLERY='{"serviceUrl":""}'
CS_PID=
stop_code_server() {
  [ -n "$CS_PID" ] || return 0
  if kill -0 "$CS_PID" 2>/dev/null; then
    kill -TERM -- "$target" 2>/dev/null || true
    for _ in $(seq 1 25); do kill -0 "$CS_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "$target" 2>/dev/null || true
  fi
  CS_PID=
}
cleanup() {
  local rc=$?
  stop_code_server
  local n=0 f
  while IFS= read -r f; do n=$((n + 1)); cp "$f" "$RESULTS/paper-check-lsp-$n.log"; done \
    < <(find "$RUN" -path '*/ud/logs/*' -name 'Paper Check.log' -size +0 2>/dev/null | sort)
  if [ "$rc" != 0 ] || [ -n "${CODE_SERVER_LOG:-}" ]; then
    for f in "$RUN"/*/server.log; do
      [ -f "$f" ] || continue
      echo "---- code-server log (last 40 lines of $f)"; tail -n 40 "$f" || true
    done
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
healthy() { node -e 'require("http").get(process.argv[1], (r) => process.exit(r.statusCode === 200 ? 0 : 1)).on("error", () => process.exit(1))' "http://127.0.0.1:$PORT/healthz"; }
# start_code_server NAME: serves profile NAME; sets CS_PID, target, PORT and CS_URL.
start_code_server() {
  local dir=$RUN/$1
  PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  setsid "$CODE_SERVER" --user-data-dir "$dir/ud" --extensions-dir "$dir/exts" --bind-addr "127.0.0.1:$PORT" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    ${PAPER_CHECK_TRACE:+--log trace} >"$dir/server.log" 2>&1 &
  CS_PID=$!
  # setsid made code-server the leader of its own process group (its extension hosts and our language server are in
  # it too), so the group is signalled by that PID; should it not lead one, only the PID itself is.
  target=$CS_PID
  [ "$(ps -o pgid= -p "$CS_PID" 2>/dev/null | tr -d ' ')" = "$CS_PID" ] && target=-$CS_PID
  for _ in $(seq 1 100); do
    healthy && break
    kill -0 "$CS_PID" 2>/dev/null || { echo "code-server exited early" >&2; exit 1; }
    sleep 0.3
  done
  healthy || { echo "code-server did not answer on port $PORT" >&2; exit 1; }
  log "code-server $CODE_SERVER_VERSION ($1 profile) up on 127.0.0.1:$PORT (pid $CS_PID, stopped with kill -- $target)"
  export CS_URL=http://127.0.0.1:$PORT
}

failed=()
if [ "$run_integration" = 1 ] || [ "$run_ui" = 1 ]; then
  make_profile node
  export PAPER_CHECK_EXPECTED_EXTENSION_PATH=$EXT_DIR
  start_code_server node
  if [ "$run_integration" = 1 ]; then
    log "integration tests (mocha in the extension host)"
    WS_DIR=$RUN/workspace-integration node scripts/vscode/run-integration.js || failed+=(integration)
  fi
  if [ "$run_ui" = 1 ]; then
    log "UI test (playwright-core + chromium)"
    WS_DIR=$RUN/workspace-ui node test/vscode/ui/ui.js || failed+=(ui)
  fi
  stop_code_server
fi
if [ "$run_web" = 1 ]; then
  make_profile web web
  # The web test checks that no Node language server runs from this copy: the checking happens in the browser.
  export PAPER_CHECK_EXPECTED_EXTENSION_PATH=$EXT_DIR
  start_code_server web
  log "web test (the web worker extension host, playwright-core + chromium)"
  WS_DIR=$RUN/workspace-web node test/vscode/web/web.js || failed+=(web)
  stop_code_server
fi

if [ ${#failed[@]} -gt 0 ]; then
  log "FAILED: ${failed[*]}"
  exit 1
fi
log "all VS Code suites passed"
