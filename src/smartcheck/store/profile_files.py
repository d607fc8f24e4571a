"""Profile files on disk: writing one (``share``) and reading many (``region``).

Reading uses the same limits as an import: a regular file, a size cap, UTF-8,
JSON within the limits of core.limits (as an import), then the schema
(:class:`~smartcheck.core.profile_share.ProfileFile`). Every problem becomes a
message naming the file and the place in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..atomic import write_atomic
from ..core.catalog import format_validation_error
from ..core.errors import UserError, show_path
from ..core.limits import decode_utf8, parse_json, read_limited
from ..core.profile_share import PROFILE_FORMAT, PROFILE_FORMAT_VERSION, ProfileFile, profile_json

MAX_PROFILE_BYTES = 1024 * 1024  # a profile of 50 dimensions is under 30 kB
MAX_PROBLEMS = 10


def write_profile(document: ProfileFile, path: str | Path) -> Path:
    return write_atomic(path, profile_json(document).encode("utf-8"))


def read_profile_json(path: Path) -> Any:
    """The JSON of a profile file, read like an import: a regular file of at most
    MAX_PROFILE_BYTES, UTF-8, parsed within the limits of core.limits (depth, digits,
    keys, no duplicate keys)."""
    raw = read_limited(path, MAX_PROFILE_BYTES)
    if not raw.strip():
        raise UserError(f"{show_path(path)}: die Datei ist leer", english=f"{show_path(path)}: the file is empty")
    return parse_json(decode_utf8(raw, str(path), " – ist das ein SmartCheck-Profil?"), str(path))


def parse_profile(data: Any, name: str) -> ProfileFile:
    """Check the envelope and the schema of a profile's JSON data."""
    if not isinstance(data, dict):
        raise UserError(
            f"{name}: kein SmartCheck-Profil (erwartet ein JSON-Objekt mit 'format')",
            english=f"{name}: not a SmartCheck profile (expected a JSON object with 'format')",
        )
    fmt = data.get("format")
    if fmt != PROFILE_FORMAT:
        hint = (
            " – das ist eine Einschätzung; 'smartcheck share' macht daraus ein Profil"
            if fmt == "smartcheck.assessment"
            else ""
        )
        hint_en = " – this is an assessment; 'smartcheck share' makes a profile of it" if hint else ""
        shown = "fehlt" if fmt is None else f"ist {fmt!r}"
        shown_en = "is missing" if fmt is None else f"is {fmt!r}"
        raise UserError(
            f"{name}: format: kein SmartCheck-Profil ('format' {shown}, erwartet '{PROFILE_FORMAT}'){hint}",
            english=f"{name}: format: not a SmartCheck profile ('format' {shown_en}, expected "
            f"'{PROFILE_FORMAT}'){hint_en}",
        )
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > PROFILE_FORMAT_VERSION:
        raise UserError(
            f"{name}: format_version: das Profil stammt von einer neueren SmartCheck-Version "
            f"(Format {version}, dieses Programm liest Format {PROFILE_FORMAT_VERSION}). "
            "Bitte SmartCheck aktualisieren.",
            english=f"{name}: format_version: the profile comes from a newer SmartCheck version "
            f"(format {version}, this program reads format {PROFILE_FORMAT_VERSION}). "
            "Please update SmartCheck.",
        )
    try:
        return ProfileFile.model_validate(data)
    except ValidationError as error:
        problems = format_validation_error(error)
        shown = "\n".join(f"  {p}" for p in problems[:MAX_PROBLEMS])
        more = f"\n  … und {len(problems) - MAX_PROBLEMS} weitere" if len(problems) > MAX_PROBLEMS else ""
        more_en = f"\n  … and {len(problems) - MAX_PROBLEMS} more" if len(problems) > MAX_PROBLEMS else ""
        raise UserError(
            f"{name}: kein gültiges SmartCheck-Profil:\n{shown}{more}",
            english=f"{name}: not a valid SmartCheck profile (the details in German):\n{shown}{more_en}",
        ) from None


def read_profile(path: str | Path) -> ProfileFile:
    path = Path(path)
    return parse_profile(read_profile_json(path), str(path))


def read_profiles(paths: list[str | Path]) -> list[tuple[str, ProfileFile]]:
    """All files or none: the first bad one raises with its name."""
    return [(Path(p).name, read_profile(p)) for p in paths]
