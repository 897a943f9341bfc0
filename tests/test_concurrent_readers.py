"""Readers during an ingest see the old or the new version of each article, never a mix or nothing."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest

import qa
from qa.engine import engine_for
from qa.retrieve import retrieve
from qa.store import Store
from tests.conftest import make_settings

ARTICLES = 60


def write(corpus: Path, edition: int) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    for i in range(ARTICLES):
        sentences = " ".join(
            f"Harbour {i} report, edition {edition}, part {p}: the ferry of harbour {i} sails daily." for p in range(12)
        )
        (corpus / f"h{i:03d}.txt").write_text(f"Harbour {i} news\n\n{sentences}\n", encoding="utf-8")


def test_readers_see_whole_versions_while_articles_are_replaced(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, edition=1)
    settings = make_settings(corpus, tmp_path / "index", chunk_size=40, chunk_overlap=0)  # several chunks per article
    qa.ingest(settings)
    engine = engine_for(settings)
    problems: list[str] = []
    seen_editions: set[str] = set()
    done = threading.Event()

    def reader() -> None:
        n = 0
        while True:
            # The last query starts after the ingest returned, so it must see the new edition; queries
            # racing the ingest may see either, never a mix.
            finished = done.is_set()
            target = n % ARTICLES
            try:
                passages = retrieve(engine, f"ferry of harbour {target} sails daily", 8).passages
            except Exception as exc:  # a crash in the thread must fail the test, not vanish into a warning
                problems.append(f"query {n}: {exc!r}")
                return
            versions: dict[str, set[str]] = {}
            for p in passages:
                versions.setdefault(p.article_id, set()).add(p.version)
                seen_editions.update(re.findall(r"edition (\d)", p.text))
            if f"h{target:03d}.txt" not in versions:
                problems.append(f"query {n}: harbour {target} missing")
            mixed = {a: v for a, v in versions.items() if len(v) > 1}
            if mixed:
                problems.append(f"query {n}: mixed versions {mixed}")
            n += 1
            if finished and n >= 5:
                return

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        write(corpus, edition=2)
        report = qa.ingest(settings)
    finally:
        done.set()
        thread.join(timeout=120)
    assert report.updated == ARTICLES
    assert problems == []
    assert seen_editions >= {"2"}  # the reader ran into the new version (and usually the old one first)


def test_a_read_whose_chunks_are_deleted_midway_starts_over_on_the_new_generation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race above, made certain: a whole re-ingest lands between the dense query and the chunk fetch."""
    corpus = tmp_path / "corpus"
    write(corpus, edition=1)
    settings = make_settings(corpus, tmp_path / "index", chunk_size=40, chunk_overlap=0)
    qa.ingest(settings)
    engine = engine_for(settings)
    real_query = Store.query
    replaced: list[int] = []

    def query_then_replace_everything(self: Store, *args: Any, **kwargs: Any) -> Any:
        rows = real_query(self, *args, **kwargs)
        if not replaced:
            write(corpus, edition=2)
            replaced.append(qa.ingest(settings).updated)
        return rows

    monkeypatch.setattr(Store, "query", query_then_replace_everything)
    passages = retrieve(engine, "ferry of harbour 7 sails daily", 8).passages
    assert replaced == [ARTICLES]
    assert "h007.txt" in {p.article_id for p in passages}
    assert {e for p in passages for e in re.findall(r"edition (\d)", p.text)} == {"2"}
