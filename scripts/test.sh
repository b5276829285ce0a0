#!/usr/bin/env bash
# Runs every test of PCC Response on Debian or Ubuntu with Rust and Node, installing first
# whatever the tests need and the machine lacks (scripts/setup.sh): the WebKitGTK
# libraries, Xvfb and WebKitWebDriver for the real window, LibreOffice and poppler-utils to
# open exported documents, python-docx and openxml-audit (PyPI, in target/tools-venv) to
# check them, the npm packages, and tauri-driver.
# Then: the front end's unit tests, type check and build; rustfmt; clippy (warnings are
# errors); cargo test for the workspace; and the end-to-end tests of the built app.
# Usage: scripts/test.sh            (CI calls this through .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh

say() { printf '\n==> %s\n' "$*"; }
mkdir -p target
log=target/test-output.log
: >"$log"

say "System packages"
ensure_system_packages tests

say "Python checkers (python-docx, openxml-audit)"
venv=target/tools-venv
if [ ! -x "$venv/bin/openxml-audit" ] || ! "$venv/bin/python" -c 'import docx' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check python-docx openxml-audit
fi
export PATH="$PWD/$venv/bin:$PATH"

say "Front end: npm packages, unit tests, type check, build"
ensure_ui_packages
npm --prefix ui test 2>&1 | tee -a "$log"
npm --prefix ui run check
npm --prefix ui run build --silent

say "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

say "Lints (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

say "Rust tests (cargo test --workspace)"
# The safety tests print the figures the README quotes, so they run on their own below
# with their output shown.
safety=(saving_survives_being_killed_at_any_moment
  the_app_and_the_command_line_tool_share_a_database_safely
  hostile_input_changes_nothing_already_saved)
cargo test --workspace --locked -- "${safety[@]/#/--skip=}" 2>&1 | tee -a "$log"

say "Safety tests, with their figures"
cargo test --locked -p pcc-core --test crash_safety --test two_at_once -- --nocapture 2>&1 |
  tee -a "$log"
cargo test --locked -p pcc-tests --test hostile_input -- --nocapture 2>&1 | tee -a "$log"

say "End-to-end tests of the app (WebDriver under Xvfb)"
scripts/e2e.sh 2>&1 | tee -a "$log"

# One closing line for the whole run: cargo's "test result:" lines, Vitest's "Tests"
# line and node's "# pass"/"# fail" lines, summed. (The ANSI colours Vitest may print are
# removed first.)
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /^test result:/ { p += $4; f += $6; s += $8 }
  /^ *Tests +[0-9]/ { for (i = 2; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i; if ($(i+1) ~ /^skipped/) s += $i } }
  /^# pass / { p += $3 } /^# fail / { f += $3 } /^# skipped / { s += $3 }
  END { printf "\ntotal: %d passed, %d failed, %d skipped\n", p, f, s }'
