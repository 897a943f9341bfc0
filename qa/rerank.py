"""Sentence-level rerank of the head of the fused ranking.

A passage usually answers a question in one sentence, while the fused score
judges the passage as a whole. So the first ``Settings.rerank_depth`` fused
passages are reordered by fused score plus two sentence features: the
cosine between the query and the passage's best-covering sentences, and that
best weighted word coverage (BM25 idf). Only ``rerank_sentences`` sentences
per passage are embedded, through the engine's sentence cache that the
extractive answerer reads too, so the sentences it later scores are mostly
embedded already. Passages below the head keep their fused order. Weights
were chosen on SQuAD's calibration sample (``scripts/tune_rerank.py``).
Fusion itself lives in ``qa.retrieve``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qa.boundaries import sentence_spans
from qa.engine import Engine
from qa.lexical import LexicalIndex
from qa.text import coverage, terms


@dataclass(frozen=True)
class Head:
    """One fused passage as the rerank sees it; ``start`` is its offset in the article."""

    chunk_id: str
    text: str
    start: int
    fused: float


def rerank(engine: Engine, lexical: LexicalIndex, query: str, query_vector: np.ndarray, head: Sequence[Head]) -> list[str]:
    """Chunk ids of ``head`` in their new order (unchanged when the rerank is off)."""
    settings = engine.settings
    if settings.rerank_depth < 2 or len(head) < 2:
        return [h.chunk_id for h in head]
    weights = query_weights(query, lexical)
    keys: list[tuple[str, int, int]] = []
    texts: list[str] = []
    owner: list[int] = []
    best_cover = np.zeros(len(head))
    for i, h in enumerate(head):
        for cover, s, e in best_sentences(h.text, weights, settings.rerank_sentences):
            keys.append((h.chunk_id, h.start + s, h.start + e))
            texts.append(h.text[s:e])
            owner.append(i)
            best_cover[i] = max(best_cover[i], cover)
    best_cosine = np.zeros(len(head))
    if keys:
        cosines = engine.sentence_vectors(keys, texts) @ query_vector
        for i, cosine in zip(owner, cosines, strict=True):
            best_cosine[i] = max(best_cosine[i], float(cosine))
    score = [
        h.fused + settings.rerank_cosine * best_cosine[i] + settings.rerank_coverage * best_cover[i] for i, h in enumerate(head)
    ]
    return [head[i].chunk_id for i in sorted(range(len(head)), key=lambda i: -score[i])]


def query_weights(query: str, lexical: LexicalIndex) -> dict[str, float]:
    """Each query term weighted by its idf in the index: rare words say more about where the answer is."""
    return {term: lexical.idf(term) for term in terms(query)}


def best_sentences(text: str, weights: dict[str, float], keep: int) -> list[tuple[float, int, int]]:
    """(coverage, start, end) of the ``keep`` sentences covering most of the query's weight."""
    if not sum(weights.values()):
        return []
    scored = [(coverage(set(terms(text[s:e])), weights), s, e) for s, e in sentence_spans(text)]
    scored.sort(key=lambda row: -row[0])  # stable: ties keep reading order
    return scored[:keep]
