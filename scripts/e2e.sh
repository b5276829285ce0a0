#!/usr/bin/env bash
# End-to-end tests: the real desktop app, built with the test configuration
# (src-tauri/tauri.test.conf.json: its own identifier, so its own data folder) and the
# `e2e` feature (file dialogs answered from test folders), driven through WebDriver
# (tauri-driver + WebKitWebDriver) in a virtual X display. scripts/test.sh runs this after
# installing the system packages; it can also be run on its own.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v tauri-driver >/dev/null || {
  echo "==> installing tauri-driver (cargo install)"
  cargo install tauri-driver --version '^2' --locked --quiet
}
native_driver=$(command -v WebKitWebDriver || true)
[ -n "$native_driver" ] || { echo "WebKitWebDriver is missing: apt-get install webkit2gtk-driver" >&2; exit 1; }

echo "==> building the app for the end-to-end tests"
[ -f ui/dist/index.html ] || npm --prefix ui run build
TAURI_CONFIG="$(cat src-tauri/tauri.test.conf.json)" \
  cargo build -p pcc-response-app --features e2e --locked
app="$PWD/target/debug/pcc-response-app"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The app inherits these through tauri-driver and WebKitWebDriver: a data folder of its
# own, and the folders that answer its save and open dialogs.
export PCC_RESPONSE_DATA_DIR="$work/data" PCC_RESPONSE_E2E_SAVE_DIR="$work/saved"
export PCC_RESPONSE_E2E_OPEN_FILE="$work/open.json"
mkdir -p "$PCC_RESPONSE_DATA_DIR" "$PCC_RESPONSE_E2E_SAVE_DIR"

display=":${E2E_DISPLAY:-97}"
Xvfb "$display" -screen 0 1440x960x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY="$display"
listening() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=4444
while listening "$port" || listening $((port + 1)); do port=$((port + 2)); done
tauri-driver --port "$port" --native-port $((port + 1)) --native-driver "$native_driver" \
  >"$work/driver.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  listening "$port" && break
  sleep 0.1
done
export WEBDRIVER_URL="http://127.0.0.1:$port"

echo "==> end-to-end tests"
export PCC_E2E_APP="$app" PCC_E2E_WORK="$work"
export PCC_E2E_SCREENSHOTS="${PCC_E2E_SCREENSHOTS:-$PWD/target/e2e-screenshots}"
mkdir -p "$PCC_E2E_SCREENSHOTS"
if ! node --test --test-concurrency=1 tests/e2e/; then
  echo "--- tauri-driver log ---" >&2
  tail -n 40 "$work/driver.log" >&2 || true
  exit 1
fi
