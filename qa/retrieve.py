"""Hybrid retrieval: dense (Chroma) and BM25 (bm25s) candidates, fused.

Both sides propose candidates; every candidate then gets both scores (the
missing dense similarity is computed from the stored vector, the missing BM25
score from the index), and the two are fused by a weighted sum of min-max
normalised scores (or by reciprocal rank fusion). Chunks of article versions
that are not committed in the manifest are dropped, so a reader never sees
half of an article that is being replaced. The head of the fused ranking is
then reordered sentence by sentence (``qa.rerank``); ``Passage.score`` stays
the fused score. Answer building lives elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from qa.corpus import date_to_ts
from qa.engine import Engine
from qa.errors import IndexNotReadyError, QAError, QuestionError
from qa.lexical import query_tokens
from qa.rerank import Head, rerank
from qa.store import State, split_chunk_id
from qa.types import Passage


@dataclass(frozen=True)
class Filters:
    outlets: tuple[str, ...] = ()
    since: str = ""  # ISO date, inclusive
    until: str = ""

    def since_ts(self) -> int:
        return _ts(self.since, "since")

    def until_ts(self) -> int:
        return _ts(self.until, "until")

    def describe(self) -> str:
        """The filters in words, for a reader told that nothing matched them; "" when there are none."""
        parts = [f"outlet {' or '.join(self.outlets)}"] if self.outlets else []
        parts += [f"since {self.since}"] if self.since else []
        parts += [f"until {self.until}"] if self.until else []
        return ", ".join(parts)

    def where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.outlets:
            clauses.append({"outlet": {"$in": list(self.outlets)}})
        if self.since:
            clauses.append({"published_ts": {"$gte": self.since_ts()}})
        if self.until:
            clauses.append({"published_ts": {"$lte": self.until_ts()}})
            clauses.append({"published_ts": {"$gt": 0}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _ts(value: str, name: str) -> int:
    try:
        return date_to_ts(value)
    except ValueError as exc:
        raise QuestionError(f"The {name} date {value!r} is not YYYY-MM-DD; fix the filter.") from exc


@dataclass(frozen=True)
class Retrieved:
    passages: tuple[Passage, ...]
    query_vector: np.ndarray
    generation: int


def retrieve(engine: Engine, query: str, top_k: int, filters: Filters = Filters()) -> Retrieved:
    vector = engine.embed([query])[0]
    outlets = _known_outlets(engine, filters.outlets)
    filters = Filters(outlets, filters.since, filters.until)
    # The read starts from the generation this engine last saw, without asking
    # first (a round trip per question); the manifest read inside tells whether
    # another process has committed since. An ingest may also commit a new
    # generation and delete the old chunks while this query runs. Either way the
    # read starts over against the new generation, with the store reopened.
    generation = engine.generation
    for attempt in range(_ATTEMPTS):
        try:
            found = _retrieve_once(engine, generation, query, vector, top_k, filters)
        except QAError:
            raise
        except Exception as exc:  # chromadb raises InternalError for ids deleted under a read
            latest = engine.store.records([])[0].generation
            if attempt + 1 < _ATTEMPTS and latest != generation:
                generation = latest
                continue
            raise IndexNotReadyError(
                f"Reading passages from the index failed ({exc}); run `qa ingest` to repair it, then ask again."
            ) from exc
        if found.generation == generation or attempt + 1 == _ATTEMPTS:
            return found
        generation = found.generation
    raise AssertionError("unreachable")


_ATTEMPTS = 4


class _IndexMoved(RuntimeError):
    """Chunks of the generation being read were deleted by a newer commit."""


def _retrieve_once(engine: Engine, generation: int, query: str, vector: np.ndarray, top_k: int, filters: Filters) -> Retrieved:
    settings = engine.settings
    asked_terms = query_tokens(query)
    store = engine.follow(generation)
    state = State(generation=generation)
    dense = store.query(vector.tolist(), settings.candidates, filters.where())
    for _attempt in range(2):
        lexical = engine.lexical(state.generation)
        all_sparse = lexical.scores(asked_terms, filters.outlets, filters.since_ts(), filters.until_ts())
        sparse = lexical.top(all_sparse, settings.candidates)
        ids = list(dict.fromkeys([d[0] for d in dense] + [s[0] for s in sparse]))
        state, records = store.records(split_chunk_id(i)[0] for i in ids)
        if state.generation == lexical.generation:
            break
    committed = [i for i in ids if _committed(i, records)]
    if not committed:
        return Retrieved((), vector, state.generation)

    dense_score = {d[0]: d[1] for d in dense}
    rows = {d[0]: (d[2], d[3]) for d in dense}
    missing = [i for i in committed if i not in rows]
    if missing:
        got = store.chunks.get(ids=missing, include=["documents", "metadatas", "embeddings"])
        for cid, doc, meta, emb in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True):
            rows[cid] = (doc, meta)
            dense_score[cid] = float(np.dot(np.asarray(emb, dtype=np.float32), vector))
        if len(got["ids"]) < len(missing) and store.records([])[0].generation != state.generation:
            raise _IndexMoved(f"generation {state.generation} was replaced during the read")
    committed = [i for i in committed if i in rows]
    sparse_score = {i: lexical.score_of(all_sparse, i) for i in committed}

    fused = _fuse(committed, dense_score, sparse_score, settings.fusion, settings.fusion_alpha, settings.rrf_k)
    order = sorted(committed, key=lambda i: -fused[i])
    depth = settings.rerank_depth
    head = [Head(i, rows[i][0], int(rows[i][1]["start"]), fused[i]) for i in order[:depth]]
    order = (rerank(engine, lexical, query, vector, head) + order[depth:])[:top_k]
    passages = []
    for cid in order:
        doc, meta = rows[cid]
        record = records[str(meta["article_id"])]
        passages.append(
            Passage(
                chunk_id=cid,
                article_id=record.id,
                version=record.version,
                text=doc,
                start=int(meta["start"]),
                end=int(meta["end"]),
                title=record.title,
                outlet=record.outlet,
                url=record.url,
                published=record.published,
                score=round(fused[cid], 4),
                dense=round(dense_score.get(cid, 0.0), 4),
                lexical=round(sparse_score.get(cid, 0.0), 4),
            )
        )
    return Retrieved(tuple(passages), vector, state.generation)


def _committed(cid: str, records: dict[str, Any]) -> bool:
    article_id, version, _ = split_chunk_id(cid)
    record = records.get(article_id)
    return record is not None and record.version == version


def _known_outlets(engine: Engine, wanted: Sequence[str]) -> tuple[str, ...]:
    """Map outlet filters to the spelling stored in the index, case-insensitively."""
    if not wanted:
        return ()
    stored = {o.casefold(): o for o in set(engine.current_lexical().outlets)}
    return tuple(stored.get(w.casefold().strip(), w.strip()) for w in wanted)


def _fuse(
    ids: list[str], dense: dict[str, float], sparse: dict[str, float], method: str, alpha: float, rrf_k: int
) -> dict[str, float]:
    if method == "rrf":
        fused = dict.fromkeys(ids, 0.0)
        for scores in (dense, sparse):
            ranked = sorted((i for i in ids if scores.get(i, 0.0) > 0), key=lambda i: -scores[i])
            for rank, cid in enumerate(ranked):
                fused[cid] += 1.0 / (rrf_k + rank + 1)
        top = max(fused.values()) or 1.0
        return {i: v / top for i, v in fused.items()}
    d = _minmax(ids, dense)
    s = _minmax(ids, sparse)
    return {i: alpha * d[i] + (1 - alpha) * s[i] for i in ids}


def _minmax(ids: list[str], scores: dict[str, float]) -> dict[str, float]:
    values = [scores.get(i, 0.0) for i in ids]
    low, high = min(values), max(values)
    span = high - low
    if span <= 1e-9:
        return dict.fromkeys(ids, 1.0 if high > 0 else 0.0)
    return {i: (scores.get(i, 0.0) - low) / span for i in ids}
