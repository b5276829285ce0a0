#!/usr/bin/env bash
# End-to-end tests: the real desktop app, built with the test configuration
# (src-tauri/tauri.test.conf.json: its own identifier, so its own data folder) and the
# `e2e` feature (file dialogs answered from test folders), driven through WebDriver
# (tauri-driver + WebKitWebDriver) in a virtual X display; on Windows, through tauri-driver
# and Microsoft Edge Driver on the desktop. scripts/test.sh runs this after installing the
# system packages; it can also be run on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
. scripts/acceptance.sh

echo "==> building the app for the end-to-end tests"
[ -f ui/dist/index.html ] || npm --prefix ui run build
TAURI_CONFIG="$(cat src-tauri/tauri.test.conf.json)" \
  cargo build -p pcc-response-app --features e2e --locked
# The command-line tool as `cargo test --workspace` builds it (into target/debug/): after
# scripts/test.sh's own tests this builds nothing, where a build of -p pcc-core alone would
# resolve other features and compile the whole of Typst again.
cargo test --workspace --locked --no-run
app=$(native_path "$PWD/target/debug/pcc-response-app$exe")

. scripts/driver.sh

echo "==> end-to-end tests"
cli=$(native_path "$PWD/target/debug/pcc-response$exe")
export PCC_E2E_APP="$app" PCC_E2E_WORK="$work" PCC_E2E_CLI="$cli"
export PCC_E2E_SCREENSHOTS="${PCC_E2E_SCREENSHOTS:-$(native_path "$PWD/target/e2e-screenshots")}"
mkdir -p "$PCC_E2E_SCREENSHOTS"
# Every test file; node runs them in the order of their names, in one data folder. The
# acceptance files need ../shared: without it they are left out, with one line saying so
# (unless scripts/test.sh has already said it for the whole run).
files=(tests/e2e/*.test.mjs)
if ! have_shared; then
  kept=()
  for file in "${files[@]}"; do
    case " ${acceptance_e2e[*]} " in *" $file "*) ;; *) kept+=("$file") ;; esac
  done
  files=("${kept[@]}")
  [ -n "${PCC_ACCEPTANCE_LEFT_OUT_SAID:-}" ] ||
    acceptance_left_out "$(acceptance_e2e_count)" "${acceptance_e2e[*]}"
fi
if ! node --test --test-concurrency=1 "${files[@]}"; then
  echo "--- tauri-driver log ---" >&2
  tail -n 40 "$work/driver.log" >&2 || true
  exit 1
fi
