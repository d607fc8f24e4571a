#!/usr/bin/env bash
# make dist: build the one-folder SmartCheck bundle and smoke-test it.
#
#   1. a fresh virtual environment in packaging/out/venv with the pinned
#      runtime (constraints.txt) and the pinned build tools
#      (packaging/requirements-build.txt); anything unpinned stops the build;
#   2. PyInstaller with packaging/smartcheck.spec (one folder, not one file),
#      PYTHONHASHSEED=0 and SOURCE_DATE_EPOCH = time of the last commit;
#   3. the size check (at most SIZE_BUDGET_MB, default 125 MB: 0.2.0 added lxml, pikepdf,
#      python-docx, openpyxl and Pillow's font support for the Word and tagged papers);
#   4. packaging/smoke_test.sh on the built bundle;
#   5. a tar.gz of the bundle (sorted, fixed times and owners).
#
# Output: packaging/out/dist/SmartCheck/ and packaging/out/SmartCheck-<version>-linux-<arch>.tar.gz
# Environment: PYTHON (default python3, must be 3.11 or newer), SIZE_BUDGET_MB.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
OUT=packaging/out
VENV=$OUT/venv
DIST=$OUT/dist
BUNDLE=$DIST/SmartCheck
SIZE_BUDGET_MB=${SIZE_BUDGET_MB:-125}

export PYTHONHASHSEED=0
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || echo 1767225600)
fi
export SOURCE_DATE_EPOCH
export PIP_DISABLE_PIP_VERSION_CHECK=1

step() { printf '\n== %s\n' "$*"; }

step "Tools"
# binutils and gcc: PyInstaller and the ICU trim (packaging/trim_icu.py);
# icu-devtools: icupkg for the ICU trim; strace: the smoke test's window check.
missing=""
for tool in gcc nm readelf objdump strings icupkg strace timeout; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
    echo "build.sh: missing:$missing (Debian: apt-get install gcc binutils icu-devtools strace)" >&2
    exit 1
fi
echo "all there"

step "Clean virtual environment ($VENV)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "build.sh: Python 3.11 or newer needed ($PYTHON is $("$PYTHON" --version 2>&1))" >&2; exit 1; }
rm -rf "$VENV" "$OUT/build" "$DIST"
mkdir -p "$OUT"
"$PYTHON" -m venv "$VENV"
# The runtime dependencies are read from pyproject.toml, their versions from constraints.txt.
"$VENV/bin/python" - > "$OUT/runtime-requirements.txt" <<'EOF'
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))
EOF
"$VENV/bin/python" -m pip install -q -c constraints.txt \
    -r "$OUT/runtime-requirements.txt" -r packaging/requirements-build.txt
# Every installed distribution must be pinned, or the build is not repeatable.
"$VENV/bin/python" - <<'EOF'
import re, sys
from importlib.metadata import distributions

def pins(path):
    found = {}
    for line in open(path, encoding="utf-8"):
        line = line.split("#")[0].split(";")[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            found[re.sub(r"[-_.]+", "-", name).lower()] = version.strip()
    return found

pinned = pins("constraints.txt") | pins("packaging/requirements-build.txt")
bad = []
for dist in distributions():
    name = re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()
    if name in ("pip", "setuptools", "wheel"):
        continue
    if pinned.get(name) != dist.version:
        bad.append(f"{name}=={dist.version} (pinned: {pinned.get(name, 'nothing')})")
if bad:
    sys.exit("build.sh: not pinned in constraints.txt or packaging/requirements-build.txt: " + ", ".join(bad))
print(f"{len(pinned)} pins checked, everything installed is pinned")
EOF

step "PyInstaller (PYTHONHASHSEED=$PYTHONHASHSEED SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$OUT/build" packaging/smartcheck.spec

# The Linux per-user installer lies beside the program.
install -m 755 packaging/linux/install-user.sh "$BUNDLE/install-linux.sh"

step "Size"
size_mb=$(du -sm "$BUNDLE" | cut -f1)  # MiB, rounded up
size_bytes=$(du -sb "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
echo "Bundle: $BUNDLE"
echo "Size:   ${size_mb} MB ($size_bytes bytes) in ${files} files (budget ${SIZE_BUDGET_MB} MB)"
if [ "$size_mb" -gt "$SIZE_BUDGET_MB" ]; then
    echo "build.sh: the bundle is larger than ${SIZE_BUDGET_MB} MB" >&2
    exit 1
fi

step "Smoke test"
bash packaging/smoke_test.sh "$BUNDLE"

step "Archive"
version=$("$BUNDLE/SmartCheck" --version | awk '{print $2}')
archive="$OUT/SmartCheck-${version}-linux-$(uname -m).tar.gz"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    -C "$DIST" -cf - SmartCheck | gzip -n -9 > "$archive"
echo "Archive: $archive ($(du -m "$archive" | cut -f1) MB)"
echo
echo "Done: $BUNDLE (${size_mb} MB), smoke test passed."
