"""The loaded pieces a question needs, kept warm between questions.

An ``Engine`` owns the embedder, the Chroma store and the BM25 index of one
``Settings``. Nothing is loaded until first use, and the BM25 index is
reloaded when the manifest's generation moves (another process ingested).
``engine_for`` caches one engine per settings value so repeated ``qa.ask``
calls reuse it; ``reset`` drops them (after a rebuild, or in tests).
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from qa import offline
from qa.embedding import Embedder, make_embedder
from qa.lexical import LexicalIndex
from qa.settings import Settings
from qa.store import Store

_ENGINES: dict[Settings, Engine] = {}
SENTENCE_CACHE = 50_000  # vectors kept (~77 MB); answers embed the sentences they weigh
_LOCK = threading.Lock()
_LENGTH_SPREAD = 1.3  # a group's longest text is at most this many times its shortest (in tokens)


@lru_cache(maxsize=4)
def _embedder(spec: str, batch_size: int, threads: int) -> Embedder:
    return make_embedder(spec, batch_size=batch_size, threads=threads)


def shared_embedder(settings: Settings) -> Embedder:
    offline.prepare()
    return _embedder(settings.embed_model, settings.embed_batch_size, settings.embed_threads)


class Engine:
    def __init__(self, settings: Settings) -> None:
        offline.prepare()
        self.settings = settings
        self._store: Store | None = None
        self._lexical: LexicalIndex | None = None
        self._lock = threading.Lock()
        self._sentences: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._opened_generation = -1

    @property
    def embedder(self) -> Embedder:
        return shared_embedder(self.settings)

    def embed(self, texts: list[str]) -> Any:
        return self.embedder(texts)

    def embed_by_length(self, texts: list[str]) -> np.ndarray:
        """``embed``, in groups of similar token length.

        The embedder pads a batch to its longest text, so one batch of a 10-token and a
        150-token sentence costs as much as two 150-token ones; answers embed a dozen
        sentences of mixed length per question, and grouping them cut that time by a
        third. The vectors are the same (the model masks padding; measured identical).
        """
        tokenize = getattr(self.embedder, "tokenize", None)
        if tokenize is None or len(texts) < 2:
            return self.embed(texts)
        lengths = [len(ids) for ids in tokenize(texts)]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        groups: list[list[int]] = [[order[0]]]
        for i in order[1:]:
            if lengths[i] > _LENGTH_SPREAD * lengths[groups[-1][0]]:
                groups.append([])
            groups[-1].append(i)
        out: list[Any] = [None] * len(texts)
        for group in groups:
            for i, vector in zip(group, self.embed([texts[i] for i in group]), strict=True):
                out[i] = vector
        return np.vstack(out)

    def sentence_vectors(self, keys: Sequence[Hashable], texts: Sequence[str]) -> np.ndarray:
        """Vectors of answer-candidate sentences, cached: follow-up questions revisit the same passages.

        Keys name a sentence by chunk id and offsets; a chunk id includes the
        article version, so an edited article never reuses a stale vector.
        """
        missing = [i for i, key in enumerate(keys) if key not in self._sentences]
        if missing:
            fresh = self.embed_by_length([texts[i] for i in missing])
            with self._lock:
                for i, vector in zip(missing, fresh, strict=True):
                    self._sentences[keys[i]] = vector
                while len(self._sentences) > SENTENCE_CACHE:
                    self._sentences.popitem(last=False)
        with self._lock:
            rows = []
            for key, text in zip(keys, texts, strict=True):
                vector = self._sentences.get(key)
                if vector is None:  # evicted by another thread in between
                    vector = self.embed([text])[0]
                else:
                    self._sentences.move_to_end(key)
                rows.append(vector)
        return np.vstack(rows) if rows else np.zeros((0, 384), dtype=np.float32)

    @property
    def store(self) -> Store:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = self._open(fresh=False)
        return self._store

    def _open(self, fresh: bool) -> Store:
        store = Store(self.settings, create=False, fresh=fresh)
        store.check()
        self._opened_generation = store.state().generation
        return store

    @property
    def generation(self) -> int:
        """The manifest generation this engine last read (opening the store reads it)."""
        self.store  # noqa: B018 - opens the store on first use, which records its generation
        return self._opened_generation

    def follow(self, generation: int) -> Store:
        """The store, reopened when another process has committed since it was opened."""
        store = self.store
        if generation != self._opened_generation:
            with self._lock:
                if generation != self._opened_generation:
                    self._store = store = self._open(fresh=True)
        return self._store or store

    def lexical(self, generation: int) -> LexicalIndex:
        current = self._lexical
        if current is not None and current.generation == generation:
            return current
        with self._lock:
            if self._lexical is None or self._lexical.generation != generation:
                loaded = LexicalIndex.load(self.settings.bm25_dir, generation)
                if loaded is None:
                    from qa.lexical_build import from_store

                    loaded = from_store(self.store, self.settings, generation)
                    with contextlib.suppress(OSError):  # a read-only index still answers; it rebuilds next time
                        loaded.save(self.settings.bm25_dir)
                self._lexical = loaded
            return self._lexical

    def current_lexical(self) -> LexicalIndex:
        return self.lexical(self.store.state().generation)


def engine_for(settings: Settings) -> Engine:
    with _LOCK:
        engine = _ENGINES.get(settings)
        if engine is None:
            engine = _ENGINES[settings] = Engine(settings)
        return engine


def reset(settings: Settings | None = None) -> None:
    with _LOCK:
        if settings is None:
            _ENGINES.clear()
        else:
            _ENGINES.pop(settings, None)
