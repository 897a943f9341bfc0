"""Adding articles from the browser: file-name sanitising, size and type checks, the write into corpus/.

An upload is accepted only when its name reduces to a plain ``[A-Za-z0-9._-]``
file name ending in .txt or .md, its size is within ``settings.max_upload_bytes``,
and its content parses as an article (UTF-8 text, valid front matter, a body).
It is written inside ``settings.corpus_dir`` and nowhere else, never over an
existing file. Indexing the new file is the caller's job (``qa.ingest``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from qa.corpus import SUFFIXES, parse_article
from qa.errors import CorpusError
from qa.settings import Settings

MAX_NAME_CHARS = 120
_NOT_ALLOWED = re.compile(r"[^A-Za-z0-9._-]+")
_DOTS = re.compile(r"\.{2,}")


class UploadError(CorpusError):
    """An uploaded file was refused; the message says why and what to do."""


def safe_name(raw: str) -> str:
    """The name an upload is stored under, or ``UploadError``.

    Only the last path component is kept (a browser sends a bare name, an API
    client may send anything), other characters become '_', and leading dots are
    dropped so nothing lands as a hidden file the corpus reader would skip.
    """
    shown = raw if len(raw) <= 80 else raw[:77] + "..."
    base = re.split(r"[/\\]", raw.strip())[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot or f".{suffix.lower()}" not in SUFFIXES:
        raise UploadError(f"{shown!r} is not a .txt or .md file: only plain-text and Markdown articles can be added.")
    stem = _DOTS.sub(".", _NOT_ALLOWED.sub("_", stem)).strip("._-")
    if not stem:
        raise UploadError(f"{shown!r} has no usable file name: rename it to something like article.txt.")
    return f"{stem[:MAX_NAME_CHARS]}.{suffix.lower()}"


def check_content(name: str, data: bytes, max_bytes: int) -> None:
    """Refuse oversize, empty or non-article content (binary, UTF-16, broken front matter)."""
    if len(data) > max_bytes:
        raise UploadError(f"{name} is {len(data):,} bytes; the upload limit is {max_bytes:,} bytes (QA_MAX_UPLOAD_BYTES).")
    if not data.strip():
        raise UploadError(f"{name} is empty: there is no article to add.")
    try:
        parse_article(data, name)
    except CorpusError as exc:
        raise UploadError(str(exc)) from exc


def save_upload(settings: Settings, raw_name: str, data: bytes) -> Path:
    """Check an upload and write it as a new file directly inside the corpus folder."""
    name = safe_name(raw_name)
    check_content(name, data, settings.max_upload_bytes)
    root = settings.corpus_dir.resolve()
    if not root.is_dir():
        raise UploadError(f"The corpus folder {settings.corpus_dir} does not exist: create it first.")
    target = (root / name).resolve()
    if target.parent != root:  # safe_name makes this impossible; checked anyway because it is the promise
        raise UploadError(f"{raw_name!r} would be written outside the corpus folder; refused.")
    try:
        with open(target, "xb") as out:  # "x": an existing article is never replaced
            out.write(data)
    except FileExistsError as exc:
        raise UploadError(f"{name} already exists in the corpus: rename the file or remove the old article first.") from exc
    except OSError as exc:
        raise UploadError(f"{name} could not be written to the corpus folder ({exc.strerror}).") from exc
    return target


def save_files(settings: Settings, paths: Iterable[str | Path]) -> tuple[list[str], list[str]]:
    """Save uploaded temp files (named as the user's files): (saved names, one-line refusals)."""
    saved: list[str] = []
    refused: list[str] = []
    for path in paths:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > settings.max_upload_bytes:
                raise UploadError(
                    f"{path.name} is {size:,} bytes; the upload limit is {settings.max_upload_bytes:,} bytes (QA_MAX_UPLOAD_BYTES)."
                )
            saved.append(save_upload(settings, path.name, path.read_bytes()).name)
        except UploadError as exc:
            refused.append(str(exc))
        except OSError as exc:
            refused.append(f"{path.name} could not be read ({exc.strerror}).")
    return saved, refused
