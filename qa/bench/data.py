"""Turn public benchmark files into corpus folders and question lists, cached by data and settings.

Each benchmark gets its own corpus folder and index under
``<index_dir>/bench/<name>-<key>/``, where the key hashes the source files and
every setting that shapes the index (chunking, embedding model, BM25
parameters). A second run with the same data and settings finds the index
complete and only re-asks; changing ``QA_CHUNK_SIZE`` builds a new one beside
it. The benchmark index is always embedded Chroma, never ``QA_CHROMA_URL``,
so a benchmark cannot write into a user's server.

Article files are written idempotently (same content, file left alone), so
re-runs never re-embed. SQuAD paragraphs and SciFact abstracts become one
article each, so the benchmarks exercise exactly the ingest path a user's
articles take. Scoring lives in ``qa.bench.retrieval`` and the benchmark modules.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa import api
from qa.errors import QAError
from qa.evaluate import INDEX_FIELDS
from qa.settings import Settings
from qa.types import IngestReport

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks"
# Bump when the corpus layout written below changes, so old caches are not reused.
LAYOUT_VERSION = "2"


class BenchmarkDataError(QAError):
    """The benchmark files are missing or malformed."""


@dataclass(frozen=True)
class BenchQuestion:
    id: str
    question: str
    answers: tuple[str, ...]
    relevant: dict[str, float]  # article id -> graded relevance
    answerable: bool = True


@dataclass(frozen=True)
class Prepared:
    """A benchmark corpus, ingested: the settings that point at it and what the ingest cost."""

    settings: Settings
    ingest: IngestReport


def failed(prog: str, exc: QAError) -> int:
    """Report a benchmark command's error as one line on stderr (no traceback) and give its exit status."""
    print(f"{prog}: error: {exc}", file=sys.stderr)
    return 1


def source(root: Path | None, *parts: str) -> Path:
    path = (root or DEFAULT_ROOT).joinpath(*parts)
    if not path.exists():
        raise BenchmarkDataError(f"{path} does not exist; pass --data pointing at the benchmarks folder (see its README.md).")
    return path


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def cache_key(settings: Settings, sources: Sequence[Path]) -> str:
    h = hashlib.sha256(LAYOUT_VERSION.encode())
    for path in sources:
        h.update(_digest(path).encode())
    for name in INDEX_FIELDS:
        h.update(f"{name}={getattr(settings, name)!r};".encode())
    return h.hexdigest()[:12]


def bench_settings(settings: Settings, name: str, sources: Sequence[Path]) -> Settings:
    """Settings for benchmark ``name``: its own cached corpus and index, embedded Chroma."""
    root = settings.index_dir / "bench" / f"{name}-{cache_key(settings, sources)}"
    return settings.replace(corpus_dir=root / "corpus", index_dir=root / "index", chroma_url="")


def ingest(settings: Settings) -> Prepared:
    """Bring the benchmark index in line with its corpus folder (a no-op when the cache is complete)."""
    return Prepared(settings, api.ingest(settings))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BenchmarkDataError(f"Cannot read {path} ({exc}); pass --data pointing at the benchmarks folder.") from exc


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise BenchmarkDataError(f"Cannot read {path} ({exc}); pass --data pointing at the benchmarks folder.") from exc


def write(path: Path, text: str) -> None:
    """Write ``text`` unless the file already holds it (an unchanged file keeps its index entry)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    path.write_text(text, encoding="utf-8")


def yaml_str(value: str) -> str:
    return json.dumps(" ".join(value.split()), ensure_ascii=False)  # JSON strings are valid YAML scalars


def squad_corpus(path: Path, corpus_dir: Path) -> list[BenchQuestion]:
    """Write every paragraph of a SQuAD file as an article; return all its questions."""
    data = _read_json(path)
    questions: list[BenchQuestion] = []
    try:
        for a_index, article in enumerate(data["data"]):
            title = article["title"].replace("_", " ")
            for p_index, paragraph in enumerate(article["paragraphs"]):
                article_id = f"{a_index:03d}/{p_index:03d}.txt"
                write(corpus_dir / article_id, f"---\ntitle: {yaml_str(title)}\noutlet: Wikipedia\n---\n{paragraph['context']}\n")
                for qa in paragraph["qas"]:
                    answers = tuple(dict.fromkeys(a["text"] for a in qa.get("answers", [])))
                    impossible = bool(qa.get("is_impossible", False))
                    questions.append(BenchQuestion(qa["id"], qa["question"], answers, {article_id: 1.0}, not impossible))
    except (KeyError, TypeError) as exc:
        raise BenchmarkDataError(f"{path} is not in the SQuAD layout (missing {exc}).") from exc
    return questions


def scifact_corpus(folder: Path, corpus_dir: Path) -> None:
    """Write each abstract as ``<doc id>.txt``: title in the front matter and again as the first line.

    The title is repeated in the body so the dense side embeds title + text as
    BEIR does; the BM25 side indexes front-matter title + chunk, so it sees the
    title twice in an abstract's first chunk.
    """
    for row in read_jsonl(folder / "corpus.jsonl"):
        title, text = row.get("title", "").strip(), row.get("text", "").strip()
        body = f"{title}\n\n{text}" if title else text
        write(corpus_dir / f"{row['_id']}.txt", f"---\ntitle: {yaml_str(title or row['_id'])}\noutlet: SciFact\n---\n{body}\n")


def scifact_questions(folder: Path, split: str = "test") -> list[BenchQuestion]:
    """The queries that have judgments in ``qrels/<split>.tsv``, relevance keyed by article id."""
    queries = {row["_id"]: row["text"] for row in read_jsonl(folder / "queries.jsonl")}
    relevant: dict[str, dict[str, float]] = {}
    try:
        with (folder / "qrels" / f"{split}.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                relevant.setdefault(row["query-id"], {})[f"{row['corpus-id']}.txt"] = float(row["score"])
    except (OSError, KeyError, ValueError) as exc:
        raise BenchmarkDataError(f"Cannot read the SciFact {split} qrels under {folder} ({exc}).") from exc
    return [BenchQuestion(qid, queries[qid], (), rel) for qid, rel in relevant.items() if qid in queries]


def sample(questions: list[BenchQuestion], n: int, seed: int, exclude: set[str] = frozenset()) -> list[BenchQuestion]:
    pool = [q for q in questions if q.id not in exclude]
    return random.Random(seed).sample(pool, min(n, len(pool)))
