"""Ingest: bring the index in line with the corpus folder, incrementally and safely.

Per article a content hash (``Article.version``) decides what to do: unchanged
articles cost nothing, new and edited ones are chunked, embedded and written
as a new version, deleted ones are dropped. A version becomes visible when its
manifest record is committed (see ``qa.store``); old chunks are deleted after
that, and a crash in between leaves orphans that the next run sweeps (the
state's dirty flag says a sweep is due). One writer at a time holds an
``flock`` under the index folder, which the kernel releases if the process
dies. Retrieval lives in ``qa.retrieve``.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from qa import offline
from qa.chunking import Chunk, chunk_text
from qa.corpus import Article, read_articles
from qa.errors import CorpusError, IndexBusyError, IndexNotReadyError
from qa.lease import server_lease
from qa.lexical import LexicalDoc, LexicalIndex
from qa.settings import Settings
from qa.store import ArticleRecord, State, Store, chunk_id
from qa.types import IngestReport

Progress = Callable[[int, int], None]  # (chunks done, chunks to embed)
_BATCH_CHUNKS = 256


@contextmanager
def writer_lock(index_dir: Path) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / "ingest.lock"
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise IndexBusyError(
                f"Another ingest (pid {holder}) is writing {index_dir}; wait for it to finish, then run 'qa ingest' again."
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def ingest(settings: Settings, *, rebuild: bool = False, progress: Progress | None = None,
           embedder: Any = None) -> IngestReport:
    offline.prepare()
    started = time.perf_counter()
    articles, skipped = read_articles(settings.corpus_dir, settings.max_article_bytes)
    if not articles:
        detail = f" ({len(skipped)} files could not be read)" if skipped else ""
        raise CorpusError(f"No readable articles in {settings.corpus_dir}{detail}: add .txt or .md files, then run 'qa ingest'.")
    with writer_lock(settings.index_dir), ExitStack() as held:
        if settings.chroma_url:  # writers on other machines share the server, not this lock file
            held.enter_context(server_lease(Store(settings, create=True).client, settings.collection, settings.chroma_url))
        if rebuild:
            wipe(settings)
        store = Store(settings, create=True, fresh=True)  # another process may have written since we last looked
        if embedder is None:
            from qa.engine import shared_embedder

            embedder = shared_embedder(settings)
        state = store.state()
        chunking = f"{settings.chunk_size}/{settings.chunk_overlap}"
        if state.embed_model and state.embed_model != embedder.name:
            raise IndexNotReadyError(
                f"The index was built with {state.embed_model}, not {embedder.name}; run 'qa ingest --rebuild'."
            )
        if state.chunking and state.chunking != chunking:
            raise IndexNotReadyError(
                f"The index was chunked at {state.chunking} tokens (size/overlap), not {chunking}; run 'qa ingest --rebuild'."
            )
        manifest = store.manifest()
        if state.dirty:
            _sweep(store, manifest)
        current = {a.id: a for a in articles}
        changed = [a for a in articles if a.id not in manifest or manifest[a.id].version != a.version]
        removed = [i for i in manifest if i not in current]
        lexical_ready = LexicalIndex.load(settings.bm25_dir, state.generation) is not None
        updated = sum(1 for a in changed if a.id in manifest)
        if not changed and not removed and not state.dirty and lexical_ready:
            return _report(articles, manifest, changed, updated, removed, 0, skipped, started)

        # Nothing below is visible to readers until the single commit: new chunks
        # go in under new ids, BM25 for the next generation is saved, then every
        # manifest record and the new generation are written in one upsert.
        store.set_state(State(state.generation, dirty=True, embed_model=embedder.name, chunking=chunking))
        records, embedded = _write(store, settings, embedder, changed, progress)
        generation = state.generation + 1
        _lexical(settings, articles, generation).save(settings.bm25_dir)
        stale = [c for r in records if r.id in manifest for c in manifest[r.id].chunk_ids()]
        stale += [c for i in removed for c in manifest[i].chunk_ids()]
        store.commit(records, State(generation, dirty=True, embed_model=embedder.name, chunking=chunking))
        store.forget(removed)
        for record in records:
            manifest[record.id] = record
        for article_id in removed:
            manifest.pop(article_id)
        store.delete_chunks(stale)
        store.set_state(State(generation, dirty=False, embed_model=embedder.name, chunking=chunking))
    return _report(articles, manifest, changed, updated, removed, embedded, skipped, started)


def _report(articles: list[Article], manifest: dict[str, ArticleRecord], changed: list[Article], updated: int,
            removed: list[str], embedded: int, skipped: list[Any], started: float) -> IngestReport:
    return IngestReport(
        added=len(changed) - updated, updated=updated, removed=len(removed),
        unchanged=len(articles) - len(changed), chunks=sum(r.chunks for r in manifest.values()),
        seconds=time.perf_counter() - started, embedded=embedded,
        skipped=tuple((s.path, s.reason) for s in skipped),
    )


def article_chunks(article: Article, settings: Settings) -> list[Chunk]:
    return chunk_text(article.text, article.body_start, settings.chunk_size, settings.chunk_overlap)


def _write(store: Store, settings: Settings, embedder: Any, changed: Sequence[Article],
           progress: Progress | None) -> tuple[list[ArticleRecord], int]:
    """Embed and store the chunks of changed articles (not yet visible); their records and the count embedded."""
    planned = [(a, article_chunks(a, settings)) for a in changed]
    total = sum(len(c) for _, c in planned)
    bar = _progress_bar(settings, total)
    done = 0
    batch: list[tuple[Article, list[Chunk]]] = []
    size = 0
    for item in planned:
        batch.append(item)
        size += len(item[1])
        if size >= _BATCH_CHUNKS:
            done += _write_batch(store, embedder, batch)
            batch, size = [], 0
            _tick(bar, progress, done, total)
    if batch:
        done += _write_batch(store, embedder, batch)
        _tick(bar, progress, done, total)
    if bar is not None:
        bar.close()
    return [_record(a, len(chunks)) for a, chunks in planned], done


def _write_batch(store: Store, embedder: Any, batch: list[tuple[Article, list[Chunk]]]) -> int:
    from llama_index.core.schema import TextNode

    texts = [c.text for _, chunks in batch for c in chunks]
    vectors = embedder(texts) if texts else []
    nodes = []
    row = 0
    for article, chunks in batch:
        for c in chunks:
            metadata = _chunk_metadata(article, c)
            nodes.append(TextNode(
                id_=chunk_id(article.id, article.version, c.index), text=c.text, embedding=vectors[row].tolist(),
                metadata=metadata, excluded_embed_metadata_keys=list(metadata),
            ))
            row += 1
    if nodes:
        store.vector_store().add(nodes)
    return len(texts)


def _chunk_metadata(article: Article, chunk: Chunk) -> dict[str, Any]:
    return {
        "article_id": article.id, "version": article.version, "chunk": chunk.index, "start": chunk.start,
        "end": chunk.end, "title": article.title, "outlet": article.outlet, "url": article.url,
        "published": article.published, "published_ts": article.published_ts,
    }


def _record(article: Article, chunks: int) -> ArticleRecord:
    return ArticleRecord(
        id=article.id, version=article.version, chunks=chunks, title=article.title, outlet=article.outlet,
        author=article.author, url=article.url, published=article.published, published_ts=article.published_ts,
        body_start=article.body_start,
    )


def _lexical(settings: Settings, articles: list[Article], generation: int) -> LexicalIndex:
    docs = [
        LexicalDoc(chunk_id(a.id, a.version, c.index), f"{a.title}\n{c.text}", a.outlet, a.published_ts)
        for a in articles
        for c in article_chunks(a, settings)
    ]
    return LexicalIndex.build(generation, docs, settings.bm25_k1, settings.bm25_b)


def lexical_from_store(store: Store, settings: Settings, generation: int) -> LexicalIndex:
    """Rebuild BM25 from what Chroma holds (another process or machine ingested)."""
    manifest = store.manifest()
    docs = []
    for cid, text, meta in store.iter_chunks():
        record = manifest.get(str(meta.get("article_id")))
        if record is not None and record.version == meta.get("version"):
            docs.append(LexicalDoc(cid, f"{record.title}\n{text}", record.outlet, record.published_ts))
    return LexicalIndex.build(generation, docs, settings.bm25_k1, settings.bm25_b)


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
