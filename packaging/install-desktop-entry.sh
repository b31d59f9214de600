#!/bin/sh
# Put Catalyse in the desktop's menus for this user, with its icon, and make .catalyse files
# open with it: run once from the unpacked folder (./install-desktop-entry.sh).
# `--uninstall` takes it all out again. Nothing is written outside ~/.local.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/catalyse.desktop" "$data/icons/hicolor/scalable/apps/catalyse.svg" \
        "$data/mime/packages/catalyse-mime.xml" "$bin/catalyse"
else
    mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages" "$bin"
    sed "s|^Exec=catalyse|Exec=\"$here/catalyse\"|" "$here/catalyse.desktop" \
        > "$data/applications/catalyse.desktop"
    cp "$here/catalyse.svg" "$data/icons/hicolor/scalable/apps/catalyse.svg"
    cp "$here/catalyse-mime.xml" "$data/mime/packages/catalyse-mime.xml"
    ln -sf "$here/catalyse" "$bin/catalyse"
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Catalyse: ${1:-installed} (menu entry, icon, .catalyse files)"
