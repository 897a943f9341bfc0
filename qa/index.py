"""Ingest: bring the index in line with the corpus folder, incrementally and safely.

Per article a content hash (``Article.version``) decides what to do: unchanged
files are hashed but never parsed or chunked, new and edited ones are chunked,
embedded (length-sorted across articles, by ``QA_INGEST_WORKERS`` embedders in
threads while the main thread writes to Chroma) and written as a new version,
deleted ones are dropped. BM25 is rebuilt over new chunks plus the committed
ones read back from Chroma. A version becomes visible when its
manifest record is committed (see ``qa.store``); old chunks are deleted after
that, and a crash in between leaves orphans that the next run sweeps (the
state's dirty flag says a sweep is due). One writer at a time holds an
``flock`` under the index folder, which the kernel releases if the process
dies. BM25 is built in ``qa.lexical_build``; retrieval lives in ``qa.retrieve``.
"""

from __future__ import annotations

import logging
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from typing import Any

from qa import lexical_build, offline
from qa.chunking import Chunk, chunk_text
from qa.corpus import Article, Scanned, Skipped, read_article, scan
from qa.embedding import embed_in_order, embedder_name, is_minilm, lanes, minilm_lanes
from qa.errors import CorpusError, IndexNotReadyError
from qa.lease import server_lease, writer_lock
from qa.lexical import LexicalIndex
from qa.settings import Settings
from qa.store import ArticleRecord, State, Store, chunk_id
from qa.types import IngestReport

_log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]  # (chunks done, chunks to embed)
BATCH_CHUNKS = 256  # chunks embedded and stored together; bounds the vectors held in memory per worker


class _Unreadable(Exception):
    """What an interrupted run left cannot be read back (``__cause__`` says why)."""


def ingest(settings: Settings, *, rebuild: bool = False, progress: Progress | None = None, embedder: Any = None) -> IngestReport:
    try:
        return _ingest(settings, rebuild, progress, embedder)
    except _Unreadable as exc:
        # Chroma rewrites an HNSW segment's files in place, so a run killed while it wrote one can leave a segment
        # it cannot load ("Error deserializing pickle file"). The corpus is the source of truth: build afresh.
        _log.warning("The index left by an interrupted ingest is unreadable (%s); rebuilding it from the corpus.", exc.__cause__)
        return _ingest(settings, True, progress, embedder)


def _ingest(settings: Settings, rebuild: bool, progress: Progress | None, embedder: Any) -> IngestReport:
    offline.prepare()
    started = time.perf_counter()
    files = scan(settings.corpus_dir, settings.max_article_bytes)
    parsed: dict[str, Article | Skipped] = {}
    if rebuild or not files or not _index_exists(settings):
        # Nothing can be unchanged: parse now, so a corpus with nothing readable fails before an index is made.
        parsed = {f.id: _parse(f, settings.max_article_bytes) for f in files}
        _readable(settings, parsed, unchanged=0)
    with writer_lock(settings.index_dir), ExitStack() as held:
        if settings.chroma_url:  # writers on other machines share the server, not this lock file
            held.enter_context(server_lease(Store(settings, create=True).client, settings.collection, settings.chroma_url))
        if rebuild:
            wipe(settings)
        store = Store(settings, create=True, fresh=True)  # another process may have written since we last looked
        # The model loads only when something needs embedding: an unchanged corpus never waits for it.
        model = embedder.name if embedder is not None else embedder_name(settings.embed_model)
        state = store.state()
        chunking = f"{settings.chunk_size}/{settings.chunk_overlap}"
        if state.embed_model and state.embed_model != model:
            raise IndexNotReadyError(f"The index was built with {state.embed_model}, not {model}; run 'qa ingest --rebuild'.")
        if state.chunking and state.chunking != chunking:
            raise IndexNotReadyError(
                f"The index was chunked at {state.chunking} tokens (size/overlap), not {chunking}; run 'qa ingest --rebuild'."
            )
        manifest = store.manifest()
        if state.dirty:
            try:
                _sweep(store, manifest)
            except Exception as exc:
                if settings.chroma_url or rebuild:  # a shared server is not wiped unasked
                    raise IndexNotReadyError(
                        f"The index at {store.location} cannot be read after an interrupted ingest ({exc}); "
                        "run 'qa ingest --rebuild'."
                    ) from exc
                raise _Unreadable from exc
        # A file whose bytes hash to its committed version is unchanged and is not parsed at all.
        kept = {
            f.id for f in files if f.id not in parsed and f.version and f.id in manifest and manifest[f.id].version == f.version
        }
        parsed.update({f.id: _parse(f, settings.max_article_bytes) for f in files if f.id not in kept and f.id not in parsed})
        articles = [a for a in parsed.values() if isinstance(a, Article)]
        skipped = [s for s in parsed.values() if isinstance(s, Skipped)]
        _readable(settings, parsed, unchanged=len(kept))
        present = [f.id for f in files if f.id in kept or isinstance(parsed[f.id], Article)]
        changed = [a for a in articles if a.id not in manifest or manifest[a.id].version != a.version]
        removed = sorted(manifest.keys() - set(present))
        lexical_ready = LexicalIndex.load(settings.bm25_dir, state.generation) is not None
        updated = sum(1 for a in changed if a.id in manifest)
        if not changed and not removed and not state.dirty and lexical_ready:
            return _report(len(present), manifest, changed, updated, removed, 0, skipped, started)

        # Nothing below is visible to readers until the single commit: new chunks
        # go in under new ids, BM25 for the next generation is saved, then every
        # manifest record and the new generation are written in one upsert.
        store.set_state(State(state.generation, dirty=True, embed_model=model, chunking=chunking))
        fresh = _write(store, settings, lambda: _embedders(settings, embedder), changed, progress)
        records = [_record(a, len(fresh[a.id])) for a in changed]
        generation = state.generation + 1
        lexical_build.after_ingest(store, settings, present, parsed, manifest, fresh, generation).save(settings.bm25_dir)
        stale = [c for r in records if r.id in manifest for c in manifest[r.id].chunk_ids()]
        stale += [c for i in removed for c in manifest[i].chunk_ids()]
        store.commit(records, State(generation, dirty=True, embed_model=model, chunking=chunking))
        store.forget(removed)
        for record in records:
            manifest[record.id] = record
        for article_id in removed:
            manifest.pop(article_id)
        store.delete_chunks(stale)
        store.set_state(State(generation, dirty=False, embed_model=model, chunking=chunking))
    return _report(len(present), manifest, changed, updated, removed, sum(map(len, fresh.values())), skipped, started)


def _index_exists(settings: Settings) -> bool:
    return bool(settings.chroma_url) or (settings.chroma_dir / "chroma.sqlite3").exists()


def _parse(found: Scanned, max_bytes: int) -> Article | Skipped:
    try:
        return read_article(found.path, found.id, max_bytes)
    except CorpusError as exc:
        return Skipped(found.id, str(exc))


def _readable(settings: Settings, parsed: dict[str, Article | Skipped], unchanged: int) -> None:
    if unchanged or any(isinstance(a, Article) for a in parsed.values()):
        return
    detail = f" ({len(parsed)} files could not be read)" if parsed else ""
    raise CorpusError(f"No readable articles in {settings.corpus_dir}{detail}: add .txt or .md files, then run 'qa ingest'.")


def _report(
    articles: int,
    manifest: dict[str, ArticleRecord],
    changed: list[Article],
    updated: int,
    removed: list[str],
    embedded: int,
    skipped: list[Skipped],
    started: float,
) -> IngestReport:
    return IngestReport(
        added=len(changed) - updated,
        updated=updated,
        removed=len(removed),
        unchanged=articles - len(changed),
        chunks=sum(r.chunks for r in manifest.values()),
        seconds=time.perf_counter() - started,
        embedded=embedded,
        skipped=tuple((s.path, s.reason) for s in skipped),
    )


def article_chunks(article: Article, settings: Settings) -> list[Chunk]:
    return chunk_text(article.text, article.body_start, settings.chunk_size, settings.chunk_overlap)


def _embedders(settings: Settings, embedder: Any) -> list[Any]:
    """The embedders this ingest runs at once (``QA_INGEST_WORKERS``)."""
    if embedder is None and settings.ingest_workers > 1 and is_minilm(settings.embed_model):
        # One-thread sessions of their own; the shared (query) session is not loaded for them.
        return minilm_lanes(settings.embed_batch_size, settings.embed_threads, settings.ingest_workers)
    if embedder is None:
        from qa.engine import shared_embedder

        embedder = shared_embedder(settings)
    return lanes(embedder, settings.ingest_workers, settings.embed_threads)


def _write(
    store: Store, settings: Settings, embedders: Callable[[], list[Any]], changed: Sequence[Article], progress: Progress | None
) -> dict[str, list[Chunk]]:
    """Embed and store the chunks of changed articles (not yet visible); their chunks by article id."""
    planned = {a.id: article_chunks(a, settings) for a in changed}
    # Sorted by length across all changed articles, as the embedder sorts its own
    # input: each batch then pads little, whatever order the articles came in.
    items = sorted(((a, c) for a in changed for c in planned[a.id]), key=lambda item: item[1].tokens)
    if not items:
        return planned
    groups = [items[g : g + BATCH_CHUNKS] for g in range(0, len(items), BATCH_CHUNKS)]
    bar = _progress_bar(settings, len(items))
    vector_store = store.vector_store()
    done = 0
    batches = ([c.text for _, c in group] for group in groups)
    for group, vectors in zip(groups, embed_in_order(batches, embedders()), strict=True):
        _store_group(vector_store, group, vectors)
        done += len(group)
        _tick(bar, progress, done, len(items))
    if bar is not None:
        bar.close()
    return planned


def _store_group(vector_store: Any, group: list[tuple[Article, Chunk]], vectors: Any) -> None:
    from llama_index.core.schema import TextNode

    nodes = []
    for (article, c), vector in zip(group, vectors, strict=True):
        metadata = _chunk_metadata(article, c)
        nodes.append(
            TextNode(
                id_=chunk_id(article.id, article.version, c.index),
                text=c.text,
                embedding=vector.tolist(),
                metadata=metadata,
                excluded_embed_metadata_keys=list(metadata),
            )
        )
    vector_store.add(nodes)


def _chunk_metadata(article: Article, chunk: Chunk) -> dict[str, Any]:
    return {
        "article_id": article.id,
        "version": article.version,
        "chunk": chunk.index,
        "start": chunk.start,
        "end": chunk.end,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "published_ts": article.published_ts,
    }


def _record(article: Article, chunks: int) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        version=article.version,
        chunks=chunks,
        title=article.title,
        outlet=article.outlet,
        author=article.author,
        url=article.url,
        published=article.published,
        published_ts=article.published_ts,
        body_start=article.body_start,
    )


def _sweep(store: Store, manifest: dict[str, ArticleRecord]) -> None:
    """Delete chunks no committed version owns (left by an interrupted run)."""
    owned = {c for r in manifest.values() for c in r.chunk_ids()}
    store.delete_chunks([c for c in store.all_chunk_ids() if c not in owned])


def wipe(settings: Settings) -> None:
    """Remove the index (collections and BM25 files) so it can be rebuilt from the corpus."""
    try:
        store = Store(settings, create=True)
        for name in (store.chunks.name, store.articles.name):
            store.client.delete_collection(name)
    except Exception:
        if settings.chroma_url:
            raise
        # The index cannot even be opened: remove its files, and forget the
        # client chromadb caches for that path so a fresh one is made.
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        shutil.rmtree(settings.chroma_dir, ignore_errors=True)
    shutil.rmtree(settings.bm25_dir, ignore_errors=True)


def _progress_bar(settings: Settings, total: int) -> Any:
    if not settings.progress or total == 0 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="chunk", desc="Embedding", file=sys.stderr, leave=False)


def _tick(bar: Any, progress: Progress | None, done: int, total: int) -> None:
    if bar is not None:
        bar.n = done
        bar.refresh()
    if progress is not None:
        progress(done, total)
