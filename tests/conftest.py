"""Shared fixtures: real Chroma in temporary folders, the real embedder, the seed corpus."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

import qa
from qa.engine import reset
from qa.sentences import Candidate
from qa.types import Passage

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED_CORPUS = ROOT / "corpus"


def candidate(text: str, values: set[str] | None = None, score: float = 0.0, support: float = 0.5) -> Candidate:
    """A shortlisted sentence that is a whole passage of a SpaceNews article, scored as given."""
    passage = Passage(
        chunk_id="c",
        article_id="a.txt",
        version="v",
        text=text,
        start=0,
        end=len(text),
        title="t",
        outlet="SpaceNews",
        url="",
        published="",
        score=1.0,
    )
    c = Candidate(passage=passage, start=0, end=len(text), text=text, coverage=0.5, context=0.5, values=values or set())
    c.score, c.support = score, support
    return c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_settings(corpus: Path, index: Path, **changes: object) -> qa.Settings:
    return qa.Settings.from_env(environ={}, corpus_dir=corpus, index_dir=index, progress=False, **changes)


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    """A writable copy of tests/data/corpus (BOM, CRLF, NBSP, front matter, a sub-folder)."""
    target = tmp_path / "corpus"
    shutil.copytree(DATA / "corpus", target)
    return target


@pytest.fixture
def tiny(tiny_corpus: Path, tmp_path: Path) -> Iterator[qa.Settings]:
    settings = make_settings(tiny_corpus, tmp_path / "index")
    yield settings
    reset(settings)


@pytest.fixture(scope="session")
def seed(tmp_path_factory: pytest.TempPathFactory) -> qa.Settings:
    """The repository's corpus/, ingested once per test session into a temporary index."""
    settings = make_settings(SEED_CORPUS, tmp_path_factory.mktemp("seed-index"))
    qa.ingest(settings)
    return settings


def turns(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    """A chat history from (user question, assistant answer) pairs, as ``qa.ask(history=...)`` takes it."""
    return [{"role": role, "content": text} for q, a in pairs for role, text in (("user", q), ("assistant", a))]
