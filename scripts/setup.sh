# Sourced by scripts/run.sh, scripts/test.sh, scripts/e2e.sh and scripts/driver.sh: installs
# what the app and its tests need and the machine lacks, on Debian or Ubuntu. Each step does
# nothing when all is present. On Windows (Git Bash) nothing is installed: what is needed is
# checked, and what is missing is named with the way to install it.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# True in Git Bash (or MSYS2, Cygwin) on Windows.
on_windows() {
  case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) return 0 ;;
    *) return 1 ;;
  esac
}

# What differs on Windows: programs end in .exe, and Python is `python`.
if on_windows; then exe=.exe python=python; else exe='' python=python3; fi

# A path as a Windows program takes it (C:/Users/...), since only Git Bash itself knows its
# own /c/... and /tmp/... forms. Elsewhere the path is unchanged.
native_path() {
  if on_windows; then cygpath -m "$1"; else printf '%s\n' "$1"; fi
}

# apt packages named by the commands, libraries or files that show they are installed.
ensure_system_packages() {
  if on_windows; then
    echo "Windows: no apt; checking instead for what .github/workflows/windows.yml installs"
    check_windows_tools "$@"
    return
  fi
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
    command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
    command -v pdftotext >/dev/null || missing+=(poppler-utils)
    # Metrically the same as Arial, so LibreOffice lays the documents' pages out as Word does.
    [ -e /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] ||
      missing+=(fonts-liberation)
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

# The version of the WebView2 runtime the window uses, from the registry (machine-wide, then
# per-user), as tauri's own tools look for it. Fails when it is not installed.
webview2_version() {
  local client='Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}' root
  for root in 'HKLM\SOFTWARE\WOW6432Node' 'HKLM\SOFTWARE' 'HKCU\Software'; do
    # MSYS2_ARG_CONV_EXCL keeps Git Bash from reading /v as a path.
    MSYS2_ARG_CONV_EXCL='*' reg query "$root\\$client" /v pv 2>/dev/null | tr -d '\r' |
      awk '$1 == "pv" && $3 != "0.0.0.0" { print $3; found = 1 } END { exit !found }' && return
  done
  return 1
}

# Windows: the window needs the WebView2 runtime (part of Windows 11, and installed by the
# app's installers); the tests need Microsoft Edge Driver of the runtime's version,
# tauri-driver, LibreOffice, poppler's pdftotext and Python. Names each one missing, with
# how to install it, then fails.
check_windows_tools() {
  local missing=() webview driver
  webview=$(webview2_version) ||
    missing+=("the WebView2 runtime: https://developer.microsoft.com/microsoft-edge/webview2/")
  if [ "${1:-}" = tests ]; then
    if ! command -v msedgedriver >/dev/null; then
      missing+=("msedgedriver (Microsoft Edge Driver of the WebView2 runtime's version):
    cargo install --git https://github.com/chippers/msedgedriver-tool, run msedgedriver-tool
    in a folder of its own, and put that folder on PATH")
    elif [ -n "$webview" ]; then
      driver=$(msedgedriver --version | grep -oE '[0-9]+(\.[0-9]+)+' | head -n 1 || true)
      echo "WebView2 runtime $webview, msedgedriver $driver"
      # A driver of another version leaves WebDriver waiting for a window that never answers.
      [ "${driver%%.*}" = "${webview%%.*}" ] ||
        missing+=("msedgedriver of the WebView2 runtime's version $webview (found $driver):
    run msedgedriver-tool again")
    fi
    command -v tauri-driver >/dev/null ||
      missing+=("tauri-driver: cargo install tauri-driver --version '^2' --locked")
    command -v soffice >/dev/null ||
      missing+=("LibreOffice's soffice: choco install libreoffice-fresh -y, then put
    C:\\Program Files\\LibreOffice\\program on PATH")
    command -v pdftotext >/dev/null || missing+=("poppler's pdftotext: choco install poppler -y")
    python -c 'import venv, ensurepip' 2>/dev/null ||
      missing+=("Python 3 as \`python\`, with venv: https://www.python.org/downloads/windows/")
  fi
  if [ ${#missing[@]} -eq 0 ]; then
    echo "what the app and its tests need is present"
    return
  fi
  echo "missing on this Windows machine:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  return 1
}

# The front end's npm packages, installed exactly as package-lock.json says.
ensure_ui_packages() {
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    npm --prefix ui ci --no-audit --no-fund --loglevel=error
  fi
}

# Tauri's command-line tool (which bundles the .deb and the Windows installers, and carries
# the configuration's JSON schema), from npm, into target/tauri-cli. Not a dependency of
# ui/: its lock file would then have to name the tool's build for every system, and a
# registry mirror may hold only some of them.
TAURI_CLI_VERSION=2.12.5
tauri_cli=target/tauri-cli/node_modules/.bin/tauri
ensure_tauri_cli() {
  if [ ! -x "$tauri_cli" ] || [ "$("$tauri_cli" --version)" != "tauri-cli $TAURI_CLI_VERSION" ]; then
    mkdir -p target/tauri-cli
    npm install --prefix target/tauri-cli --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "@tauri-apps/cli@$TAURI_CLI_VERSION"
  fi
}
