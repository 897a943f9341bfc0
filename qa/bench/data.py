"""Turn public benchmark files into corpus folders and question lists.

SQuAD paragraphs become one article each (front matter: the Wikipedia title),
so the benchmark exercises exactly the ingest path a user's articles take.
Writing is idempotent: an existing file with the same content is left alone,
so re-runs do not re-embed. Scoring lives in ``qa.bench.retrieval``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from qa.errors import QAError

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks"


class BenchmarkDataError(QAError):
    """The benchmark files are missing or malformed."""


@dataclass(frozen=True)
class BenchQuestion:
    id: str
    question: str
    answers: tuple[str, ...]
    relevant: dict[str, float]  # article id -> graded relevance
    answerable: bool = True


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BenchmarkDataError(f"Cannot read {path} ({exc}); pass --data pointing at the benchmarks folder.") from exc


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    path.write_text(text, encoding="utf-8")


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON strings are valid YAML scalars


def squad_corpus(source: Path, corpus_dir: Path) -> list[BenchQuestion]:
    """Write every paragraph of a SQuAD file as an article; return all its questions."""
    data = _read_json(source)
    questions: list[BenchQuestion] = []
    for a_index, article in enumerate(data["data"]):
        title = article["title"].replace("_", " ")
        for p_index, paragraph in enumerate(article["paragraphs"]):
            article_id = f"{a_index:03d}/{p_index:03d}.txt"
            _write(corpus_dir / article_id, f"---\ntitle: {_yaml_str(title)}\noutlet: Wikipedia\n---\n{paragraph['context']}\n")
            for qa in paragraph["qas"]:
                answers = tuple(dict.fromkeys(a["text"] for a in qa.get("answers", [])))
                impossible = bool(qa.get("is_impossible", False))
                questions.append(BenchQuestion(qa["id"], qa["question"], answers, {article_id: 1.0}, not impossible))
    return questions


def sample(questions: list[BenchQuestion], n: int, seed: int, exclude: set[str] = frozenset()) -> list[BenchQuestion]:
    pool = [q for q in questions if q.id not in exclude]
    return random.Random(seed).sample(pool, min(n, len(pool)))
