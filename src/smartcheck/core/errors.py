"""The one error type a user can act on.

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

FALLBACK = "SmartCheck could not do this. The details (in German):"


class UserError(Exception):
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
