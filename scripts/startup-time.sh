#!/usr/bin/env bash
# Measures how long the release build takes to show the responses list: the time from
# asking tauri-driver to launch the app until the first row of the list is on screen, with
# an office and 50 responses in the database, over five launches. A measurement, not a
# test: the figures go into the README. Usage: scripts/startup-time.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> building the release app (test identifier, e2e dialogs) and the command-line tool"
[ -f ui/dist/index.html ] || npm --prefix ui run build
TAURI_CONFIG="$(cat src-tauri/tauri.test.conf.json)" \
  cargo build --release -p pcc-response-app --features e2e --locked
cargo build --release -p pcc-core --bin pcc-response --locked
. scripts/setup.sh
app=$(native_path "$PWD/target/release/pcc-response-app$exe")
cli="$PWD/target/release/pcc-response$exe"

. scripts/driver.sh

echo "==> seeding the database with an office and 50 responses"
fixtures=tests/fixtures
db="$PCC_RESPONSE_DATA_DIR/responses.sqlite3"
"$cli" import "$fixtures/exampleshire-office.json" --db "$db" >/dev/null
for _ in $(seq 1 50); do
  "$cli" import "$fixtures/exampleshire-2025-response.pccr" --db "$db" >/dev/null
done

echo "==> launching five times"
PCC_E2E_APP="$app" node scripts/startup-time.mjs
