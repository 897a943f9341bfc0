"""Synthetic indexes of 50k and 200k chunks for the scale benchmark, built without the embedder.

Embedding 200k chunks would take over an hour on two cores, so the large
corpora are made from the real SQuAD and SciFact chunks already in their
indexes: copy 0 of every article is the real chunk with its real vector;
copy k >= 1 has the title tagged "(copy k)", its sentences shuffled, now and
then one sentence swapped for a sentence of another chunk, and as vector the
real vector plus Gaussian noise, renormalised. **Those vectors are perturbed
real embeddings, not model output.** The result is a committed index in the
project's format: chunks written through llama-index's ``ChromaVectorStore``
with the metadata ``qa ingest`` writes, manifest records, the state with its
generation, and the BM25 files of that generation, so ``qa.ask`` runs on it
through its normal path.

A larger index grows from a copy of a smaller one (the item stream is
deterministic, so the 200k index starts with the 50k one's chunks); each build
runs in a child process so no Chroma client holds the files being copied. A
``synthetic.json`` marker, written after the commit, lets a later run reuse
the index. No corpus files are written: the corpus folder stays empty, so an
accidental ``qa ingest`` on it fails instead of deleting the index.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qa.acronyms import initialisms
from qa.bench.serving import run_child, settings_to_json
from qa.boundaries import sentence_spans
from qa.lexical import LexicalDoc, LexicalIndex
from qa.settings import Settings
from qa.store import ArticleRecord, State, Store, chunk_id, split_chunk_id
from qa.text import terms

LAYOUT = "1"  # bump when the item stream below changes, so cached indexes are rebuilt
SEED = 6
SIGMA = 0.02  # per-dimension noise: copies keep a cosine of about 0.93 with their real vector
SWAP = 0.5  # chance that a copy swaps one sentence for a sentence of another chunk
_BATCH = 5_000


@dataclass(frozen=True)
class SourceArticle:
    label: str
    record: ArticleRecord
    texts: tuple[str, ...]  # chunk texts, in chunk order
    starts: tuple[int, ...]
    vectors: np.ndarray  # (chunks, 384), the real embeddings


def read_source(label: str, settings: Settings) -> list[SourceArticle]:
    """The committed articles of a built index, with their chunks and stored vectors."""
    store = Store(settings, create=False)
    manifest = store.manifest()
    rows: dict[str, list[tuple[int, str, int, Any]]] = {}
    offset = 0
    while True:
        got = store.chunks.get(include=["documents", "metadatas", "embeddings"], limit=_BATCH, offset=offset)
        for cid, text, meta, vector in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True):
            article_id, version, index = split_chunk_id(cid)
            record = manifest.get(article_id)
            if record is not None and record.version == version:
                rows.setdefault(article_id, []).append((index, text, int(meta["start"]), vector))
        if len(got["ids"]) < _BATCH:
            break
        offset += _BATCH
    out = []
    for article_id in sorted(rows):
        chunks = sorted(rows[article_id], key=lambda r: r[0])
        record = manifest[article_id]
        if [c[0] for c in chunks] != list(range(record.chunks)):
            continue  # an incomplete article (an ingest was interrupted): leave it out
        out.append(
            SourceArticle(
                label,
                record,
                tuple(c[1] for c in chunks),
                tuple(c[2] for c in chunks),
                np.asarray([c[3] for c in chunks], dtype=np.float32),
            )
        )
    return out


@dataclass(frozen=True)
class Item:
    """One synthetic chunk: copy ``copy`` of chunk ``chunk`` of source article ``article``."""

    copy: int
    article: int
    chunk: int


class Stream:
    """The deterministic sequence of synthetic chunks: every real chunk, then copy 1 of each, copy 2, ..."""

    def __init__(self, articles: Sequence[SourceArticle]) -> None:
        self.articles = articles
        self.offsets = [0]
        for a in articles:
            self.offsets.append(self.offsets[-1] + len(a.texts))
        self.round = self.offsets[-1]
        self.pool = [t[s:e] for a in articles for t in a.texts for s, e in sentence_spans(t)]
        self._terms: dict[str, list[str]] = {}

    def item(self, position: int) -> Item:
        copy, rest = divmod(position, self.round)
        article = bisect.bisect_right(self.offsets, rest) - 1
        return Item(copy, article, rest - self.offsets[article])

    def article_id(self, copy: int, article: int) -> str:
        a = self.articles[article]
        return f"{a.label}/{copy:03d}/{a.record.id}"

    def record(self, copy: int, article: int, chunks: int) -> ArticleRecord:
        r = self.articles[article].record
        version = r.version if copy == 0 else hashlib.sha256(f"{r.version}:{copy}".encode()).hexdigest()[:16]
        title = r.title if copy == 0 else f"{r.title} (copy {copy})"
        return dataclasses.replace(r, id=self.article_id(copy, article), version=version, chunks=chunks, title=title)

    def chunk(self, item: Item) -> tuple[str, np.ndarray, list[str]]:
        """Text, vector and BM25 tokens (title included) of one synthetic chunk."""
        a = self.articles[item.article]
        text, vector = a.texts[item.chunk], a.vectors[item.chunk]
        title = self.record(item.copy, item.article, 0).title
        if item.copy == 0:
            tokens = self.terms(title) + terms(text)
        else:
            rng = np.random.default_rng([SEED, item.copy, item.article, item.chunk])
            sentences = [text[s:e] for s, e in sentence_spans(text)]
            sentences = [sentences[i] for i in rng.permutation(len(sentences))]
            if len(sentences) > 1 and rng.random() < SWAP:
                sentences[int(rng.integers(len(sentences)))] = self.pool[int(rng.integers(len(self.pool)))]
            text = " ".join(sentences)
            # BM25 terms never span white space, so the terms of the joined text are
            # the terms of its sentences: each sentence is stemmed once, not once per copy.
            tokens = self.terms(title) + [t for s in sentences for t in self.terms(s)]
            noisy = vector + rng.normal(0.0, SIGMA, vector.shape).astype(np.float32)
            vector = noisy / np.linalg.norm(noisy)
        return text, vector, tokens + initialisms(f"{title}\n{text}")

    def terms(self, text: str) -> list[str]:
        found = self._terms.get(text)
        if found is None:
            found = self._terms[text] = terms(text)
        return found


def _metadata(record: ArticleRecord, item: Item, start: int, text: str) -> dict[str, Any]:
    """What ``qa.index`` stores with a chunk (see ``_chunk_metadata``)."""
    return {
        "article_id": record.id,
        "version": record.version,
        "chunk": item.chunk,
        "start": start,
        "end": start + len(text),
        "title": record.title,
        "outlet": record.outlet,
        "url": record.url,
        "published": record.published,
        "published_ts": record.published_ts,
    }


def build(settings: Settings, sources: Sequence[tuple[str, Settings]], chunks: int) -> dict[str, Any]:
    """Grow the index of ``settings`` (empty, or a copy of a smaller synthetic one) to ``chunks`` chunks and commit."""
    from llama_index.core.schema import TextNode

    started = time.perf_counter()
    articles = [a for label, source in sources for a in read_source(label, source)]
    stream = Stream(articles)
    store = Store(settings, create=True, fresh=True)
    state = store.state()
    done = store.chunks.count()
    real = Store(sources[0][1], create=False).state()
    embed_model, chunking = real.embed_model, real.chunking
    store.set_state(State(state.generation, dirty=True, embed_model=embed_model, chunking=chunking))
    docs: list[LexicalDoc] = []
    tokens: list[list[str]] = []
    touched: dict[tuple[int, int], int] = {}
    vector_store = store.vector_store()
    nodes = []
    for position in range(chunks):
        item = stream.item(position)
        record = stream.record(item.copy, item.article, 0)
        text, vector, words = stream.chunk(item)
        cid = chunk_id(record.id, record.version, item.chunk)
        docs.append(LexicalDoc(cid, f"{record.title}\n{text}", record.outlet, record.published_ts))
        tokens.append(words)
        if position < done:
            continue  # already in the index this one grows from
        touched[(item.copy, item.article)] = item.chunk + 1
        metadata = _metadata(record, item, stream.articles[item.article].starts[item.chunk], text)
        nodes.append(
            TextNode(
                id_=cid, text=text, embedding=vector.tolist(), metadata=metadata, excluded_embed_metadata_keys=list(metadata)
            )
        )
        if len(nodes) >= _BATCH:
            vector_store.add(nodes)
            nodes = []
    if nodes:
        vector_store.add(nodes)
    written = time.perf_counter()
    generation = state.generation + 1
    LexicalIndex.build(generation, docs, settings.bm25_k1, settings.bm25_b, tokens=tokens).save(settings.bm25_dir)
    records = [stream.record(copy, article, n) for (copy, article), n in touched.items()]
    store.commit(records, State(generation, dirty=False, embed_model=embed_model, chunking=chunking))
    return {
        "chunks": store.chunks.count(),
        "added": chunks - done,
        "articles": len(store.manifest()),
        "write_s": written - started,
        "seconds": time.perf_counter() - started,
    }


def _identity(sources: Sequence[tuple[str, Settings]], chunks: int, settings: Settings) -> dict[str, Any]:
    """What a cached synthetic index must match to be reused.

    A source is known by its committed articles (id, version, chunks) and its embedding model, not
    by its generation: the ingest benchmark edits and restores SciFact, which moves the generation
    while the content comes back the same.
    """
    seen = []
    for label, source in sources:
        store = Store(source, create=False)
        lines = sorted(f"{r.id}\t{r.version}\t{r.chunks}" for r in store.manifest().values())
        state = store.state()
        digest = hashlib.sha256("\n".join([state.embed_model, state.chunking, *lines]).encode()).hexdigest()[:16]
        seen.append([label, digest])
    return {
        "layout": LAYOUT,
        "seed": SEED,
        "sigma": SIGMA,
        "swap": SWAP,
        "chunks": chunks,
        "sources": seen,
        "bm25": [settings.bm25_k1, settings.bm25_b],
        "collection": settings.collection,
    }


def folder_settings(base: Settings, folder: Path) -> Settings:
    return base.replace(corpus_dir=folder / "corpus", index_dir=folder / "index", chroma_url="", progress=False)


@dataclass(frozen=True)
class Built:
    settings: Settings
    chunks: int
    seconds: float  # 0.0 when the cached index was reused
    grown_from: int  # chunks copied from a smaller index instead of written


def ensure(work: Path, sizes: Sequence[int], sources: Sequence[tuple[str, Settings]], base: Settings) -> Iterator[Built]:
    """The synthetic index of each size under ``work/synthetic-<n>``, built (smallest first) or reused."""
    for size in sorted(sizes):
        folder = work / f"synthetic-{size}"
        settings = folder_settings(base, folder)
        identity = _identity(sources, size, settings)
        marker = folder / "synthetic.json"
        if marker.exists() and json.loads(marker.read_text(encoding="utf-8")) == identity:
            yield Built(settings, size, 0.0, 0)
            continue
        started = time.perf_counter()
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "corpus").mkdir(parents=True)
        # Always from scratch: a 200k index grown from a copy of the 50k one's Chroma folder came out with
        # vectors its HNSW graph could not find (the store's self-check refused it) in one of three builds.
        grown = 0
        run_child(
            "synthetic",
            {
                "settings": settings_to_json(settings),
                "chunks": size,
                "sources": [[label, settings_to_json(s)] for label, s in sources],
            },
        )
        marker.write_text(json.dumps(identity), encoding="utf-8")
        yield Built(settings, size, time.perf_counter() - started, grown)
