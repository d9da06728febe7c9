#!/bin/sh
# Install Oppfølgingsplan for the current user only (no root, nothing outside ~/.local).
#
#     ./install.sh              install (or update) from the folder this script is in
#     ./install.sh --uninstall  remove the program; plans, settings and recovery copies stay
#
# The script ships inside the built bundle (dist/oppfolging/install.sh). It copies the
# bundle to ~/.local/lib/oppfolging, puts `oppfolging` in ~/.local/bin, and registers
# the menu entry, the icons and the .oppfplan file type with the desktop.
set -eu

APP_ID=no.oppfolging.Oppfolgingsplan
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
PROGRAM_DIR="$HOME/.local/lib/oppfolging"
BIN_DIR="$HOME/.local/bin"
HERE="$(cd "$(dirname "$0")" && pwd -P)"
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh_desktop() {
    # Each of these is optional: a desktop without them simply notices later.
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
}

uninstall() {
    rm -rf "$PROGRAM_DIR"
    if [ -L "$BIN_DIR/oppfolging" ]; then rm -f "$BIN_DIR/oppfolging"; fi
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml" \
          "$DATA/metainfo/$APP_ID.metainfo.xml" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
              "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-oppfplan.png"
    done
    refresh_desktop
    echo "Oppfølgingsplan er fjernet. Planene dine og innstillingene er ikke rørt."
}

install_program() {
    if [ ! -x "$HERE/oppfolging" ] || [ ! -d "$HERE/linux" ]; then
        echo "Finner ikke programmet ved siden av install.sh ($HERE)." >&2
        exit 1
    fi
    icons="$HERE/_internal/oppfolging_gui/resources/icons"

    # The program itself: copied beside the old one, then swapped in, so an
    # interrupted update never leaves half a program.
    if [ "$HERE" != "$PROGRAM_DIR" ]; then
        mkdir -p "$(dirname "$PROGRAM_DIR")"
        rm -rf "$PROGRAM_DIR.new"
        cp -a "$HERE" "$PROGRAM_DIR.new"
        rm -rf "$PROGRAM_DIR"
        mv "$PROGRAM_DIR.new" "$PROGRAM_DIR"
    fi
    mkdir -p "$BIN_DIR"
    ln -sfn "$PROGRAM_DIR/oppfolging" "$BIN_DIR/oppfolging"

    # Menu entry; Exec gets the full path, as ~/.local/bin is not always on a desktop's PATH.
    mkdir -p "$DATA/applications"
    sed "s|^Exec=oppfolging |Exec=\"$PROGRAM_DIR/oppfolging\" |" "$HERE/linux/$APP_ID.desktop" \
        > "$DATA/applications/$APP_ID.desktop"

    # The file type, the program's metadata for software centres, the icons.
    mkdir -p "$DATA/mime/packages" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
    cp "$HERE/linux/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
    cp "$HERE/linux/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
    cp "$icons/oppfolging.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        for kind in apps mimetypes; do mkdir -p "$DATA/icons/hicolor/${size}x${size}/$kind"; done
        cp "$icons/oppfolging-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        cp "$icons/oppfolging-$size.png" "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-oppfplan.png"
    done
    refresh_desktop
    # Make it the program that opens .oppfplan files (the user can change this later).
    command -v xdg-mime >/dev/null 2>&1 && xdg-mime default "$APP_ID.desktop" application/x-oppfplan 2>/dev/null || true

    echo "Oppfølgingsplan er installert. Du finner programmet i menyen, og .oppfplan-filer åpnes med det."
    echo "Fra terminalen: $BIN_DIR/oppfolging"
}

case "${1:-}" in
    --uninstall) uninstall ;;
    "") install_program ;;
    *) echo "Bruk: $0 [--uninstall]" >&2; exit 2 ;;
esac
