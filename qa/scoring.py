"""Score one evaluation question: its answer against the gold answers and evidence, its ranking against relevance.

``score`` turns an ``Answer`` and the question's top-10 ranking into a
``Result`` (the ``qa.summary.Outcome`` plus what the report shows: the
retrieved passages, which citations were relevant, why it failed). A passage
is relevant when it contains a gold evidence string after normalisation.
Running questions lives in ``qa.evaluate``; aggregation in ``qa.summary``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qa import metrics
from qa.questions import Question
from qa.summary import Outcome, retrieval_scores
from qa.text import normalize
from qa.types import Answer


@dataclass(frozen=True)
class Ranked:
    """One passage of a question's top 10, as the failure list shows it."""

    rank: int
    chunk_id: str
    article_id: str
    title: str
    score: float
    relevant: bool
    text: str


@dataclass(frozen=True)
class Result:
    question: Question
    answer: Answer | None
    outcome: Outcome
    retrieved: tuple[Ranked, ...]
    cited_relevant: tuple[bool, ...]  # per citation: contains gold evidence or a gold answer
    error: str = ""

    def failures(self) -> list[str]:
        """Why this question counts against the run; empty when nothing went wrong."""
        o, q = self.outcome, self.question
        reasons = []
        if self.error:
            reasons.append(f"error: {self.error}")
        elif q.answerable and o.refused:
            reasons.append("refused an answerable question")
        elif q.answerable and not o.correct:
            reasons.append("no gold answer in the answer")
        elif not q.answerable and not o.refused:
            reasons.append("answered an unanswerable question")
        if o.evidence_hit is False and not o.refused:
            reasons.append("no cited passage contains the evidence")
        if o.retrieval is not None and o.retrieval["hit@10"] == 0:
            reasons.append("no relevant passage in the top 10")
        if o.evidence_missing:
            reasons.append("its evidence is in no indexed passage (check the question set or the chunking)")
        if not o.markers_resolve:
            reasons.append("a [n] marker names no citation")
        return reasons

    def to_dict(self) -> dict[str, Any]:
        a, q, o = self.answer, self.question, self.outcome
        citations = (
            []
            if a is None
            else [
                {
                    "number": c.number,
                    "article_id": c.article_id,
                    "title": c.title,
                    "start": c.start,
                    "end": c.end,
                    "score": c.score,
                    "relevant": rel,
                }
                for c, rel in zip(a.citations, self.cited_relevant, strict=True)
            ]
        )
        return {
            "id": q.id,
            "kind": q.kind,
            "question": q.question,
            "answerable": q.answerable,
            "gold": list(q.answers),
            "answer": "" if a is None else a.text,
            "refused": o.refused,
            "conflicting": bool(a and a.conflicting),
            "citations": citations,
            "correct": o.correct,
            "evidence_hit": o.evidence_hit,
            "citation_precision": o.citation_precision,
            "exact_match": o.exact_match,
            "f1": round(o.f1, 4),
            "markers_resolve": o.markers_resolve,
            "retrieval": dict(o.retrieval) if o.retrieval is not None else None,
            "latency_ms": o.latency_ms,
            "query": "" if a is None else a.query,
            "retrieved": [dataclasses.asdict(r) | {"text": r.text[:240]} for r in self.retrieved],
            "failures": self.failures(),
            "error": self.error or None,
        }


def relevant_chunks(chunks: dict[str, str], evidence: Sequence[str]) -> dict[str, float]:
    wanted = [normalize(e) for e in evidence if normalize(e)]
    return {cid: 1.0 for cid, text in chunks.items() if any(w in text for w in wanted)}


def score(
    q: Question,
    answer: Answer | None,
    ranked: Sequence[tuple[str, str, str, float, str]],
    relevant: dict[str, float],
    error: str = "",
) -> Result:
    """One question's outcome. ``ranked`` holds (chunk id, article id, title, score, text) of the top passages."""
    retrieval = retrieval_scores([r[0] for r in ranked], relevant)
    top = tuple(Ranked(i, cid, aid, title, s, cid in relevant, text) for i, (cid, aid, title, s, text) in enumerate(ranked, 1))
    missing = bool(q.answerable and q.evidence and not relevant)
    if answer is None:
        outcome = Outcome(
            q.id,
            q.kind,
            q.answerable,
            False,
            False,
            0.0,
            0.0,
            False if q.answerable and q.evidence else None,
            None,
            True,
            0.0,
            retrieval,
            error,
            missing,
        )
        return Result(q, None, outcome, top, (), error)
    gold = (*q.evidence, *q.answers)
    cited = tuple(metrics.contains_any(c.text, gold) for c in answer.citations)
    if q.answerable:
        correct = not answer.refused and metrics.contains_any(metrics.strip_markers(answer.text), q.answers)
        em, f1 = metrics.best_sentence(answer.text, q.answers) if not answer.refused else (0.0, 0.0)
        hit = any(metrics.contains_any(c.text, q.evidence) for c in answer.citations) if q.evidence else None
        precision = metrics.mean(cited) if cited else None
    else:
        correct, em, f1, hit, precision = answer.refused, 0.0, 0.0, None, None
    outcome = Outcome(
        q.id,
        q.kind,
        q.answerable,
        correct,
        answer.refused,
        em,
        f1,
        hit,
        precision,
        metrics.markers_resolve(answer.text, [c.number for c in answer.citations]),
        answer.latency_ms,
        retrieval,
        evidence_missing=missing,
    )
    return Result(q, answer, outcome, top, cited)
