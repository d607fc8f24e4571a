#!/bin/sh
# SmartCheck für den eigenen Benutzer einrichten (Linux, ohne Administratorrechte).
# Install SmartCheck for the current user (Linux, no root needed).
#
#   ./install-linux.sh            einrichten: Programm nach ~/.local/opt/SmartCheck,
#                                 Startmenü-Eintrag und Symbol nach ~/.local/share
#   ./install-linux.sh --remove   wieder entfernen (die Daten bleiben erhalten)
#
# Liegt im Programmordner neben "SmartCheck". Die Daten liegen nicht im
# Programmordner, sondern in ~/.local/share/SmartCheck (siehe docs/install.md).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$HOME/.local/opt/SmartCheck
APPS=$DATA_HOME/applications
ICONS=$DATA_HOME/icons/hicolor
DESKTOP=$APPS/smartcheck.desktop

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$TARGET"
    rm -f "$DESKTOP"
    for size in 16 32 48 64 128 256; do
        rm -f "$ICONS/${size}x${size}/apps/smartcheck.png"
    done
    rm -f "$ICONS/scalable/apps/smartcheck.svg"
    echo "SmartCheck entfernt. Die Daten in $DATA_HOME/SmartCheck bleiben erhalten."
    exit 0
fi

[ -x "$HERE/SmartCheck" ] || { echo "install-linux.sh: $HERE/SmartCheck fehlt" >&2; exit 1; }
if [ "$HERE" != "$TARGET" ]; then
    rm -rf "$TARGET.new"
    mkdir -p "$(dirname "$TARGET")"
    cp -a "$HERE" "$TARGET.new"
    rm -rf "$TARGET.new/SmartCheck-Daten"  # portable data stays where it was
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
fi

ASSETS=$TARGET/_internal/assets
mkdir -p "$APPS" "$ICONS/scalable/apps"
for size in 16 32 48 64 128 256; do
    mkdir -p "$ICONS/${size}x${size}/apps"
    cp "$ASSETS/icons/smartcheck-$size.png" "$ICONS/${size}x${size}/apps/smartcheck.png"
done
cp "$ASSETS/icons/smartcheck.svg" "$ICONS/scalable/apps/smartcheck.svg"
# The menu entry starts the installed program by its full path (quoted for spaces).
sed -e "s|^Exec=.*|Exec=\"$TARGET/SmartCheck\"|" -e "s|^TryExec=.*|TryExec=$TARGET/SmartCheck|" \
    "$ASSETS/smartcheck.desktop" > "$DESKTOP"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true

echo "SmartCheck eingerichtet: $TARGET"
echo "Startmenü-Eintrag: $DESKTOP"
