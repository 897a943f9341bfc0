"""Side-by-side retrieval comparison: plain BM25, plain dense, plain RRF, and the project.

All four rank the same chunks of the same index; a question's hit is the
rank of the first chunk of a relevant article (paragraph-level for SQuAD).
The plain baselines use library defaults (bm25s with its own tokenizer and
English stopwords, k1=1.5, b=0.75; Chroma's nearest neighbours; RRF with
k=60), so they stand for what a hand-rolled pipeline would get.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qa import metrics
from qa.bench.data import BenchQuestion
from qa.engine import Engine
from qa.retrieve import retrieve
from qa.store import split_chunk_id

Ranker = Callable[[str], list[str]]  # question -> ranked article ids


@dataclass(frozen=True)
class RetrievalScores:
    name: str
    hit1: float
    hit3: float
    hit5: float
    hit10: float
    mrr: float
    ndcg10: float
    recall100: float


def _articles(chunk_ids: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(split_chunk_id(c)[0] for c in chunk_ids))


class PlainBaselines:
    """BM25 and dense retrieval with library defaults over the index's chunks."""

    def __init__(self, engine: Engine, depth: int = 100) -> None:
        import bm25s
        import Stemmer

        self.engine = engine
        self.depth = depth
        self.ids: list[str] = []
        texts: list[str] = []
        for cid, text, _ in engine.store.iter_chunks():
            self.ids.append(cid)
            texts.append(text)
        self._stemmer = Stemmer.Stemmer("english")
        self._bm25 = bm25s.BM25()
        self._bm25.index(bm25s.tokenize(texts, stopwords="en", stemmer=self._stemmer, show_progress=False), show_progress=False)

    def bm25(self, question: str) -> list[str]:
        import bm25s

        tokens = bm25s.tokenize([question], stopwords="en", stemmer=self._stemmer, show_progress=False)
        docs, _ = self._bm25.retrieve(tokens, k=min(self.depth, len(self.ids)), show_progress=False)
        return [self.ids[i] for i in docs[0]]

    def dense(self, question: str) -> list[str]:
        vector = self.engine.embed([question])[0].tolist()
        return [row[0] for row in self.engine.store.query(vector, self.depth, None)]

    def rrf(self, question: str, k: int = 60) -> list[str]:
        scores: dict[str, float] = {}
        for ranked in (self.bm25(question), self.dense(question)):
            for rank, cid in enumerate(ranked):
                scores[cid] = scores.get(cid, 0.0) + 1.0 / (k + rank + 1)
        return sorted(scores, key=lambda c: -scores[c])


def project_ranker(engine: Engine, depth: int = 100) -> Callable[[str], list[str]]:
    def rank(question: str) -> list[str]:
        return [p.chunk_id for p in retrieve(engine, question, depth).passages]

    return rank


def evaluate(name: str, ranker: Callable[[str], list[str]], questions: Sequence[BenchQuestion]) -> RetrievalScores:
    rows = []
    for q in questions:
        ranked = _articles(ranker(q.question))
        rows.append((
            metrics.hit_at(ranked, q.relevant, 1), metrics.hit_at(ranked, q.relevant, 3), metrics.hit_at(ranked, q.relevant, 5),
            metrics.hit_at(ranked, q.relevant, 10), metrics.reciprocal_rank(ranked, q.relevant),
            metrics.ndcg_at(ranked, q.relevant, 10), metrics.recall_at(ranked, q.relevant, 100),
        ))
    means = [metrics.mean(col) for col in zip(*rows, strict=True)] if rows else [0.0] * 7
    return RetrievalScores(name, *means)
