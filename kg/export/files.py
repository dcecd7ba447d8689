"""Writing output files so that a crash never leaves half a file: temp file, then rename."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from ..errors import OutputError


def write_atomic(path: str | Path, data: str | bytes | Iterable[bytes] | Callable[[BinaryIO], object]) -> Path:
    """Write text, bytes, chunks of bytes (written one after the other, never joined in memory) or what
    a writer function writes to the open file, to ``path`` through a temp file in the same folder and
    ``os.replace``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror}); choose a writable folder") from err
    try:
        if isinstance(data, str):
            data = data.encode("utf-8")
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            elif callable(data):
                data(handle)
            else:
                handle.writelines(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({err.strerror}); choose a writable folder") from err
    except BaseException:  # a writer's own failure (or an interrupt) leaves no temp file behind
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
