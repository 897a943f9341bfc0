"""Aggregate per-question evaluation outcomes into metrics, sliced by kind, and compare two runs.

Pure functions over plain values: ``summarize`` turns a list of ``Outcome``
into the summary dict the report prints (a metric whose denominator is empty
is ``None``, shown as n/a, never 0), and ``compare`` diffs two summaries and
flags regressions beyond a tolerance. Running questions lives in
``qa.evaluate``; formatting in ``qa.report``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from qa import metrics

# name, one-line definition (docs/evaluation.md carries the same lines).
ANSWER_METRICS = (
    ("overall_accuracy", "share of questions handled right: a gold answer in the answer, or a refusal when unanswerable"),
    ("answer_accuracy", "answerable questions whose answer contains a gold answer (normalised substring)"),
    ("exact_match", "SQuAD exact match of the best answer sentence against the gold answers (answerable)"),
    ("f1", "SQuAD token F1 of the best answer sentence against the gold answers (answerable)"),
    ("refusal_accuracy", "unanswerable questions that were refused"),
    ("false_refusal_rate", "answerable questions that were refused (lower is better)"),
)
CITATION_METRICS = (
    ("evidence_hit_rate", "answerable questions with evidence where some cited passage contains a gold evidence string"),
    ("citation_precision", "per answered answerable question, share of cited passages containing gold evidence or a gold answer"),
    ("markers_resolve", "answers in which every [n] marker names one of the answer's citations"),
)
RETRIEVAL_METRICS = (
    ("hit@1", "a relevant passage (one containing gold evidence) is ranked first"),
    ("hit@3", "a relevant passage is among the first 3"),
    ("hit@5", "a relevant passage is among the first 5"),
    ("hit@10", "a relevant passage is among the first 10"),
    ("mrr", "mean of 1/rank of the first relevant passage within the first 10 (MRR@10)"),
    ("ndcg@10", "nDCG@10, BEIR definition: linear gains, log2 discount, ideal order from all relevant passages in the index"),
)
COST_METRICS = (
    ("latency_p50_ms", "median time of qa.ask per question, warm engine (lower is better)"),
    ("latency_p95_ms", "95th percentile of the same (lower is better)"),
    ("ingest_seconds", "time of this run's ingest (near 0 when the cached eval index was already current)"),
    ("chunks", "chunks in the index"),
)
LOWER_IS_BETTER = frozenset({"false_refusal_rate", "latency_p50_ms", "latency_p95_ms", "ingest_seconds", "errors"})
# Counts and sizes: shown, never called a regression.
NOT_COMPARED = frozenset({"questions", "answerable", "unanswerable", "chunks", "evidence_missing", "ingest_seconds"})
LATENCY = frozenset({"latency_p50_ms", "latency_p95_ms"})
RANKS = (1, 3, 5, 10)


@dataclass(frozen=True)
class Outcome:
    """What one question scored; ``None`` where a metric does not apply to it."""

    id: str
    kind: str
    answerable: bool
    correct: bool
    refused: bool
    exact_match: float
    f1: float
    evidence_hit: bool | None  # None: unanswerable, or no evidence given
    citation_precision: float | None  # None: no citations, or unanswerable
    markers_resolve: bool
    latency_ms: float
    retrieval: Mapping[str, float] | None = None  # None: no relevant passage in the index
    error: str = ""
    evidence_missing: bool = False  # evidence given, but no indexed passage contains it


def retrieval_scores(ranked: Sequence[str], relevant: Mapping[str, float]) -> dict[str, float] | None:
    """hit@1/3/5/10, MRR@10 and nDCG@10 of one ranking, or None when nothing is relevant."""
    if not any(g > 0 for g in relevant.values()):
        return None
    scores = {f"hit@{k}": metrics.hit_at(ranked, relevant, k) for k in RANKS}
    scores["mrr"] = metrics.reciprocal_rank(ranked, relevant, 10)
    scores["ndcg@10"] = metrics.ndcg_at(ranked, relevant, 10)
    return scores


def _rate(values: Sequence[float | bool | None]) -> float | None:
    kept = [float(v) for v in values if v is not None]
    return metrics.mean(kept) if kept else None


def summarize(
    outcomes: Sequence[Outcome], *, ingest_seconds: float | None = None, chunks: int | None = None, by_kind: bool = True
) -> dict[str, Any]:
    """The metrics of a set of outcomes; ``by_kind`` adds the same per kind label."""
    done = [o for o in outcomes if not o.error]
    answerable = [o for o in done if o.answerable]
    unanswerable = [o for o in done if not o.answerable]
    latencies = [o.latency_ms for o in done]
    out: dict[str, Any] = {
        "questions": len(outcomes),
        "answerable": sum(o.answerable for o in outcomes),
        "unanswerable": sum(not o.answerable for o in outcomes),
        "errors": len(outcomes) - len(done),
        "evidence_missing": sum(o.evidence_missing for o in outcomes),
        "overall_accuracy": _rate([o.correct for o in outcomes]),  # an error counts as wrong
        "answer_accuracy": _rate([o.correct for o in answerable]),
        "exact_match": _rate([o.exact_match for o in answerable]),
        "f1": _rate([o.f1 for o in answerable]),
        "refusal_accuracy": _rate([o.refused for o in unanswerable]),
        "false_refusal_rate": _rate([o.refused for o in answerable]),
        "evidence_hit_rate": _rate([o.evidence_hit for o in answerable]),
        "citation_precision": _rate([o.citation_precision for o in answerable]),
        "markers_resolve": _rate([o.markers_resolve for o in done]),
    }
    ranked = [o.retrieval for o in done if o.retrieval is not None]
    for name, _ in RETRIEVAL_METRICS:
        out[name] = metrics.mean(r[name] for r in ranked) if ranked else None
    out["latency_p50_ms"] = round(metrics.percentile(latencies, 0.5), 1) if latencies else None
    out["latency_p95_ms"] = round(metrics.percentile(latencies, 0.95), 1) if latencies else None
    if ingest_seconds is not None:
        out["ingest_seconds"] = round(ingest_seconds, 2)
    if chunks is not None:
        out["chunks"] = chunks
    if by_kind:
        kinds = sorted({o.kind for o in outcomes})
        out["by_kind"] = {k: summarize([o for o in outcomes if o.kind == k], by_kind=False) for k in kinds}
    return out


@dataclass(frozen=True)
class Change:
    metric: str
    kind: str  # "" for the whole set
    before: float
    after: float
    regression: bool

    @property
    def delta(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class Comparison:
    previous: str  # the previous run's folder name
    changes: tuple[Change, ...]
    newly_failing: tuple[str, ...] = ()  # question ids right before, wrong now
    newly_passing: tuple[str, ...] = ()
    settings_changed: tuple[tuple[str, Any, Any], ...] = field(default=())  # (name, before, after)

    @property
    def regressions(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.regression)

    def to_dict(self) -> dict[str, Any]:
        return {
            "previous": self.previous,
            "regressions": [f"{c.kind + ': ' if c.kind else ''}{c.metric}" for c in self.regressions],
            "changes": [
                {
                    "metric": c.metric,
                    "kind": c.kind or None,
                    "before": c.before,
                    "after": c.after,
                    "delta": round(c.delta, 4),
                    "regression": c.regression,
                }
                for c in self.changes
            ],
            "newly_failing": list(self.newly_failing),
            "newly_passing": list(self.newly_passing),
            "settings_changed": [{"setting": n, "before": b, "after": a} for n, b, a in self.settings_changed],
        }


def is_regression(metric: str, before: float, after: float, tolerance: float, latency_tolerance: float) -> bool:
    """Worse by more than ``tolerance`` (absolute, for rates), or for latency by more than
    ``latency_tolerance`` relative and 50 ms absolute (timings on a shared machine are noisy)."""
    if metric in NOT_COMPARED:
        return False
    if metric in LATENCY:
        return after > before * (1 + latency_tolerance) and after - before > 50
    worse = after - before if metric in LOWER_IS_BETTER else before - after
    return worse > tolerance + 1e-9


def compare(
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    *,
    previous: str,
    tolerance: float = 0.02,
    latency_tolerance: float = 0.5,
    before_correct: Mapping[str, bool] | None = None,
    after_correct: Mapping[str, bool] | None = None,
    before_settings: Mapping[str, Any] | None = None,
    after_settings: Mapping[str, Any] | None = None,
) -> Comparison:
    """Metric-by-metric changes between two summaries (overall and per kind), regressions flagged."""
    changes: list[Change] = []

    def diff(old: Mapping[str, Any], new: Mapping[str, Any], kind: str) -> None:
        for name, value in new.items():
            prior = old.get(name)
            if name == "by_kind" or not isinstance(value, int | float) or not isinstance(prior, int | float):
                continue
            if value == prior and name in NOT_COMPARED:
                continue
            changes.append(
                Change(
                    name,
                    kind,
                    float(prior),
                    float(value),
                    is_regression(name, float(prior), float(value), tolerance, latency_tolerance),
                )
            )

    diff(before, after, "")
    for kind, new in (after.get("by_kind") or {}).items():
        diff((before.get("by_kind") or {}).get(kind, {}), new, kind)
    old_ok, new_ok = before_correct or {}, after_correct or {}
    failing = tuple(q for q, ok in new_ok.items() if not ok and old_ok.get(q) is True)
    passing = tuple(q for q, ok in new_ok.items() if ok and old_ok.get(q) is False)
    old_s, new_s = before_settings or {}, after_settings or {}
    changed = tuple((k, old_s.get(k), new_s.get(k)) for k in sorted(set(old_s) | set(new_s)) if old_s.get(k) != new_s.get(k))
    return Comparison(previous, tuple(changes), failing, passing, changed)
