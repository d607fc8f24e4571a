"""Reading input files with limits: regular files only, a size cap, bounded parsing.

Design record.

Why check before reading?
    A FIFO or a device (``/dev/zero``) would block or fill the memory; a
    folder cannot be read. ``stat`` tells before the first byte is read, and
    the open file is checked again (``fstat``), so a file swapped in between
    is caught too. Never more than the limit plus one byte is read.

Why a pre-scan before ``tomllib`` and ``json``?
    Both recurse per level of nesting (deep nesting raises ``RecursionError``),
    Python refuses integers of more than 4,300 digits with a ``ValueError``,
    and ``tomllib`` takes time that grows with the square of the number of
    parts of one dotted key (``a.a.a…``). One pass over the text, which skips
    strings and comments, measures nesting (brackets plus key parts), number
    lengths and key counts first; a file over a limit is refused with a
    message that names the limit. The JSON parser also refuses duplicate keys
    and long integers itself, as a second line.

The limits (docs/storage.md lists them with their reasons).
"""

from __future__ import annotations

import json
import os
import re
import stat
import tomllib
from itertools import accumulate
from typing import Any

from .errors import UserError, show_path

MAX_DEPTH = 32  # nesting of tables/arrays plus parts of a dotted key; the questionnaire needs 6
MAX_DIGITS = 30  # characters of one number; the largest value SmartCheck stores has 8 digits
MAX_KEYS = 50_000  # keys in one file; the shipped questionnaire has about 1,400, an export about 3,000


class ReadRefused(UserError):
    """A file that is not read: ``problem`` says why, without the file's name."""

    def __init__(self, path: str | os.PathLike[str], problem: str, english: str):
        super().__init__(f"{show_path(path)}: {problem}", english=f"{show_path(path)}: {english}")
        self.path, self.problem = path, problem


def size_text(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / 1048576:.1f} MB".replace(".0 MB", " MB")
    return f"{count // 1024} KB"


def check_regular(path: str | os.PathLike[str], limit: int) -> os.stat_result:
    """The ``stat`` of a regular file of at most ``limit`` bytes, else ReadRefused."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ReadRefused(path, "Datei nicht gefunden", "file not found") from None
    except ValueError:  # NUL in the path
        raise ReadRefused(path, "kein gültiger Dateiname", "not a valid file name") from None
    except OSError as error:
        raise ReadRefused(
            path, f"nicht lesbar ({error.strerror or error})", f"cannot be read ({error.strerror or error})"
        ) from None
    _check_kind(path, info, limit)
    return info


def _check_kind(path: str | os.PathLike[str], info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ReadRefused(path, "ist ein Ordner, keine Datei", "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ReadRefused(
            path,
            "ist keine gewöhnliche Datei (Gerät, Pipe oder Socket) und wird nicht gelesen",
            "is not a regular file (a device, pipe or socket) and is not read",
        )
    if info.st_size > limit:
        raise ReadRefused(
            path,
            f"zu groß ({size_text(info.st_size)}, höchstens {size_text(limit)})",
            f"too large ({size_text(info.st_size)}, at most {size_text(limit)})",
        )


def read_limited(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else raises ReadRefused."""
    check_regular(path, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise ReadRefused(
            path, f"nicht lesbar ({error.strerror or error})", f"cannot be read ({error.strerror or error})"
        ) from None
    try:
        _check_kind(path, os.fstat(fd), limit)  # the file opened is the file checked
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise ReadRefused(
            path, f"nicht lesbar ({error.strerror or error})", f"cannot be read ({error.strerror or error})"
        ) from None
    finally:
        os.close(fd)
    if total > limit:  # a file that grew, or one whose size the system does not know
        raise ReadRefused(path, f"zu groß (mehr als {size_text(limit)})", f"too large (more than {size_text(limit)})")
    return b"".join(chunks)


# ------------------------------------------------------------------ pre-scan
# Strings and comments are blanked first (one regular expression, run in C), so
# a bracket or a number inside a string counts for nothing; the rest are
# regular expressions and counts over what is left.
_STRINGS = re.compile(
    r'"""(?:[^\\"]|\\[\s\S]|"(?!""))*"""'  # multi-line basic string (TOML)
    r"|'''[\s\S]*?'''"  # multi-line literal string (TOML)
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'  # basic string (JSON and TOML)
    r"|'[^'\n]*'"  # literal string (TOML)
    r"|#[^\n]*"  # comment (TOML; in JSON the parser refuses it anyway)
)
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_LONG_NUMBER = re.compile(rf"[0-9][0-9A-Za-z_]{{{MAX_DIGITS},}}")
# A dotted key or table header of more than MAX_DEPTH parts: that many dots with
# nothing between them that ends a key.
_LONG_KEY = re.compile(rf"\.(?:[^\n=,:\[\]{{}}.]*\.){{{MAX_DEPTH - 1}}}")


def prescan(text: str, toml: bool) -> tuple[str, str] | None:
    """None if ``text`` keeps to the limits, else which limit it breaks (German, English)."""
    bare = _STRINGS.sub(" ", text)
    brackets = _NOT_BRACKETS.sub("", bare)
    if brackets and max(accumulate(map(_STEP.__getitem__, brackets))) > MAX_DEPTH:
        return (
            f"zu tief verschachtelt (mehr als {MAX_DEPTH} Ebenen)",
            f"nested too deeply (more than {MAX_DEPTH} levels)",
        )
    if toml and _LONG_KEY.search(bare):
        return (
            f"zu tief verschachtelt (ein Schlüssel mit mehr als {MAX_DEPTH} Teilen)",
            f"nested too deeply (a key of more than {MAX_DEPTH} parts)",
        )
    if _LONG_NUMBER.search(bare):
        return (
            f"eine Zahl ist zu lang (mehr als {MAX_DIGITS} Ziffern)",
            f"a number is too long (more than {MAX_DIGITS} digits)",
        )
    if bare.count("=" if toml else ":") > MAX_KEYS:
        return f"zu viele Einträge (mehr als {MAX_KEYS:,})".replace(
            ",", "."
        ), f"too many entries (more than {MAX_KEYS:,})"
    return None


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """``tomllib.loads`` within the limits; a fault raises UserError naming ``name``."""
    label = show_path(name)
    problem = prescan(text, toml=True)
    if problem:
        raise UserError(
            f"{label}: TOML-Datei nicht gelesen: {problem[0]}", english=f"{label}: TOML file not read: {problem[1]}"
        )
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:  # tomllib's message is English
        raise UserError(f"{label}: kein gültiges TOML: {error}", english=f"{label}: not valid TOML: {error}") from None
    except (RecursionError, ValueError, MemoryError) as error:  # a second line behind the pre-scan
        raise UserError(
            f"{label}: kein gültiges TOML ({type(error).__name__})",
            english=f"{label}: not valid TOML ({type(error).__name__})",
        ) from None


class _Refused(Exception):
    def __init__(self, german: str, english: str):
        super().__init__(german)
        self.english = english


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            from .errors import quote

            raise _Refused(
                f"der Schlüssel '{quote(key)}' kommt im selben Objekt zweimal vor",
                f"the key '{quote(key)}' appears twice in the same object",
            )
        result[key] = value
    return result


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refused(
            f"eine Zahl ist zu lang (mehr als {MAX_DIGITS} Ziffern)",
            f"a number is too long (more than {MAX_DIGITS} digits)",
        )
    return int(text)


def _constant(text: str) -> Any:
    raise _Refused(f"'{text}' ist keine Zahl im JSON-Format", f"'{text}' is not a number in JSON")


# A \\uD800-\\uDFFF escape that is not half of a pair: no character, and not storable as UTF-8.
_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def parse_json(text: str, name: str) -> Any:
    """``json.loads`` within the limits, duplicate keys refused; faults raise UserError."""
    label = show_path(name)
    problem = prescan(text, toml=False)
    if problem:
        raise UserError(
            f"{label}: JSON-Datei nicht gelesen: {problem[0]}", english=f"{label}: JSON file not read: {problem[1]}"
        )
    lone = _LONE_SURROGATE.search(text)
    if lone:
        line = text.count("\n", 0, lone.start()) + 1
        raise UserError(
            f"{label}: Zeile {line}: kein gültiges Zeichen ({lone.group()} ist ein halbes Zeichenpaar)",
            english=f"{label}: line {line}: not a valid character ({lone.group()} is half a surrogate pair)",
        )
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_int=_int, parse_constant=_constant)
    except _Refused as error:
        raise UserError(
            f"{label}: kein gültiges JSON: {error}", english=f"{label}: not valid JSON: {error.english}"
        ) from None
    except json.JSONDecodeError as error:
        raise UserError(
            f"{label}: Zeile {error.lineno}, Spalte {error.colno}: kein gültiges JSON ({error.msg})",
            english=f"{label}: line {error.lineno}, column {error.colno}: not valid JSON",
        ) from None
    except (RecursionError, ValueError, MemoryError) as error:
        raise UserError(
            f"{label}: kein gültiges JSON ({type(error).__name__})",
            english=f"{label}: not valid JSON ({type(error).__name__})",
        ) from None


def decode_utf8(raw: bytes, name: str, hint: str = "", hint_en: str = "") -> str:
    """The text of ``raw`` (a byte order mark dropped); invalid UTF-8 names the line."""
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise UserError(
            f"{show_path(name)}: Zeile {line}: kein gültiges UTF-8{hint}",
            english=f"{show_path(name)}: line {line}: not valid UTF-8{hint_en}",
        ) from None


__all__ = [
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_KEYS",
    "ReadRefused",
    "check_regular",
    "decode_utf8",
    "parse_json",
    "parse_toml",
    "prescan",
    "read_limited",
    "size_text",
]
