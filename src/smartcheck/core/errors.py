"""The one error type a user can act on, and how user text appears in messages.

Raised anywhere below the command line with a message that names the file and
the place in it; the command line prints it on stderr and exits with 1,
without a traceback.

German is the product language: ``str(error)`` is the German message. A raise
site may add the English text (``UserError(german, english=...)``); the
English interface and ``smartcheck --lang en`` show it through
:meth:`UserError.text`. Without one, English users get a short English
sentence that names the kind of problem (:data:`FALLBACK`) and the German
original below it, so nothing is hidden.
"""

from __future__ import annotations

import re

QUOTE_CHARS = 80  # at most this much of an offending value appears in a message

# C0 and C1 control characters, DEL, and the bidirectional overrides that can
# make text on a terminal read differently from what it holds.
# Lone surrogates (from undecodable file names) cannot be printed at all.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


FALLBACK = "SmartCheck could not do this. The details (in German):"


class UserError(Exception):
    """An error the user can act on; ``english`` is the message for the English interface."""

    def __init__(self, message: str = "", english: str | None = None):
        super().__init__(message)
        self.english = english

    def text(self, lang: str = "de") -> str:
        """The message in ``lang`` ("de" or "en")."""
        if lang != "en":
            return str(self)
        if self.english:
            return self.english
        return f"{FALLBACK}\n{self}"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with control characters escaped (``\\x1b``); tab and newline stay."""
    return _UNSAFE.sub(_escape, text)


def json_safe(text: str) -> str:
    """JSON text (control characters only inside strings) with those the encoder leaves raw as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def quote(value: object, limit: int = QUOTE_CHARS) -> str:
    """A value as a message shows it: escaped, at most ``limit`` characters and a marker."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[:limit] + f"… ({len(text)} Zeichen)"
    return terminal_safe(text).replace("\n", "\\n").replace("\t", "\\t")


def show(value: object) -> str:
    """A value in a message: text in quotes, anything else as Python writes it; both shortened."""
    return f"'{quote(value)}'" if isinstance(value, str) else quote(repr(value))


def show_path(path: object, limit: int = 300) -> str:
    """A file name in a message: escaped; a very long one keeps its beginning and its end."""
    text = terminal_safe(str(path))
    if len(text) > limit:
        text = f"{text[:100]}…{text[-(limit - 100) :]}"
    return text
