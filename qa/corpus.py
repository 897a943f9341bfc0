"""Read articles from the corpus folder into ``Article`` records.

An article is a UTF-8 ``.txt`` or ``.md`` file (a BOM is tolerated) with an
optional YAML front-matter block. ``Article.text`` is the decoded file exactly
as stored, so character offsets into it point at the file's own text; the body
starts at ``body_start``. Files that cannot be read are reported as
``Skipped`` with a reason, never raised, so one bad file never stops the rest.
``scan`` hashes files without parsing them, so ingest can pass over unchanged
ones cheaply. Chunking and indexing live elsewhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from qa.errors import CorpusError

SUFFIXES = (".txt", ".md")
_BOM = b"\xef\xbb\xbf"
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
KNOWN_FIELDS = ("title", "outlet", "author", "url", "published")


@dataclass(frozen=True)
class Article:
    id: str  # path relative to the corpus folder, with forward slashes
    text: str  # the whole decoded file, front matter included
    body_start: int
    title: str
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: str = ""  # ISO date, or "" when unknown
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def version(self) -> str:
        """Content hash: a changed file, or changed metadata, is a new version."""
        return content_version(self.text.encode("utf-8"))

    @property
    def published_ts(self) -> int:
        """Published date as Unix seconds (UTC midnight), 0 when unknown: Chroma filters compare numbers."""
        return date_to_ts(self.published)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True)
class Scanned:
    """A file found in the corpus folder and the version it would have, before it is parsed."""

    id: str
    path: Path
    version: str  # "" when the file is over the size limit (it will be skipped when parsed)


def content_version(data: bytes) -> str:
    """``Article.version`` of a file's bytes: the hash of its UTF-8 text, BOM excluded.

    For valid UTF-8, decoding and encoding again gives the same bytes, so the
    raw bytes hash to the same version without decoding or parsing them.
    """
    return hashlib.blake2b(data.removeprefix(_BOM), digest_size=8).hexdigest()


def date_to_ts(value: str) -> int:
    if not value:
        return 0
    day = dt.date.fromisoformat(value[:10])
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


def discover(corpus_dir: Path) -> list[Path]:
    """Article files under ``corpus_dir``, sorted; symlinks leaving the folder are not followed."""
    if not corpus_dir.exists():
        raise CorpusError(f"The corpus folder {corpus_dir} does not exist: create it and put .txt or .md articles in it.")
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir} is not a folder: set QA_CORPUS_DIR to the folder that holds the articles.")
    root = corpus_dir.resolve()
    found = []
    for path in sorted(corpus_dir.rglob("*")):
        if path.suffix.lower() not in SUFFIXES or any(part.startswith(".") for part in path.relative_to(corpus_dir).parts):
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            continue
        if path.is_file():
            found.append(path)
    return found


def read_articles(corpus_dir: Path, max_bytes: int) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in discover(corpus_dir):
        article_id = path.relative_to(corpus_dir).as_posix()
        try:
            articles.append(read_article(path, article_id, max_bytes))
        except CorpusError as exc:
            skipped.append(Skipped(article_id, str(exc)))
    return articles, skipped


def scan(corpus_dir: Path, max_bytes: int) -> list[Scanned]:
    """Every article file with the version its bytes hash to; nothing is parsed.

    Ingest compares these versions with the committed ones and parses only the
    files that differ, so an unchanged corpus costs one read and hash per file.
    """
    found: list[Scanned] = []
    for path in discover(corpus_dir):
        version = ""
        try:
            if path.stat().st_size <= max_bytes:
                version = content_version(path.read_bytes())
        except OSError:
            pass  # read_article reports the reason when the file is parsed
        found.append(Scanned(path.relative_to(corpus_dir).as_posix(), path, version))
    return found


def iter_articles(corpus_dir: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    for path in discover(corpus_dir):
        article_id = path.relative_to(corpus_dir).as_posix()
        try:
            yield read_article(path, article_id, max_bytes)
        except CorpusError as exc:
            yield Skipped(article_id, str(exc))


def read_article(path: Path, article_id: str, max_bytes: int) -> Article:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CorpusError(
                f"{article_id}: {size:,} bytes is over the {max_bytes:,}-byte limit (QA_MAX_ARTICLE_BYTES); split the article."
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{article_id}: cannot be read ({exc.strerror}); check its permissions.") from exc
    return parse_article(raw, article_id)


def parse_article(raw: bytes, article_id: str) -> Article:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(f"{article_id}: is UTF-16; save it as UTF-8.")
    if b"\x00" in raw[:4096]:
        raise CorpusError(f"{article_id}: looks binary, not text; remove it or save it as UTF-8 text.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{article_id}: is not valid UTF-8 (byte {exc.start}); save it as UTF-8.") from exc
    meta, body_start = _front_matter(text, article_id)
    if not text[body_start:].strip():
        raise CorpusError(f"{article_id}: has no text; add the article body or remove the file.")
    fields = {key: _as_text(meta.pop(key, "")) for key in KNOWN_FIELDS}
    published = _as_date(fields["published"], article_id)
    return Article(
        id=article_id,
        text=text,
        body_start=body_start,
        title=fields["title"] or derive_title(text[body_start:], article_id),
        outlet=fields["outlet"],
        author=fields["author"],
        url=fields["url"],
        published=published,
        extra={str(k): _as_text(v) for k, v in meta.items()},
    )


def _front_matter(text: str, article_id: str) -> tuple[dict[str, object], int]:
    match = _FRONT.match(text)
    if not match:
        if text.startswith("---\n") or text.startswith("---\r\n"):
            raise CorpusError(f"{article_id}: front matter starts with '---' but never ends; close it with a '---' line.")
        return {}, 0
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise CorpusError(f"{article_id}: front matter is not valid YAML{where}; fix it or remove the block.") from exc
    if not isinstance(meta, dict):
        raise CorpusError(f"{article_id}: front matter must be 'key: value' lines; fix it or remove the block.")
    return meta, match.end()


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(_as_text(v) for v in value)
    return " ".join(str(value).split())


def _as_date(value: str, article_id: str) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError as exc:
        raise CorpusError(f"{article_id}: published date {value!r} is not YYYY-MM-DD; fix the front matter.") from exc


def derive_title(body: str, article_id: str) -> str:
    """The first line that reads like a headline, else the file name."""
    for line in body.splitlines():
        line = " ".join(line.split()).strip("#•*- ").strip()
        if 3 <= len(line) <= 150 and any(ch.isalpha() for ch in line):
            return line
    stem = Path(article_id).stem.replace("_", " ").replace("-", " ").strip()
    return stem or article_id
