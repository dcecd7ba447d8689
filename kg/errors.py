"""One error hierarchy: every failure a user can cause is a KGError with a one-line message
(and InputWarning, for an input read but probably not as meant).

Messages name the input (file, line, value) and say how to fix it; the CLI prints
``str(err)`` and exits non-zero, never a traceback.
"""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error the tool reports to a user."""

    exit_code = 1


class NamesInput:
    """A message that opens with the input it is about: ``path:line: reason``."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # crosses process boundaries (--workers, Dask) intact
        return type(self), (self.path, self.reason, self.line)


class InputError(NamesInput, KGError):
    """An input path or article cannot be read; names the file (and line) and the fix."""

    exit_code = 2


class InputWarning(NamesInput, UserWarning):
    """An article was read but probably not as meant (a language its text contradicts); names the
    file (and line) and the fix. The CLI prints it as one line; the build goes on."""


class ConfigError(KGError):
    """A bad option value, lexicon file or ontology term."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query or its target cannot be used."""

    exit_code = 2


class OutputError(KGError):
    """An output folder or file cannot be written."""

    exit_code = 3


class StoreError(KGError):
    """The on-disk store (``--store``) cannot be used now: another build holds it, or its
    database cannot be read or written."""

    exit_code = 3
