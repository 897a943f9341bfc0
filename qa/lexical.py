"""The BM25 side of retrieval: build, persist, load, query (bm25s).

The index is built from the committed chunks of one manifest generation and
saved under ``<index>/bm25/gen-<N>/`` by writing a temporary folder and
renaming it, so a reader never opens a half-written index. Beside the bm25s
arrays it keeps the chunk ids, per-chunk metadata used by filters, and the
document frequency of every term (answer scoring weighs words by it). Vectors
and the manifest live in ``qa.store``.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.acronyms import initialisms
from qa.text import query_terms, terms

# Bump when doc_tokens changes, so tokens saved by an older version are not reused.
TOKENIZER_VERSION = 2  # 2: negated auxiliaries ("wasn't", "dont") are stopwords


def doc_tokens(text: str) -> list[str]:
    """What BM25 indexes for a chunk: its stemmed terms and the initialisms of its names."""
    return terms(text) + initialisms(text)


def query_tokens(question: str) -> list[str]:
    """What BM25 looks up for a question: its terms (ordinals also as digits) and the initialisms of the names
    it spells out, so "International Astronautical Congress" finds a chunk that only writes "IAC"."""
    return query_terms(question) + initialisms(question)


@dataclass(frozen=True)
class LexicalDoc:
    chunk_id: str
    text: str  # what is indexed: title + chunk text
    outlet: str
    published_ts: int


class LexicalIndex:
    def __init__(
        self, generation: int, ids: list[str], outlets: list[str], published: np.ndarray, df: dict[str, int], model: object | None
    ) -> None:
        self.generation = generation
        self.ids = ids
        self.outlets = outlets
        self.published = published
        self.df = df
        self.n = len(ids)
        self._model = model
        self._rows: dict[str, int] | None = None
        self._tokens: Sequence[list[str]] | None = None  # kept from build so save() can store them for the next ingest

    @classmethod
    def build(
        cls, generation: int, docs: Sequence[LexicalDoc], k1: float, b: float, tokens: Sequence[list[str]] | None = None
    ) -> LexicalIndex:
        """The index of ``docs``; ``tokens``, when given, holds each doc's ``doc_tokens`` (order within a doc is free)."""
        import bm25s

        if tokens is None:
            tokens = [doc_tokens(d.text) for d in docs]
        df: Counter[str] = Counter()
        for t in tokens:
            df.update(set(t))
        model = None
        if docs:
            model = bm25s.BM25(k1=k1, b=b)
            model.index(list(tokens), show_progress=False)
        index = cls(
            generation,
            [d.chunk_id for d in docs],
            [d.outlet for d in docs],
            np.asarray([d.published_ts for d in docs], dtype=np.int64),
            dict(df),
            model,
        )
        index._tokens = tokens
        return index

    def idf(self, term: str, unknown_as_rarest: bool = False) -> float:
        """BM25's idf (Lucene form): rare words weigh more, unknown ones most, or as one chunk's word if asked."""
        n = max(self.n, 1)
        d = self.df.get(term, 1 if unknown_as_rarest else 0)
        return math.log(1 + (n - d + 0.5) / (d + 0.5))

    def scores(
        self, query_terms: list[str], outlets: Sequence[str] = (), since_ts: int = 0, until_ts: int = 0
    ) -> np.ndarray | None:
        """BM25 score of every chunk (0 where filters exclude it), or None when nothing can match."""
        known = [t for t in query_terms if t in self.df]
        if self._model is None or not known:
            return None
        scores = self._model.get_scores(known)
        mask = self._mask(outlets, since_ts, until_ts)
        return scores if mask is None else np.where(mask, scores, 0.0)

    def top(self, scores: np.ndarray | None, n: int) -> list[tuple[str, float]]:
        if scores is None or self.n == 0:
            return []
        n = min(n, self.n)
        top = np.argpartition(-scores, n - 1)[:n] if n < self.n else np.arange(self.n)
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def score_of(self, scores: np.ndarray | None, chunk_id: str) -> float:
        if scores is None:
            return 0.0
        if self._rows is None:
            self._rows = {cid: row for row, cid in enumerate(self.ids)}
        row = self._rows.get(chunk_id)
        return 0.0 if row is None else float(scores[row])

    def _mask(self, outlets: Sequence[str], since_ts: int, until_ts: int) -> np.ndarray | None:
        if not outlets and not since_ts and not until_ts:
            return None
        mask = np.ones(self.n, dtype=bool)
        if outlets:
            wanted = {o.casefold() for o in outlets}
            mask &= np.fromiter((o.casefold() in wanted for o in self.outlets), dtype=bool, count=self.n)
        if since_ts:
            mask &= self.published >= since_ts
        if until_ts:
            mask &= (self.published <= until_ts) & (self.published > 0)
        return mask

    # --- persistence ----------------------------------------------------------

    def save(self, root: Path) -> Path:
        root.mkdir(parents=True, exist_ok=True)
        final = root / f"gen-{self.generation}"
        tmp = root / f".tmp-gen-{self.generation}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        if self._model is not None:
            self._model.save(str(tmp / "bm25"), show_progress=False)
        np.save(tmp / "published.npy", self.published)
        if self._tokens is not None:
            _save_tokens(tmp, self._tokens, self.df)
        sidecar = {
            "generation": self.generation,
            "ids": self.ids,
            "outlets": self.outlets,
            "df": self.df,
            "tokenizer": TOKENIZER_VERSION,
        }
        (tmp / "sidecar.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
        _fsync_dir(tmp)
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
        _fsync_dir(root)
        # Keep the generation before this one: it stays current until the manifest commits this one.
        for old in root.glob("gen-*"):
            number = old.name.removeprefix("gen-")
            if number.isdigit() and int(number) < self.generation - 1:
                shutil.rmtree(old, ignore_errors=True)
        for stray in root.glob(".tmp-gen-*"):
            if stray != tmp:
                shutil.rmtree(stray, ignore_errors=True)
        return final

    @classmethod
    def load(cls, root: Path, generation: int) -> LexicalIndex | None:
        """The saved index of ``generation``, or None when it is missing or unreadable."""
        import bm25s

        folder = root / f"gen-{generation}"
        sidecar = _sidecar(folder)
        if sidecar is None or sidecar.get("generation") != generation:
            return None
        try:
            published = np.load(folder / "published.npy")
            model = None
            if sidecar["ids"]:
                model = bm25s.BM25.load(str(folder / "bm25"), mmap=True, show_progress=False)
        except (OSError, ValueError, KeyError):
            return None
        if len(published) != len(sidecar["ids"]):
            return None
        return cls(generation, sidecar["ids"], sidecar["outlets"], published, sidecar["df"], model)


def cached_tokens(root: Path, generation: int) -> dict[str, list[str]]:
    """Each chunk's BM25 tokens as saved with ``generation`` (empty when there are none or they are
    unreadable): an ingest reuses them for unchanged chunks instead of fetching and re-tokenising
    their text, so its BM25 cost follows the edits rather than the corpus size."""
    folder = root / f"gen-{generation}"
    sidecar = _sidecar(folder)
    if sidecar is None:
        return {}
    try:
        flat, offsets = np.load(folder / "terms.npy"), np.load(folder / "term_offsets.npy")
    except (OSError, ValueError):
        return {}
    ids = sidecar.get("ids") or []
    if len(offsets) != len(ids) + 1:
        return {}
    vocab = np.asarray(list(sidecar.get("df") or {}), dtype=object)
    words = vocab[flat].tolist() if len(flat) else []
    return {cid: words[offsets[i] : offsets[i + 1]] for i, cid in enumerate(ids)}


def _sidecar(folder: Path) -> dict | None:
    """The saved index's sidecar; None when it is unreadable or its tokens come from another tokenizer
    (they would not meet the query's, so the index is rebuilt from the store)."""
    try:
        sidecar = json.loads((folder / "sidecar.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return sidecar if isinstance(sidecar, dict) and sidecar.get("tokenizer") == TOKENIZER_VERSION else None


def _save_tokens(folder: Path, tokens: Sequence[list[str]], df: dict[str, int]) -> None:
    number = {term: i for i, term in enumerate(df)}  # the sidecar's df keeps this order
    flat = np.fromiter((number[t] for doc in tokens for t in doc), dtype=np.int32)
    offsets = np.zeros(len(tokens) + 1, dtype=np.int64)
    np.cumsum([len(doc) for doc in tokens], out=offsets[1:])
    np.save(folder / "terms.npy", flat)
    np.save(folder / "term_offsets.npy", offsets)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
