# Sourced by scripts/e2e.sh and scripts/startup-time.sh: starts a virtual X display and
# tauri-driver (with WebKitWebDriver) on free ports, with the app's data and dialog folders
# in a fresh temporary folder, and stops them all on exit. Sets WEBDRIVER_URL and $work.
# On Windows, tauri-driver drives Microsoft Edge Driver (msedgedriver), and the window opens
# on the desktop: there is no X display to start, nor a D-Bus session.
. scripts/setup.sh

command -v tauri-driver >/dev/null || {
  echo "==> installing tauri-driver (cargo install)"
  cargo install tauri-driver --version '^2' --locked --quiet
}
if on_windows; then
  native_driver=$(command -v msedgedriver || true)
  [ -n "$native_driver" ] || {
    echo "msedgedriver is missing: see scripts/setup.sh (check_windows_tools)" >&2
    exit 1
  }
  native_driver=$(native_path "$native_driver")
else
  native_driver=$(command -v WebKitWebDriver || true)
  [ -n "$native_driver" ] || { echo "WebKitWebDriver is missing: apt-get install webkit2gtk-driver" >&2; exit 1; }
fi

work=$(native_path "$(mktemp -d)")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    if on_windows && [ -r "/proc/$pid/winpid" ]; then
      # The whole tree: tauri-driver, the msedgedriver it started and any app still open.
      MSYS2_ARG_CONV_EXCL='*' taskkill /F /T /PID "$(cat "/proc/$pid/winpid")" >/dev/null 2>&1 || true
    else
      kill "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work" || echo "could not remove $work" >&2
}
trap cleanup EXIT

# The app inherits these through tauri-driver and WebKitWebDriver: a data folder of its
# own, and the folders that answer its save and open dialogs.
export PCC_RESPONSE_DATA_DIR="$work/data" PCC_RESPONSE_E2E_SAVE_DIR="$work/saved"
export PCC_RESPONSE_E2E_OPEN_FILE="$work/open.json" PCC_RESPONSE_E2E_OPEN_FOLDER="$work/archive"
mkdir -p "$PCC_RESPONSE_DATA_DIR" "$PCC_RESPONSE_E2E_SAVE_DIR" "$PCC_RESPONSE_E2E_OPEN_FOLDER"

if on_windows; then
  echo "Windows: no D-Bus session (the app finds an instance already running through a named"
  echo "mutex) and no virtual display (the window opens on the desktop)"
else
  # A D-Bus session of its own, as a desktop has: the app finds an instance already running
  # through it (on Windows, through a named mutex).
  bus=$(dbus-daemon --session --fork --nopidfile --print-address=1 --print-pid=1 \
    --address="unix:path=$work/bus")
  pids+=("$(echo "$bus" | sed -n 2p)")
  export DBUS_SESSION_BUS_ADDRESS="$(echo "$bus" | sed -n 1p)"

  display=":${E2E_DISPLAY:-97}"
  Xvfb "$display" -screen 0 1440x960x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  pids+=($!)
  export DISPLAY="$display"
fi

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
