#!/usr/bin/env bash
# Sets up and starts PCC Response on Debian or Ubuntu (with Rust and Node installed):
# installs the system libraries and npm packages it lacks, builds the window's front end,
# then builds and runs the app (release build). Usage: scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh

echo "==> system packages"
ensure_system_packages
echo "==> front end"
ensure_ui_packages
npm --prefix ui run build --silent
echo "==> PCC Response"
cargo run --release --locked -p pcc-response-app
