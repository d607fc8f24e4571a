"""Profile files on disk: writing one (``share``) and reading many (``region``).

Reading uses the same limits as an import: a regular file, a size cap, UTF-8,
JSON nested no deeper than a profile needs, then the schema
(:class:`~smartcheck.core.profile_share.ProfileFile`). Every problem becomes a
message naming the file and the place in it.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..atomic import write_atomic
from ..core.catalog import format_validation_error
from ..core.errors import UserError
from ..core.profile_share import PROFILE_FORMAT, PROFILE_FORMAT_VERSION, ProfileFile, profile_json

MAX_PROFILE_BYTES = 1024 * 1024  # a profile of 50 dimensions is under 30 kB
MAX_DEPTH = 8  # a profile nests 4 levels deep
MAX_PROBLEMS = 10


def write_profile(document: ProfileFile, path: str | Path) -> Path:
    return write_atomic(path, profile_json(document).encode("utf-8"))


def _depth(text: str) -> int:
    """Deepest nesting of brackets outside strings (checked before json.loads)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def local_safe_read_json(path: Path, max_bytes: int = MAX_PROFILE_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """LOCAL STAND-IN for the shared safe reader of the hardening branch (swap at merge).

    A regular file (no folder, device or pipe), at most ``max_bytes``, UTF-8
    (a byte order mark is allowed), JSON nested at most ``max_depth`` deep.
    """
    name = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UserError(f"{name}: ist ein Ordner, keine Datei")
        if not stat.S_ISREG(info.st_mode):
            raise UserError(f"{name}: keine gewöhnliche Datei")
        if info.st_size > max_bytes:
            raise UserError(f"{name}: zu groß ({info.st_size / 1048576:.1f} MB, höchstens "
                            f"{max_bytes // 1024} kB) – das ist kein SmartCheck-Profil")
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise UserError(f"{name}: Datei nicht gefunden") from None
    except OSError as error:
        raise UserError(f"{name}: nicht lesbar ({error.strerror or error})") from None
    if len(raw) > max_bytes:
        raise UserError(f"{name}: zu groß (über {max_bytes // 1024} kB) – das ist kein SmartCheck-Profil")
    if not raw.strip():
        raise UserError(f"{name}: die Datei ist leer")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise UserError(f"{name}: Zeile {line}: kein gültiges UTF-8 – ist das ein SmartCheck-Profil?") from None
    if _depth(text) > max_depth:
        raise UserError(f"{name}: zu tief verschachteltes JSON (höchstens {max_depth} Ebenen) – "
                        "das ist kein SmartCheck-Profil")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"{name}: Zeile {error.lineno}, Spalte {error.colno}: kein gültiges JSON ({error.msg})") from None


def parse_profile(data: Any, name: str) -> ProfileFile:
    """Check the envelope and the schema of a profile's JSON data."""
    if not isinstance(data, dict):
        raise UserError(f"{name}: kein SmartCheck-Profil (erwartet ein JSON-Objekt mit 'format')")
    fmt = data.get("format")
    if fmt != PROFILE_FORMAT:
        hint = " – das ist eine Einschätzung; 'smartcheck share' macht daraus ein Profil" \
            if fmt == "smartcheck.assessment" else ""
        shown = "fehlt" if fmt is None else f"ist {fmt!r}"
        raise UserError(f"{name}: format: kein SmartCheck-Profil ('format' {shown}, erwartet "
                        f"'{PROFILE_FORMAT}'){hint}")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > PROFILE_FORMAT_VERSION:
        raise UserError(f"{name}: format_version: das Profil stammt von einer neueren SmartCheck-Version "
                        f"(Format {version}, dieses Programm liest Format {PROFILE_FORMAT_VERSION}). "
                        "Bitte SmartCheck aktualisieren.")
    try:
        return ProfileFile.model_validate(data)
    except ValidationError as error:
        problems = format_validation_error(error)
        shown = "\n".join(f"  {p}" for p in problems[:MAX_PROBLEMS])
        more = f"\n  … und {len(problems) - MAX_PROBLEMS} weitere" if len(problems) > MAX_PROBLEMS else ""
        raise UserError(f"{name}: kein gültiges SmartCheck-Profil:\n{shown}{more}") from None


def read_profile(path: str | Path) -> ProfileFile:
    path = Path(path)
    return parse_profile(local_safe_read_json(path), str(path))


def read_profiles(paths: list[str | Path]) -> list[tuple[str, ProfileFile]]:
    """All files or none: the first bad one raises with its name."""
    return [(Path(p).name, read_profile(p)) for p in paths]
