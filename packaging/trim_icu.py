"""Build a smaller ICU data library for the Linux bundle (used by smartcheck.spec).

Qt's ``libicudata.so.NN`` is 32 MB, a quarter of the bundle: ICU's data for
every language of the world. SmartCheck speaks German and English, so the
bundle gets a copy that keeps everything except

- locale data (names, currencies, units, collation, ...) of other languages
  (ICU falls back to its root locale for those, as it does for any unknown one);
- the word-break dictionaries for Chinese, Japanese, Thai, Khmer, Lao, Burmese;
- legacy code pages other than a few Western European ones (Qt decodes UTF-8/16/32
  and Latin-1 itself; ICU's converters are only asked for other encodings).

How: the data is the one exported symbol ``icudtNN_dat`` of the library. It is
cut out (``nm -D -S``), unpacked and repacked without the dropped items by ICU's
``icupkg`` (Debian: icu-devtools; the package format is stable across ICU
versions), and linked into a new shared library with the same soname and symbol
(``gcc -shared`` on a two-line assembler file). Needs binutils, gcc, icu-devtools.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("de", "en")
KEEP_CONVERTERS = ("ibm-5348", "ibm-923", "ibm-912", "ibm-850", "ibm-437")  # cp1252, 8859-15, 8859-2, DOS
LOCALE_FILE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9_]*)?\.res$")


def wanted(item: str) -> bool:
    name = item.rsplit("/", 1)[-1]
    if name.endswith(".dict"):
        return False
    if name.endswith(".cnv"):
        return name.startswith(KEEP_CONVERTERS)
    match = LOCALE_FILE.match(name)
    if match and name not in ("root.res", "pool.res"):
        return match.group(1) in KEEP_LANGUAGES
    return True


def _run(*args: str, cwd: Path | None = None, stderr: list[str] | None = None) -> str:
    try:
        done = subprocess.run(args, cwd=cwd, check=True, capture_output=True, text=True)
    except FileNotFoundError:
        raise SystemExit(
            f"trim_icu: '{args[0]}' missing; needed to shrink ICU's data "
            "(Debian: apt-get install binutils gcc icu-devtools)"
        ) from None
    except subprocess.CalledProcessError as error:
        raise SystemExit(f"trim_icu: {' '.join(args)} failed:\n{error.stderr}") from None
    if stderr is not None:
        stderr.append(done.stderr)
    return done.stdout


def trim(library: Path, workdir: Path) -> Path:
    """Return the path of a trimmed copy of ``library`` (built in ``workdir``)."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    symbols = _run("nm", "-D", "-S", str(library))
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt(\d+)_dat)$", symbols, re.M)
    if not found:
        raise SystemExit(f"trim_icu: no icudtNN_dat symbol in {library}")
    address, size, symbol, version = int(found[1], 16), int(found[2], 16), found[3], found[4]
    # The data lies in .rodata; find the file offset of its address.
    sections = _run("readelf", "-W", "-S", str(library))
    for line in sections.splitlines():
        parts = line.replace("[ ", "[").split()
        if len(parts) > 5 and parts[1] == ".rodata":
            section_address, section_offset = int(parts[3], 16), int(parts[4], 16)
            break
    else:
        raise SystemExit(f"trim_icu: no .rodata section in {library}")
    offset = address - section_address + section_offset
    with open(library, "rb") as f:
        f.seek(offset)
        data = f.read(size)
    package = f"icudt{version}l.dat"
    (workdir / package).write_bytes(data)

    items = [line.strip() for line in _run("icupkg", "-l", package, cwd=workdir).splitlines() if line.strip()]
    drop = [item for item in items if not wanted(item)]
    (workdir / "drop.txt").write_text("\n".join(drop) + "\n", encoding="ascii")
    out = workdir / "out"
    out.mkdir()
    # The break rules name the dictionaries left out: only those may be missing.
    messages: list[str] = []
    _run("icupkg", "--ignore-deps", "-r", "drop.txt", package, f"out/{package}", cwd=workdir, stderr=messages)
    missing = set(re.findall(r"depends on missing item (\S+)", "".join(messages)))
    if any(not item.endswith(".dict") for item in missing):
        raise SystemExit(f"trim_icu: kept items need dropped ones: {sorted(missing)}")

    asm = workdir / "data.S"
    asm.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "out/{package}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = workdir / library.name
    _run(
        "gcc",
        "-shared",
        "-nostdlib",
        "-Wl,--build-id=none",
        f"-Wl,-soname,{library.name}",
        "-o",
        str(target),
        "data.S",
        cwd=workdir,
    )
    kept = len(items) - len(drop)
    print(
        f"trim_icu: {library.name}: kept {kept} of {len(items)} items, "
        f"{library.stat().st_size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB"
    )
    return target
