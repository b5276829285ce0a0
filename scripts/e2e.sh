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

echo "==> building the app for the end-to-end tests"
[ -f ui/dist/index.html ] || npm --prefix ui run build
TAURI_CONFIG="$(cat src-tauri/tauri.test.conf.json)" \
  cargo build -p pcc-response-app --features e2e --locked
cargo build -p pcc-core --bin pcc-response --locked
app=$(native_path "$PWD/target/debug/pcc-response-app$exe")

. scripts/driver.sh

echo "==> end-to-end tests"
cli=$(native_path "$PWD/target/debug/pcc-response$exe")
export PCC_E2E_APP="$app" PCC_E2E_WORK="$work" PCC_E2E_CLI="$cli"
export PCC_E2E_SCREENSHOTS="${PCC_E2E_SCREENSHOTS:-$(native_path "$PWD/target/e2e-screenshots")}"
mkdir -p "$PCC_E2E_SCREENSHOTS"
if ! node --test --test-concurrency=1 tests/e2e/; then
  echo "--- tauri-driver log ---" >&2
  tail -n 40 "$work/driver.log" >&2 || true
  exit 1
fi
