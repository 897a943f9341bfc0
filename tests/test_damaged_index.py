"""A damaged index gives one clear error naming `qa ingest --rebuild`, and the rebuild restores it."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import qa
from qa.cli import main
from qa.engine import reset
from qa.store import State, Store
from tests.conftest import make_settings
from tests.test_crash_safety import state, write_corpus


def truncate_sqlite(index: Path) -> None:
    db = index / "chroma" / "chroma.sqlite3"
    db.write_bytes(db.read_bytes()[:4096])


def delete_sqlite(index: Path) -> None:
    (index / "chroma" / "chroma.sqlite3").unlink()


def delete_bm25(index: Path) -> None:
    shutil.rmtree(index / "bm25")


# Overwriting Chroma's HNSW segment files is not in this list: Chroma rebuilds them
# from its SQLite log and answers correctly (checked by hand on a 300-chunk index).
@pytest.mark.parametrize("damage", [truncate_sqlite, delete_sqlite])
def test_damage_is_reported_with_the_fix_and_rebuild_restores(
    damage: Callable[[Path], None], tiny: qa.Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    qa.ingest(tiny)
    expected = qa.ask("How long was the paper dragon lantern?", settings=tiny).text
    reset()
    _drop_chroma_clients()
    damage(tiny.index_dir)
    with pytest.raises(qa.IndexNotReadyError) as err:
        qa.ask("How long was the paper dragon lantern?", settings=tiny)
    assert "qa ingest" in str(err.value)
    monkeypatch.setenv("QA_CORPUS_DIR", str(tiny.corpus_dir))
    monkeypatch.setenv("QA_INDEX_DIR", str(tiny.index_dir))
    reset()
    assert main(["ingest", "--rebuild"]) == 0
    reset()
    assert qa.ask("How long was the paper dragon lantern?", settings=tiny).text == expected


def test_missing_bm25_files_heal_themselves(tiny: qa.Settings) -> None:
    qa.ingest(tiny)
    expected = qa.ask("How long was the paper dragon lantern?", settings=tiny).text
    reset()
    delete_bm25(tiny.index_dir)
    assert qa.ask("How long was the paper dragon lantern?", settings=tiny).text == expected
    assert any((tiny.index_dir / "bm25").iterdir())


def _drop_chroma_clients() -> None:
    """A new process would open the damaged files afresh; so must this test."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def test_a_segment_an_interrupted_ingest_left_unreadable_is_rebuilt_from_the_corpus(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Chroma rewrites an HNSW segment's files in place: a run killed while it wrote them left an empty
    # index_metadata.pickle, and the recovery run's sweep died on "Error deserializing pickle file" (seen once in
    # test_crash_safety under load). Emptying the files of a dirty index reproduces it.
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 300, edition=1)  # enough vectors for Chroma to write its segment files
    settings = make_settings(corpus, tmp_path / "index")
    qa.ingest(settings)
    expected = state(settings)
    store = Store(settings, create=True, fresh=True)
    was = store.state()
    store.set_state(State(was.generation, dirty=True, embed_model=was.embed_model, chunking=was.chunking))
    with sqlite3.connect(settings.chroma_dir / "chroma.sqlite3") as db:
        segments = {row[0] for row in db.execute("SELECT id FROM segments WHERE collection = ?", (str(store.chunks.id),))}
    reset()
    _drop_chroma_clients()
    damaged = [d for d in settings.chroma_dir.iterdir() if d.name in segments and (d / "header.bin").exists()]
    assert damaged
    for folder in damaged:
        (folder / "header.bin").write_bytes(b"")
        (folder / "index_metadata.pickle").write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="qa.index"):
        report = qa.ingest(settings)
    assert "rebuilding it from the corpus" in caplog.text
    assert report.added == 300
    assert state(settings) == expected
