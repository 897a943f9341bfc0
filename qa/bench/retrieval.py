"""Side-by-side retrieval scoring: plain BM25, plain dense, plain RRF, the project's two sides, the project.

Every ranker maps a question to ranked chunk ids of one index; scoring
collapses them to article ids (an article ranks where its best chunk ranks,
i.e. max-pooling), so relevance is judged per article: per paragraph for
SQuAD, per abstract for SciFact. The plain baselines use library defaults
(bm25s with its own tokenizer and English stopwords, k1=1.5, b=0.75; Chroma's
nearest neighbours; RRF with k=60), so they stand for what a hand-rolled
pipeline would get. Metrics are ``qa.metrics`` (BEIR definitions).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from qa import metrics
from qa.bench.data import BenchQuestion
from qa.engine import Engine, engine_for
from qa.lexical import query_tokens
from qa.retrieve import retrieve
from qa.store import split_chunk_id

Ranker = Callable[[str], list[str]]  # question -> ranked chunk (or article) ids


@dataclass(frozen=True)
class RetrievalScores:
    name: str
    hit1: float
    hit3: float
    hit5: float
    hit10: float
    mrr: float  # MRR@10
    ndcg10: float
    recall100: float
    questions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def articles_of(chunk_ids: Sequence[str]) -> list[str]:
    """Article ids in the order of their best chunk (ids without '::' are taken as article ids already)."""
    return list(dict.fromkeys(split_chunk_id(c)[0] if "::" in c else c for c in chunk_ids))


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
        return dense_ranker(self.engine, self.depth)(question)

    def rrf(self, question: str, k: int = 60) -> list[str]:
        scores: dict[str, float] = {}
        for ranked in (self.bm25(question), self.dense(question)):
            for rank, cid in enumerate(ranked):
                scores[cid] = scores.get(cid, 0.0) + 1.0 / (k + rank + 1)
        return sorted(scores, key=lambda c: -scores[c])


def dense_ranker(engine: Engine, depth: int) -> Ranker:
    """The project's dense side alone: MiniLM vectors, Chroma cosine neighbours."""

    def rank(question: str) -> list[str]:
        vector = engine.embed([question])[0].tolist()
        return [row[0] for row in engine.store.query(vector, depth, None)]

    return rank


def lexical_ranker(engine: Engine, depth: int) -> Ranker:
    """The project's BM25 side alone: its stemmed terms, title + chunk, k1/b from the settings."""

    def rank(question: str) -> list[str]:
        lexical = engine.current_lexical()
        return [cid for cid, _ in lexical.top(lexical.scores(query_tokens(question)), depth)]

    return rank


def project_ranker(engine: Engine, depth: int = 100, candidates: int | None = None) -> Ranker:
    """The project's hybrid retrieval; ``candidates`` overrides how many each side proposes."""
    if candidates is not None and candidates != engine.settings.candidates:
        engine = engine_for(engine.settings.replace(candidates=candidates))

    def rank(question: str) -> list[str]:
        return [p.chunk_id for p in retrieve(engine, question, depth).passages]

    return rank


def evaluate(name: str, ranker: Ranker, questions: Sequence[BenchQuestion]) -> RetrievalScores:
    rows = []
    for q in questions:
        ranked = articles_of(ranker(q.question))
        rows.append(
            (
                metrics.hit_at(ranked, q.relevant, 1),
                metrics.hit_at(ranked, q.relevant, 3),
                metrics.hit_at(ranked, q.relevant, 5),
                metrics.hit_at(ranked, q.relevant, 10),
                metrics.reciprocal_rank(ranked, q.relevant, 10),
                metrics.ndcg_at(ranked, q.relevant, 10),
                metrics.recall_at(ranked, q.relevant, 100),
            )
        )
    means = [metrics.mean(col) for col in zip(*rows, strict=True)] if rows else [0.0] * 7
    return RetrievalScores(name, *means, questions=len(rows))


def table(rows: Sequence[RetrievalScores], recall: bool = False) -> list[str]:
    head = "| retrieval | hit@1 | hit@3 | hit@5 | hit@10 | MRR@10 | nDCG@10 |" + (" Recall@100 |" if recall else "")
    lines = [head, "|---|" + "---:|" * (7 if recall else 6)]
    for r in rows:
        cells = [r.hit1, r.hit3, r.hit5, r.hit10, r.mrr, r.ndcg10] + ([r.recall100] if recall else [])
        lines.append(f"| {r.name} | " + " | ".join(f"{v:.3f}" for v in cells) + " |")
    return lines
