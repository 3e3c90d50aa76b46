#!/usr/bin/env bash
# Smoke-checks a built desktop bundle the way a person would first use it: the command line, the
# parts loaded at run time (Qt plugins, the speech driver, the assets, the child-process entry),
# the doctor, and the window, which opens offscreen, paints and quits by itself.
#   packaging/check-bundle.sh [dist/calfplayer/calfplayer]
set -euo pipefail
app=${1:-dist/calfplayer/calfplayer}
[ -x "$app" ] || { echo "check-bundle: no bundle at $app; run make bundle first" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Never the real data folders, and no screen needed.
export CALFPLAYER_DATA_DIR="$scratch/data" QT_QPA_PLATFORM=offscreen
# The messages checked below are English whatever the machine's language.
export LANGUAGE=en
step() { echo "== $*"; }
fail() { echo "check-bundle: FAILED: $*" >&2; exit 1; }

step "--version"
timeout 60 "$app" --version | grep -q '^calfplayer [0-9]' || fail "--version"

step "list"
timeout 60 "$app" list >"$scratch/list.txt" || fail "list exited with $?"
grep -q '^movement-snack	' "$scratch/list.txt" || fail "list has no movement-snack: $(cat "$scratch/list.txt")"

step "the bundled catalogues: list in German and Spanish"
LANGUAGE=de timeout 60 "$app" list | grep -q 'Sanfter Einstieg' || fail "list in German"
LANGUAGE=es timeout 60 "$app" list | grep -q 'Inicio suave' || fail "list in Spanish"

step "the bundled parts, through the child-process entry (-m calfplayer.bundle_probe)"
timeout 120 "$app" -m calfplayer.bundle_probe >"$scratch/probe.txt" 2>"$scratch/probe.err" ||
  fail "bundle probe: $(tail -n 1 "$scratch/probe.txt") $(tail -n 5 "$scratch/probe.err")"
tail -n 1 "$scratch/probe.txt"

step "doctor --json"
if timeout 60 "$app" doctor --help >/dev/null 2>&1; then
  # A machine without sound (CI) gives warnings and exit 0; exit 1 means an error, such as a part
  # the bundle failed to carry. Either way the answer must be JSON.
  status=0
  timeout 120 "$app" doctor --json >"$scratch/doctor.json" || status=$?
  cat "$scratch/doctor.json"
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$scratch/doctor.json" ||
    fail "doctor --json printed no JSON"
  [ "$status" -eq 0 ] || fail "doctor --json exited with $status"
else
  echo "skipped: this build has no doctor subcommand yet"
fi

step "remind --test reaches the notification library (no session bus here: it says so)"
timeout 60 "$app" plan add movement-snack --days daily --at 12:00 >/dev/null || fail "plan add"
status=0
DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-bus" timeout 60 "$app" remind --test \
  2>"$scratch/remind.err" || status=$?
grep -q 'could not be shown' "$scratch/remind.err" && [ "$status" -eq 1 ] ||
  fail "remind --test exited with $status: $(cat "$scratch/remind.err")"

window() {  # window [launcher...] -- [calfplayer arguments...]
  local launcher=() status=0
  while [ "$1" != "--" ]; do launcher+=("$1"); shift; done
  shift
  CALFPLAYER_QUIT_AFTER_MS=300 timeout 60 "${launcher[@]}" "$app" "$@" 2>"$scratch/window.err" ||
    status=$?
  [ "$status" -eq 0 ] || fail "the window ($*) exited with $status: $(tail -n 5 "$scratch/window.err")"
  grep -q 'first paint' "$scratch/window.err" || fail "the window ($*) never painted"
}
step "the window opens offscreen, paints and quits"
window env --
step "the desktop action: --routine movement-snack --start"
window env -- --routine movement-snack --start
step "the window on an X server (the bundled xcb plugin and libraries)"
if command -v xvfb-run >/dev/null 2>&1; then
  window xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb --
else
  echo "skipped: xvfb-run is not installed"
fi
echo "check-bundle: all good ($app)"
