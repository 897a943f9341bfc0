"""Incremental ingestion into a real embedded Chroma: add, edit, delete, skip, rebuild."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import qa
from qa.engine import engine_for
from qa.lexical import TOKENIZER_VERSION, LexicalIndex, cached_tokens
from qa.store import Store
from qa.text import query_terms


def chunk_ids(settings: qa.Settings) -> set[str]:
    return set(Store(settings, create=False).all_chunk_ids())


def test_first_ingest_adds_every_article(tiny: qa.Settings) -> None:
    report = qa.ingest(tiny)
    assert (report.added, report.updated, report.removed, report.unchanged) == (3, 0, 0, 0)
    assert report.chunks == report.embedded == len(chunk_ids(tiny)) > 0
    assert report.skipped == ()


def test_unchanged_corpus_embeds_nothing(tiny: qa.Settings) -> None:
    first = qa.ingest(tiny)
    before = chunk_ids(tiny)
    again = qa.ingest(tiny)
    assert (again.added, again.updated, again.removed, again.unchanged, again.embedded) == (0, 0, 0, 3, 0)
    assert again.chunks == first.chunks and chunk_ids(tiny) == before


def test_an_edited_article_is_replaced_without_stale_chunks(tiny: qa.Settings, tiny_corpus: Path) -> None:
    qa.ingest(tiny)
    path = tiny_corpus / "sub" / "orchard.txt"
    path.write_text(path.read_text().replace("about a third", "about half"))
    report = qa.ingest(tiny)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 2)
    ids = chunk_ids(tiny)
    orchard = {i for i in ids if i.startswith("sub/orchard.txt::")}
    assert len({i.split("::")[1] for i in orchard}) == 1  # only one version left
    answer = qa.ask("By how much do growers expect the apple harvest to fall?", settings=tiny)
    assert "about half" in answer.text and "third" not in answer.text


def test_a_deleted_article_disappears_from_answers(tiny: qa.Settings, tiny_corpus: Path) -> None:
    qa.ingest(tiny)
    assert not qa.ask("How long was the paper dragon lantern?", settings=tiny).refused
    (tiny_corpus / "festival.md").unlink()
    report = qa.ingest(tiny)
    assert report.removed == 1
    assert not any(i.startswith("festival.md::") for i in chunk_ids(tiny))
    answer = qa.ask("How long was the paper dragon lantern?", settings=tiny)
    assert all(c.article_id != "festival.md" for c in answer.citations)


def test_a_new_article_is_added(tiny: qa.Settings, tiny_corpus: Path) -> None:
    qa.ingest(tiny)
    (tiny_corpus / "ferry.txt").write_text("The new electric ferry carries 400 passengers across the bay.\n")
    report = qa.ingest(tiny)
    assert (report.added, report.unchanged) == (1, 3)
    answer = qa.ask("How many passengers does the electric ferry carry?", settings=tiny)
    assert "400 passengers" in answer.text and answer.citations[0].article_id == "ferry.txt"


def test_unreadable_files_are_skipped_and_named(tiny: qa.Settings, tiny_corpus: Path) -> None:
    (tiny_corpus / "broken.txt").write_bytes(b"\xff\xfe\x00binary\x00")
    (tiny_corpus / "empty.md").write_text("")
    report = qa.ingest(tiny)
    assert report.added == 3
    assert sorted(path for path, _ in report.skipped) == ["broken.txt", "empty.md"]


def test_every_chunk_offset_points_at_its_text(seed: qa.Settings) -> None:
    store = engine_for(seed).store
    texts = {a.article_id: qa.article_text(a.article_id, settings=seed) for a in qa.articles(seed)}
    rows = list(store.iter_chunks())
    assert len(rows) == sum(a.chunks for a in qa.articles(seed))
    for _, document, meta in rows:
        assert texts[meta["article_id"]][meta["start"] : meta["end"]] == document


def test_rebuild_starts_from_scratch(tiny: qa.Settings) -> None:
    qa.ingest(tiny)
    report = qa.ingest(tiny, rebuild=True)
    assert report.added == 3 and report.embedded == report.chunks


def test_an_empty_corpus_says_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    settings = qa.Settings.from_env(environ={}, corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "ix")
    with pytest.raises(qa.CorpusError, match="No readable articles"):
        qa.ingest(settings)


def test_a_second_writer_is_refused_while_the_first_holds_the_lock(tiny: qa.Settings) -> None:
    from qa.lease import writer_lock

    with writer_lock(tiny.index_dir), pytest.raises(qa.IndexBusyError, match="Another ingest"):
        qa.ingest(tiny)
    assert qa.ingest(tiny).added == 3  # released afterwards


def test_changing_the_chunk_size_asks_for_a_rebuild(tiny: qa.Settings) -> None:
    qa.ingest(tiny)
    resized = tiny.replace(chunk_size=64, chunk_overlap=8)
    with pytest.raises(qa.IndexNotReadyError, match=r"chunked at 200/40 tokens.*qa ingest --rebuild"):
        qa.ingest(resized)
    assert qa.ingest(resized, rebuild=True).added == 3


def test_an_edit_reuses_the_saved_bm25_tokens_of_unchanged_chunks(
    tiny: qa.Settings, tiny_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qa.ingest(tiny)
    path = tiny_corpus / "sub" / "orchard.txt"
    path.write_text(path.read_text().replace("about a third", "about half"))
    fetched: list[str] = []
    real_get = Store.get_chunks

    def counting_get(self: Store, ids: list[str]) -> dict:
        fetched.extend(ids)
        return real_get(self, ids)

    monkeypatch.setattr(Store, "get_chunks", counting_get)
    qa.ingest(tiny)
    assert fetched == []  # the unchanged articles' chunks kept their tokens: nothing read back, nothing re-tokenised
    monkeypatch.undo()
    edited = LexicalIndex.load(tiny.bm25_dir, Store(tiny, create=False).state().generation)
    scratch = tiny.replace(index_dir=tmp_path / "scratch")
    qa.ingest(scratch)
    clean = LexicalIndex.load(scratch.bm25_dir, Store(scratch, create=False).state().generation)
    assert edited is not None and clean is not None
    assert sorted(edited.ids) == sorted(clean.ids) and edited.df == clean.df  # the same index a clean build makes
    asked = query_terms("apple harvest half lantern bridge repairs")
    assert clean.scores(asked) is not None
    for cid in clean.ids:
        assert edited.score_of(edited.scores(asked), cid) == pytest.approx(clean.score_of(clean.scores(asked), cid))
    assert cached_tokens(tiny.bm25_dir, 0) == {}  # no saved generation: nothing to reuse


def test_a_bm25_index_saved_by_another_tokenizer_is_rebuilt_not_reused(tiny: qa.Settings) -> None:
    qa.ingest(tiny)
    generation = Store(tiny, create=False).state().generation
    sidecar = tiny.bm25_dir / f"gen-{generation}" / "sidecar.json"
    assert LexicalIndex.load(tiny.bm25_dir, generation) is not None
    saved = json.loads(sidecar.read_text(encoding="utf-8"))
    sidecar.write_text(json.dumps({**saved, "tokenizer": TOKENIZER_VERSION - 1}), encoding="utf-8")
    assert LexicalIndex.load(tiny.bm25_dir, generation) is None  # its tokens would not meet the query's
    assert not qa.ask("By how much will the harvest fall?", settings=tiny).refused  # rebuilt from the store
