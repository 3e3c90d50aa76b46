#!/usr/bin/env bash
# Makes sure the Debian/Ubuntu packages of the named groups (see system-packages.txt) are installed.
# As root on Debian it installs what is missing; otherwise it prints the exact apt-get line and
# fails, so that nobody ends up with a half-working app and no hint why.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list="$here/system-packages.txt"
[ $# -gt 0 ] || { echo "usage: $0 GROUP [GROUP...]  (groups: $(grep -v '^#' "$list" | cut -d: -f1 | xargs))" >&2; exit 2; }

wanted=""
for group in "$@"; do
  line=$(grep -E "^$group:" "$list" || true)
  [ -n "$line" ] || { echo "unknown package group: $group" >&2; exit 2; }
  wanted="$wanted ${line#*:}"
done

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "note: not a Debian-like system; calfplayer needs the equivalents of:$wanted" >&2
  exit 0
fi

missing=""
for pkg in $wanted; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
  case "$status" in ii*) ;; *) missing="$missing $pkg" ;; esac
done
[ -n "$missing" ] || exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
else
  echo "calfplayer needs these system packages. Install them, then run make again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
  exit 1
fi
