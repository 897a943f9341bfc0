"""The query half of the speed suite, for real: a synthetic index qa.ask answers from, and the quick suite's rows."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import qa
from qa.bench import serving, speed_query, synthetic
from qa.engine import engine_for, reset
from qa.lexical import LexicalIndex
from qa.lexical_build import from_store
from qa.store import Store
from tests.conftest import SEED_CORPUS, make_settings


@pytest.mark.timeout(300)
def test_the_synthetic_builder_makes_a_committed_index_qa_ask_answers_from(seed: qa.Settings, tmp_path: Path) -> None:
    sizes = [120, 300]
    built = list(synthetic.ensure(tmp_path, sizes, [("seed", seed)], seed))
    assert [b.chunks for b in built] == sizes
    assert [b.grown_from for b in built] == [0, 0]  # each size built from scratch, never from a copied Chroma folder
    for b in built:
        store = Store(b.settings, create=False)
        state, manifest = store.state(), store.manifest()
        assert state.generation >= 1 and not state.dirty and state.embed_model
        assert store.chunks.count() == b.chunks == sum(r.chunks for r in manifest.values())
        lexical = LexicalIndex.load(b.settings.bm25_dir, state.generation)
        assert lexical is not None and lexical.n == b.chunks
        # The builder stems each sentence once; the result must be what BM25 gets from the stored text.
        rebuilt = from_store(store, b.settings, state.generation)
        assert sorted(rebuilt.ids) == sorted(lexical.ids) and rebuilt.df == lexical.df

    settings = built[1].settings
    answer = qa.ask("What will Tianwen-4 explore?", settings=settings)
    assert not answer.refused and answer.citations
    assert all(c.article_id.startswith("seed/") for c in answer.citations)
    assert engine_for(settings).store.state().generation == 1  # one commit: built from scratch
    reset(settings)

    again = list(synthetic.ensure(tmp_path, sizes, [("seed", seed)], seed))
    assert [b.seconds for b in again] == [0.0, 0.0]  # the marker says the cached indexes are still good


def test_settings_travel_to_a_child_process_unchanged(tmp_path: Path) -> None:
    settings = make_settings(SEED_CORPUS, tmp_path / "index", top_k=7)
    back = serving.settings_from_json(serving.settings_to_json(settings))
    assert back == settings.replace(
        corpus_dir=SEED_CORPUS.resolve(), index_dir=(tmp_path / "index").resolve(), prompts_dir=settings.prompts_dir.resolve()
    )


@pytest.mark.timeout(300)
def test_the_quick_suite_returns_well_formed_rows_and_scale_points(tmp_path: Path) -> None:
    settings = make_settings(SEED_CORPUS, tmp_path / "unused-index")
    rows, points = speed_query.run(tmp_path / "work", {}, settings, None, quick=True)

    assert {r.section for r in rows} == {"latency", "memory", "cold start", "concurrency"}
    for r in rows:
        assert math.isfinite(r.value) and r.value > 0, r
        assert r.name and r.unit and (r.met is None) == (r.target == ""), r
    assert [p.label for p in points] == ["seed", "2k", "5k"]
    assert [p.chunks for p in points][1:] == [2_000, 5_000]
    for p in points:
        assert p.floor_p50_ms > 0 and 0 < p.p50_ms <= p.p95_ms and 100 < p.rss_mb < 4096, p
    concurrency = [r for r in rows if r.section == "concurrency"]
    assert len(concurrency) == len(speed_query.QUICK.levels) and all(r.met for r in concurrency), concurrency
    assert any("perturbed real embeddings" in r.detail for r in rows if r.section == "latency")
