#!/usr/bin/env bash
# Smoke test of a built SmartCheck bundle: packaging/smoke_test.sh packaging/out/dist/SmartCheck
#
# Runs the frozen program itself (no Python from the checkout) with a
# temporary HOME, so nothing touches the real user's data, and fails on the
# first step that does not do what a user would expect:
#   contents  one folder (no one-file), questionnaire, fonts, help texts, Qt's German catalogue, no network libraries
#   version   --version prints the version of pyproject.toml
#   demo      demo + list + report --latest (full, council as PDF and Word) and an XLSX answer
#             sheet into a temporary data folder
#   portable  a folder SmartCheck-Daten beside the program takes all data, none goes to the home folder
#   install   install-linux.sh sets up a menu entry and icons for the user, --remove undoes it
#   window    the window starts offscreen, fills its home page, loads Qt's German
#             catalogue (for the wizard's buttons) and closes by itself
# Needs: timeout (coreutils), strings (binutils, which PyInstaller needs anyway), strace.
set -euo pipefail

BUNDLE=$(cd "${1:?usage: smoke_test.sh BUNDLE_DIR}" && pwd)
EXE="$BUNDLE/SmartCheck"
INTERNAL="$BUNDLE/_internal"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/smartcheck-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export XDG_DOCUMENTS_DIR="$HOME/Dokumente"
mkdir -p "$HOME"
unset SMARTCHECK_DATA_DIR
export QT_QPA_PLATFORM=offscreen

pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*" >&2; exit 1; }
# run NAME CMD...: run with a time limit, keep the output in $WORK/NAME.log, fail with it shown.
run() {
    local name=$1; shift
    if ! timeout 120 "$@" > "$WORK/$name.log" 2>&1; then
        cat "$WORK/$name.log" >&2
        fail "$name: '$*' failed"
    fi
}
is_pdf() { [ -s "$1" ] && [ "$(head -c 5 "$1")" = "%PDF-" ] && tail -c 1024 "$1" | grep -q '%%EOF'; }

for tool in timeout strings strace; do
    command -v "$tool" >/dev/null 2>&1 || { echo "smoke_test.sh: '$tool' missing (Debian: apt-get install coreutils binutils strace)" >&2; exit 1; }
done
echo "Smoke test of $BUNDLE"

# ---------------------------------------------------------------- contents
[ -x "$EXE" ] || fail "no program $EXE"
[ -d "$INTERNAL" ] || fail "no _internal folder: not a one-folder build"
[ -f "$INTERNAL/questionnaires/smart-city-readiness.toml" ] || fail "questionnaire missing"
[ -f "$INTERNAL/assets/fonts/DejaVuSans.ttf" ] || fail "fonts missing"
[ -f "$INTERNAL/docs/user-guide.md" ] || fail "user guide for the help window missing"
qt_de=$(find "$INTERNAL" -name qtbase_de.qm | head -n 1)
[ -n "$qt_de" ] && [ -s "$qt_de" ] || fail "Qt's German catalogue qtbase_de.qm missing"
# QWizard's German button texts are in it (Qt stores them as UTF-16BE).
catalogue=$(strings -e b -n 3 "$qt_de")
for text in '&Weiter >' '< &Zur' 'Ab&schlie' 'Abbrechen'; do
    grep -qF -- "$text" <<< "$catalogue" || fail "qtbase_de.qm does not contain '$text'"
done
if find "$INTERNAL" \( -name 'libQt6Network*' -o -name '_ssl*' -o -name 'QtNetwork*' \) | grep -q .; then
    fail "network libraries in the bundle"
fi
pass "contents: one folder, questionnaire, fonts, ${qt_de#"$BUNDLE"/}, no network libraries"

# ----------------------------------------------------------------- version
expected="SmartCheck $(sed -n 's/^version = "\(.*\)"/\1/p' "$(dirname "$0")/../pyproject.toml")"
run version "$EXE" --version
[ "$(cat "$WORK/version.log")" = "$expected" ] || fail "--version printed '$(cat "$WORK/version.log")', expected '$expected'"
pass "--version: $expected"

# ------------------------------------------------- demo and report, --data-dir
DATA="$WORK/data"
run demo "$EXE" --data-dir "$DATA" demo
run list "$EXE" --data-dir "$DATA" list
grep -q Musterstadt "$WORK/list.log" || { cat "$WORK/list.log" >&2; fail "list does not show Musterstadt"; }
run report "$EXE" --data-dir "$DATA" report --latest --out "$WORK/bericht.pdf"
is_pdf "$WORK/bericht.pdf" || fail "report --latest wrote no valid PDF"
run report-en "$EXE" --data-dir "$DATA" report --latest --lang en --out "$WORK/report-en.pdf"
is_pdf "$WORK/report-en.pdf" || fail "report --latest --lang en wrote no valid PDF"
[ ! -e "$HOME/.local/share/SmartCheck" ] || fail "--data-dir ignored: data written to the home folder"
pass "demo, list, report --latest (de $(du -k "$WORK/bericht.pdf" | cut -f1) KB, en) in a temporary data folder"
# The other report kinds and formats need pikepdf (tagging), python-docx, pyphen and openpyxl in the bundle.
run council "$EXE" --data-dir "$DATA" report --latest --kind council --out "$WORK/rat.pdf"
is_pdf "$WORK/rat.pdf" || fail "report --kind council wrote no valid PDF"
run council-docx "$EXE" --data-dir "$DATA" report --latest --kind council --format docx --out "$WORK/rat.docx"
[ "$(head -c 2 "$WORK/rat.docx")" = "PK" ] || fail "report --format docx wrote no Word file"
run sheet "$EXE" --data-dir "$DATA" sheet --out "$WORK/bogen.xlsx"
[ "$(head -c 2 "$WORK/bogen.xlsx")" = "PK" ] || fail "sheet --out .xlsx wrote no workbook"
pass "council paper as PDF and Word, answer sheet as XLSX"

# ---------------------------------------------------------------- portable
# A copy of the bundle elsewhere (the bundle must be relocatable) with a
# SmartCheck-Daten folder beside the program, run with an empty home folder:
# commands and window keep everything in SmartCheck-Daten, the home stays empty.
cp -a "$BUNDLE" "$WORK/stick"
mkdir "$WORK/stick/SmartCheck-Daten"
PHOME="$WORK/portable-home"
mkdir "$PHOME"
portable() {
    local name=$1; shift
    run "$name" env HOME="$PHOME" XDG_DATA_HOME="$PHOME/.local/share" XDG_CONFIG_HOME="$PHOME/.config" \
        XDG_CACHE_HOME="$PHOME/.cache" XDG_DOCUMENTS_DIR="$PHOME/Dokumente" "$@"
}
portable portable-demo "$WORK/stick/SmartCheck" demo
portable portable-report "$WORK/stick/SmartCheck" report --latest --out "$WORK/portable.pdf"
portable portable-window env SMARTCHECK_QUIT_AFTER=ready "$WORK/stick/SmartCheck"
is_pdf "$WORK/portable.pdf" || fail "portable: report wrote no valid PDF"
[ -f "$WORK/stick/SmartCheck-Daten/smartcheck.db" ] || fail "portable: no database in SmartCheck-Daten"
if find "$PHOME" -mindepth 1 | grep -q .; then
    find "$PHOME" -mindepth 1 >&2
    fail "portable: files written to the home folder"
fi
pass "portable: demo, report and window keep all data in SmartCheck-Daten ($(find "$WORK/stick/SmartCheck-Daten" -type f | wc -l) files), nothing in the home folder"
rm -rf "$WORK/stick"

# ------------------------------------------------------- Linux user install
if [ -f "$BUNDLE/install-linux.sh" ]; then
    run install sh "$BUNDLE/install-linux.sh"
    desktop="$HOME/.local/share/applications/smartcheck.desktop"
    [ -f "$desktop" ] || fail "install-linux.sh wrote no menu entry"
    installed=$(sed -n 's/^Exec="\(.*\)"$/\1/p' "$desktop")
    [ -x "$installed" ] || fail "menu entry starts '$installed', which is no program"
    [ -f "$HOME/.local/share/icons/hicolor/48x48/apps/smartcheck.png" ] || fail "install-linux.sh installed no icon"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        run desktop-file desktop-file-validate "$desktop"
    fi
    run installed-version "$installed" --version
    [ "$(cat "$WORK/installed-version.log")" = "$expected" ] || fail "installed program does not start"
    run uninstall sh "$(dirname "$installed")/install-linux.sh" --remove
    [ ! -e "$desktop" ] && [ ! -e "$installed" ] || fail "install-linux.sh --remove left files behind"
    pass "install-linux.sh: menu entry, icons, program in ~/.local/opt; --remove cleans up"
else
    fail "install-linux.sh missing beside the program"
fi

# ------------------------------------------------------------------ window
# SMARTCHECK_QUIT_AFTER=ready (ui/app.py, also used by the start-up benchmark)
# makes the program quit once its window is shown and the home page is filled
# from the store. strace records which files it opens: the German Qt catalogue
# must be among them, so the frozen wizard says "Weiter" and "Abbrechen".
run window env SMARTCHECK_QUIT_AFTER=ready \
    strace -f -qq -e trace=openat -e signal=none -o "$WORK/window.trace" "$EXE" --data-dir "$DATA"
if grep -qiE 'traceback|error|could not|cannot|warning' "$WORK/window.log"; then
    cat "$WORK/window.log" >&2
    fail "window: messages while starting"
fi
loaded=$(grep -E 'qtbase_de\.qm' "$WORK/window.trace" | grep -v ENOENT | head -n 1 || true)
[ -n "$loaded" ] || { grep -E '\.qm' "$WORK/window.trace" >&2 || true; fail "window: Qt's German catalogue was not opened"; }
[ ! -e "$HOME/.local/share/SmartCheck" ] || fail "window: data written to the home folder despite --data-dir"
qm=$(sed -n 's/.*"\([^"]*qtbase_de\.qm\)".*/\1/p' <<< "$loaded")
pass "window: started offscreen, home page filled, closed; loaded ${qm#"$BUNDLE"/}"

echo "Smoke test passed."
