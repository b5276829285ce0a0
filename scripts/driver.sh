# Sourced by scripts/e2e.sh and scripts/startup-time.sh: starts a virtual X display and
# tauri-driver (with WebKitWebDriver) on free ports, with the app's data and dialog folders
# in a fresh temporary folder, and stops them all on exit. Sets WEBDRIVER_URL and $work.

command -v tauri-driver >/dev/null || {
  echo "==> installing tauri-driver (cargo install)"
  cargo install tauri-driver --version '^2' --locked --quiet
}
native_driver=$(command -v WebKitWebDriver || true)
[ -n "$native_driver" ] || { echo "WebKitWebDriver is missing: apt-get install webkit2gtk-driver" >&2; exit 1; }

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
