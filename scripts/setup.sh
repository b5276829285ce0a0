# Sourced by scripts/run.sh and scripts/test.sh: installs what the app and its tests need
# and the machine lacks, on Debian or Ubuntu. Each step does nothing when all is present.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt packages named by the commands, libraries or files that show they are installed.
ensure_system_packages() {
  local missing=()
  pkg-config --exists webkit2gtk-4.1 2>/dev/null || missing+=(libwebkit2gtk-4.1-dev)
  pkg-config --exists librsvg-2.0 2>/dev/null || missing+=(librsvg2-dev)
  pkg-config --exists ayatana-appindicator3-0.1 2>/dev/null || missing+=(libayatana-appindicator3-dev)
  pkg-config --exists openssl 2>/dev/null || missing+=(libssl-dev)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
  command -v cc >/dev/null || missing+=(build-essential)
  if [ "${1:-}" = tests ]; then
    command -v Xvfb >/dev/null || missing+=(xvfb)
    command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
    command -v dbus-daemon >/dev/null || missing+=(dbus-daemon)
    command -v libreoffice >/dev/null || missing+=(libreoffice-writer-nogui)
    command -v pdftotext >/dev/null || missing+=(poppler-utils)
    python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
  fi
  if [ ${#missing[@]} -eq 0 ]; then
    echo "system packages are present"
    return
  fi
  echo "installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# The front end's npm packages, installed exactly as package-lock.json says.
ensure_ui_packages() {
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    npm --prefix ui ci --no-audit --no-fund --loglevel=error
  fi
}
