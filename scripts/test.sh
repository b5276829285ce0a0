#!/usr/bin/env bash
# Runs every test of PCC Response on a Debian or Ubuntu machine with Rust and Node,
# installing first whatever the tests need and the machine lacks:
#   - LibreOffice Writer and poppler-utils (apt), to open the exported DOCX and read its PDF;
#   - python-docx and openxml-audit (PyPI, into target/tools-venv), the strict DOCX parser
#     and the Open XML schema check.
# Then: rustfmt, clippy (warnings are errors) and cargo test for the whole workspace.
# Usage: scripts/test.sh            (CI calls this through .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then
    as_root apt-get update -qq
    apt_updated=yes
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

say "System packages"
missing=()
command -v libreoffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt_install "${missing[@]}"
else
  echo "LibreOffice, poppler-utils and python3-venv are present"
fi

say "Python checkers (python-docx, openxml-audit)"
venv=target/tools-venv
if [ ! -x "$venv/bin/openxml-audit" ] || ! "$venv/bin/python" -c 'import docx' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check python-docx openxml-audit
fi
export PATH="$PWD/$venv/bin:$PATH"
echo "openxml-audit: $(command -v openxml-audit)"

say "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

say "Lints (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

say "Tests (cargo test --workspace)"
log=target/test-output.log
cargo test --workspace --locked 2>&1 | tee "$log"

# One closing line for the whole run, summed over every test binary.
awk '/^test result:/ { p += $4; f += $6; i += $8 }
     END { printf "\nrust: %d passed, %d failed, %d skipped\n", p, f, i }' "$log"
