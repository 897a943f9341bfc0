"""Chroma access: the chunk collection and the article manifest beside it.

Two collections live in one Chroma database (embedded under the index folder,
or a ``chroma run`` server when ``QA_CHROMA_URL`` is set):

- ``<name>_chunks``: one record per chunk, written through llama-index's
  ``ChromaVectorStore``; ids are ``<article id>::<version>::<n>``.
- ``<name>_articles``: the manifest, one record per article saying which
  version is committed, plus a ``__state__`` record with a generation counter
  and a dirty flag. A version is visible to readers only once its manifest
  record names it, so an article is replaced in one step and an interrupted
  ingest leaves the previous version in force.
Ingest planning and retrieval live elsewhere; this module only reads and writes.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from qa import chroma
from qa.errors import IndexMissingError, IndexNotReadyError
from qa.settings import Settings

STATE_ID = "__state__"
_CLIENT_LOCK = threading.Lock()
_PAGE = 5_000


@dataclass(frozen=True)
class ArticleRecord:
    id: str
    version: str
    chunks: int
    title: str
    outlet: str
    author: str
    url: str
    published: str
    published_ts: int
    body_start: int

    def chunk_ids(self) -> list[str]:
        return [chunk_id(self.id, self.version, i) for i in range(self.chunks)]

    def metadata(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "chunks": self.chunks,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "url": self.url,
            "published": self.published,
            "published_ts": self.published_ts,
            "body_start": self.body_start,
        }

    @classmethod
    def from_metadata(cls, record_id: str, meta: dict[str, Any]) -> ArticleRecord:
        return cls(
            id=record_id,
            version=str(meta["version"]),
            chunks=int(meta["chunks"]),
            title=str(meta.get("title", "")),
            outlet=str(meta.get("outlet", "")),
            author=str(meta.get("author", "")),
            url=str(meta.get("url", "")),
            published=str(meta.get("published", "")),
            published_ts=int(meta.get("published_ts", 0)),
            body_start=int(meta.get("body_start", 0)),
        )


@dataclass(frozen=True)
class State:
    generation: int = 0
    dirty: bool = False
    embed_model: str = ""
    chunking: str = ""  # "<size>/<overlap>": chunks of another size must not mix in


def _state_metadata(state: State) -> dict[str, Any]:
    return {"generation": state.generation, "dirty": state.dirty, "embed_model": state.embed_model, "chunking": state.chunking}


def _state(meta: dict[str, Any]) -> State:
    return State(
        int(meta.get("generation", 0)),
        bool(meta.get("dirty", False)),
        str(meta.get("embed_model", "")),
        str(meta.get("chunking", "")),
    )


def chunk_id(article_id: str, version: str, index: int) -> str:
    return f"{article_id}::{version}::{index}"


def split_chunk_id(value: str) -> tuple[str, str, int]:
    article_id, version, index = value.rsplit("::", 2)
    return article_id, version, int(index)


class Store:
    """The two Chroma collections of one index."""

    def __init__(self, settings: Settings, create: bool, fresh: bool = False) -> None:
        self.settings = settings
        # chromadb's per-process client table is not thread-safe: a thread can pick
        # up a client another thread has registered but not started yet.
        with _CLIENT_LOCK:
            if fresh:
                chroma.forget_cached_client(settings)
            self.client = chroma.client(settings, create)
        self.location = settings.chroma_url or str(settings.chroma_dir)
        try:
            if create:
                self.chunks = self.client.get_or_create_collection(
                    f"{settings.collection}_chunks", metadata={"hnsw:space": "cosine"}, embedding_function=None
                )
                self.articles = self.client.get_or_create_collection(f"{settings.collection}_articles", embedding_function=None)
            else:
                self.chunks = self.client.get_collection(f"{settings.collection}_chunks", embedding_function=None)
                self.articles = self.client.get_collection(f"{settings.collection}_articles", embedding_function=None)
        except Exception as exc:
            if create:
                raise IndexNotReadyError(
                    f"The index at {self.location} cannot be opened ({exc}); run 'qa ingest --rebuild'."
                ) from exc
            raise IndexMissingError(
                f"No index at {self.location} yet: run 'qa ingest' to build it from {settings.corpus_dir}."
            ) from exc

    def check(self) -> None:
        """Self-test: stored vectors must find themselves, or a damaged segment degrades answers silently.

        Search is approximate: in a healthy 200,000-chunk index of near-copies the first two stored
        vectors missed themselves. So three are tried and one is enough; damage fails them all.
        """
        try:
            total = self.chunks.count()
            healthy = total == 0
            for offset in dict.fromkeys((0, total // 2, total - 1)) if total else ():
                got = self.chunks.get(limit=1, offset=offset, include=["embeddings"])
                if not got["ids"]:
                    continue
                hit = self.chunks.query(
                    query_embeddings=[list(got["embeddings"][0])], n_results=min(10, total), include=["distances"]
                )
                found, distances = hit["ids"][0], hit["distances"][0]
                if found and (got["ids"][0] in found or distances[0] < 1e-3):
                    healthy = True
                    break
        except Exception as exc:
            raise IndexNotReadyError(f"The index at {self.location} is damaged ({exc}); run 'qa ingest --rebuild'.") from exc
        if not healthy:
            raise IndexNotReadyError(
                f"The index at {self.location} is damaged (its vectors do not match its records); run 'qa ingest --rebuild'."
            )

    def vector_store(self) -> Any:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        return ChromaVectorStore(chroma_collection=self.chunks)

    # --- manifest -----------------------------------------------------------

    def state(self) -> State:
        got = self.articles.get(ids=[STATE_ID], include=["metadatas"])
        if not got["ids"]:
            return State()
        return _state(got["metadatas"][0])

    def set_state(self, state: State) -> None:
        self.articles.upsert(ids=[STATE_ID], embeddings=[[0.0]], metadatas=[_state_metadata(state)])

    def manifest(self) -> dict[str, ArticleRecord]:
        records: dict[str, ArticleRecord] = {}
        offset = 0
        while True:
            got = self.articles.get(include=["metadatas"], limit=_PAGE, offset=offset)
            for record_id, meta in zip(got["ids"], got["metadatas"], strict=True):
                if record_id != STATE_ID:
                    records[record_id] = ArticleRecord.from_metadata(record_id, meta)
            if len(got["ids"]) < _PAGE:
                return records
            offset += _PAGE

    def records(self, article_ids: Iterable[str]) -> tuple[State, dict[str, ArticleRecord]]:
        """The state and the committed records of some articles, in one round trip."""
        ids = [STATE_ID, *dict.fromkeys(article_ids)]
        got = self.articles.get(ids=ids, include=["metadatas"])
        state = State()
        records: dict[str, ArticleRecord] = {}
        for record_id, meta in zip(got["ids"], got["metadatas"], strict=True):
            if record_id == STATE_ID:
                state = _state(meta)
            else:
                records[record_id] = ArticleRecord.from_metadata(record_id, meta)
        return state, records

    def commit(self, records: Sequence[ArticleRecord], state: State) -> None:
        """Make ``records`` the committed versions and ``state`` current, in one upsert when they fit one batch."""
        ids = [r.id for r in records] + [STATE_ID]
        metas: list[dict[str, Any]] = [r.metadata() for r in records] + [_state_metadata(state)]
        limit = max(1, self.client.get_max_batch_size() - 1)
        # Records beyond one batch go first; the last call carries the state, so the
        # generation only moves once every record is in.
        head = len(ids) - min(len(ids), limit)
        for b in range(0, head, limit):
            end = min(b + limit, head)
            self.articles.upsert(ids=ids[b:end], embeddings=[[0.0]] * (end - b), metadatas=metas[b:end])
        self.articles.upsert(ids=ids[head:], embeddings=[[0.0]] * (len(ids) - head), metadatas=metas[head:])

    def forget(self, article_ids: Sequence[str]) -> None:
        if article_ids:
            self.articles.delete(ids=list(article_ids))

    # --- chunks -------------------------------------------------------------

    def add_chunks(self, ids: list[str], vectors: list[list[float]], texts: list[str], metas: list[dict[str, Any]]) -> None:
        for b in range(0, len(ids), _PAGE):
            self.chunks.upsert(
                ids=ids[b : b + _PAGE],
                embeddings=vectors[b : b + _PAGE],
                documents=texts[b : b + _PAGE],
                metadatas=metas[b : b + _PAGE],
            )

    def delete_chunks(self, ids: Sequence[str]) -> None:
        for b in range(0, len(ids), _PAGE):
            self.chunks.delete(ids=list(ids[b : b + _PAGE]))

    def all_chunk_ids(self) -> list[str]:
        ids: list[str] = []
        offset = 0
        while True:
            got = self.chunks.get(include=[], limit=_PAGE, offset=offset)
            ids.extend(got["ids"])
            if len(got["ids"]) < _PAGE:
                return ids
            offset += _PAGE

    def get_chunks(self, ids: Sequence[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        if not ids:
            return {}
        got = self.chunks.get(ids=list(ids), include=["documents", "metadatas"])
        return {i: (d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)}

    def iter_chunks(self) -> Iterable[tuple[str, str, dict[str, Any]]]:
        offset = 0
        while True:
            got = self.chunks.get(include=["documents", "metadatas"], limit=_PAGE, offset=offset)
            yield from zip(got["ids"], got["documents"], got["metadatas"], strict=True)
            if len(got["ids"]) < _PAGE:
                return
            offset += _PAGE

    def query(self, vector: list[float], n: int, where: dict[str, Any] | None) -> list[tuple[str, float, str, dict[str, Any]]]:
        # No count() first: it costs a scan (34 ms at 200k chunks), and Chroma already returns
        # fewer rows when fewer exist, none for an empty collection.
        got = self.chunks.query(
            query_embeddings=[vector],
            n_results=n,
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        return [
            (i, 1.0 - float(dist), doc, meta)
            for i, dist, doc, meta in zip(
                got["ids"][0], got["distances"][0], got["documents"][0], got["metadatas"][0], strict=True
            )
        ]


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
