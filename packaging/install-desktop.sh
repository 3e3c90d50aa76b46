#!/usr/bin/env bash
# Installs calfplayer's desktop entry (with its "Movement snack" action), icons and AppStream file
# for the current user, under $XDG_DATA_HOME (default ~/.local/share). Works from a checkout and
# from the desktop bundle, which carries a copy of this script beside its `calfplayer` binary.
#
#   install-desktop.sh [PROGRAM]     Exec= runs PROGRAM; default: the bundle's calfplayer when run
#                                    from a bundle, else calfplayer-gui on PATH (pip/pipx), else
#                                    the checkout's .venv/bin/calfplayer-gui
#   install-desktop.sh --uninstall   removes what it installed
set -euo pipefail
app_id=io.github.calfplayer.CalfPlayer
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
desktop="$data/applications/$app_id.desktop"
metainfo="$data/metainfo/$app_id.metainfo.xml"
icons="$data/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$desktop" "$metainfo" "$icons"/*/apps/"$app_id".png "$icons"/scalable/apps/"$app_id".svg
  echo "Removed calfplayer's desktop entry, icons and metainfo from $data"
  exit 0
fi

if [ -d "$here/../assets/icons" ]; then            # a checkout: packaging/ beside assets/
  assets="$here/../assets"
  default_program="$(command -v calfplayer-gui || echo "$(cd "$here/.." && pwd)/.venv/bin/calfplayer-gui")"
else                                               # the bundle: this script beside calfplayer
  assets="$here/_internal/calfplayer/assets"
  default_program="$here/calfplayer"
fi
program=${1:-$default_program}
case "$program" in /*) ;; *) program="$PWD/$program" ;; esac
if [ ! -x "$program" ]; then
  echo "install-desktop: $program is not an executable program; give the path of calfplayer-gui" >&2
  exit 1
fi
# Exec= has its own quoting rules; rather than escape these few characters, refuse them.
case "$program" in
  *[\"\`\$\\%]*) echo "install-desktop: cannot use a path with \" \` \$ \\ or % in it: $program" >&2; exit 1 ;;
  *[[:space:]\'\>\<\~\|\&\;\*\?\#\(\)]*) exec_program="\"$program\"" ;;
  *) exec_program="$program" ;;
esac

mkdir -p "$data/applications"
tmp="$desktop.tmp"
while IFS= read -r line; do
  case "$line" in
    Exec=calfplayer-gui*) printf 'Exec=%s%s\n' "$exec_program" "${line#Exec=calfplayer-gui}" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$here/$app_id.desktop" >"$tmp"
mv "$tmp" "$desktop"
install -D -m 644 "$here/$app_id.metainfo.xml" "$metainfo"
for size_dir in "$assets"/icons/hicolor/*x*; do
  install -D -m 644 "$size_dir/calfplayer.png" "$icons/$(basename "$size_dir")/apps/$app_id.png"
done
install -D -m 644 "$assets/icons/calfplayer.svg" "$icons/scalable/apps/$app_id.svg"
# Icon themes cache by the folder's time stamp; a newer one makes menus look again.
touch "$icons"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data/applications" || true
fi
echo "Installed $desktop (Exec: $exec_program), its icons and metainfo"
