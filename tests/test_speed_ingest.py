"""Ingestion speed suite and `qa ingest --workers`, with the real embedder and real Chroma."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

import qa
from qa.bench.measure import Row
from qa.cli import main
from qa.engine import reset
from qa.lexical import LexicalIndex
from qa.store import Store
from tests.bench_files import write_bench_root
from tests.conftest import make_settings

UNITS = {"chunks/s", "x", "MB", "s"}


def test_quick_suite_gives_well_formed_rows_and_complete_indexes(tmp_path: Path) -> None:
    from qa.bench import speed_ingest

    base = make_settings(tmp_path / "unused", tmp_path / "unused-index")
    rows, built = speed_ingest.run(tmp_path / "work", write_bench_root(tmp_path), base, quick=True)

    assert all(isinstance(r, Row) and r.value > 0 and r.unit in UNITS and r.detail for r in rows)
    sections = {r.section for r in rows}
    assert {"limit", "ingest", "re-ingest", "memory"} <= sections
    assert all(isinstance(r.met, bool) for r in rows if r.target)
    assert any(r.unit == "x" and "baseline" in r.name for r in rows)
    ingest = [r for r in rows if r.section == "ingest" and "qa ingest --workers" in r.name]
    assert len(ingest) == 4 and all(re.match(r"\d+\.\d\dx the .*embedder", r.detail) for r in ingest)
    assert [r.unit for r in rows if r.section == "re-ingest"] == ["s", "s"]

    assert set(built) == {"squad", "scifact"}
    for settings in built.values():
        files = sorted(p.relative_to(settings.corpus_dir).as_posix() for p in settings.corpus_dir.rglob("*.txt"))
        assert sorted(a.article_id for a in qa.articles(settings)) == files  # complete and committed
        article = files[0]
        text = qa.article_text(article, settings=settings)
        question = text.split("---\n")[-1].split(". ")[0][:200]
        answer = qa.ask(question, settings=settings)
        assert article in {c.article_id for c in answer.citations}
        reset(settings)


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f"Town {i} opened a new library. It cost {i * 7} thousand euros to build.\n"
            f"The library of town {i} will serve {i + 100} residents from May.\n",
            encoding="utf-8",
        )


def stored(settings: qa.Settings) -> dict[str, np.ndarray]:
    got = Store(settings, create=False).chunks.get(include=["embeddings"])
    return dict(zip(got["ids"], np.asarray(got["embeddings"]), strict=True))


def test_two_workers_build_the_same_index_as_one(tmp_path: Path) -> None:
    # Small chunks, so the corpus spans several embedding groups and both workers get some.
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 150)
    one = make_settings(corpus, tmp_path / "one", chunk_size=16, chunk_overlap=0, ingest_workers=1)
    two = make_settings(corpus, tmp_path / "two", chunk_size=16, chunk_overlap=0, ingest_workers=2)
    first, second = qa.ingest(one), qa.ingest(two)
    assert first.embedded == second.embedded == first.chunks > 256
    a, b = stored(one), stored(two)
    assert sorted(a) == sorted(b)
    for chunk_id, vector in a.items():  # every vector sits on its own chunk, whichever worker embedded it
        np.testing.assert_allclose(vector, b[chunk_id], atol=1e-4)
    state_one, state_two = Store(one, create=False).state(), Store(two, create=False).state()
    lex_one, lex_two = (LexicalIndex.load(s.bm25_dir, st.generation) for s, st in ((one, state_one), (two, state_two)))
    assert lex_one is not None and lex_two is not None and lex_one.ids == lex_two.ids and lex_one.df == lex_two.df
    reset(one)
    reset(two)


def test_bm25_after_an_edit_still_covers_the_unchanged_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 20)
    settings = make_settings(corpus, tmp_path / "index")
    qa.ingest(settings)
    path = corpus / "a007.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("library", "museum"), encoding="utf-8")
    report = qa.ingest(settings)
    assert (report.updated, report.unchanged) == (1, 19)
    store = Store(settings, create=False)
    lexical = LexicalIndex.load(settings.bm25_dir, store.state().generation)
    assert lexical is not None and sorted(lexical.ids) == sorted(store.all_chunk_ids())
    rebuilt = make_settings(corpus, tmp_path / "fresh")
    qa.ingest(rebuilt)  # the same corpus from scratch: same BM25 vocabulary
    fresh = LexicalIndex.load(rebuilt.bm25_dir, Store(rebuilt, create=False).state().generation)
    assert fresh is not None and fresh.df == lexical.df
    answer = qa.ask("How many residents will the museum of town 7 serve?", settings=settings)
    assert "107 residents" in answer.text
    reset(settings)
    reset(rebuilt)


@pytest.mark.parametrize("value", ["0", "-2", "65"])
def test_invalid_workers_is_one_clear_line(
    value: str, tiny_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--corpus", str(tiny_corpus), "--index", str(tmp_path / "index"), "ingest", "--workers", value])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("qa: error: QA_INGEST_WORKERS (qa ingest --workers)") and "from 1 to 64" in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert not (tmp_path / "index").exists()  # refused before anything was written


def test_workers_option_ingests(tiny_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--corpus", str(tiny_corpus), "--index", str(tmp_path / "index"), "ingest", "--workers", "3", "--json"]
    assert main(args) == 0
    assert '"added": 3' in capsys.readouterr().out
