"""SQuAD v2.0 dev: calibrate the refusal threshold (``min_support``) on data, and plot the trade-off.

All 1,204 dev-v2.0 paragraphs are ingested as an open corpus. Two disjoint,
class-balanced samples are drawn: a calibration sample (seed 7) and an
evaluation sample (seed 2026), each half ``is_impossible`` questions and half
answerable ones. For every question, retrieval and the sentence features
(``qa.answer.features``) are computed once; ``qa.answer.decide`` is then re-run
for each threshold from 0.00 to 0.80, so the sweep costs no extra retrieval.
At each threshold: refusal accuracy (impossible questions refused), false-
refusal rate (answerable questions refused) and answer accuracy (answerable
questions whose answer holds a gold answer).

Two thresholds are calibrated on the calibration sample: the one with the
best balanced accuracy, (refusal accuracy + 1 - false-refusal rate) / 2, and
the one refusing the most impossible questions while adding at most 0.05 to
the false-refusal rate of threshold 0 (a budget for a reader who would rather
get an answer). The evaluation sample reports both next to the configured
``min_support``, so no point is scored on the questions that chose it. The answerer also refuses,
at any threshold, when the question asks for a kind of value (a date, a
count) that no top sentence holds, so the curve does not reach 0 refusals.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa import answer as extractive
from qa import metrics
from qa.bench import data
from qa.bench.data import BenchQuestion
from qa.engine import Engine, engine_for
from qa.retrieve import retrieve
from qa.settings import Settings

CALIBRATION_SEED, EVAL_SEED = 7, 2026
SIZE = 600  # per sample, half impossible and half answerable
THRESHOLDS = tuple(round(t * 0.01, 2) for t in range(0, 81))
# The budgeted point may add at most this much false-refusal rate to what threshold 0 already refuses.
FALSE_REFUSAL_BUDGET = 0.05


@dataclass(frozen=True)
class Point:
    threshold: float
    refusal_accuracy: float
    false_refusal_rate: float
    answer_accuracy: float

    @property
    def balanced(self) -> float:
        return (self.refusal_accuracy + 1 - self.false_refusal_rate) / 2

    def to_dict(self) -> dict[str, float]:
        return {
            "threshold": self.threshold,
            "refusal_accuracy": self.refusal_accuracy,
            "false_refusal_rate": self.false_refusal_rate,
            "answer_accuracy": self.answer_accuracy,
            "balanced_accuracy": self.balanced,
        }


@dataclass(frozen=True)
class Squad2Run:
    calibration: list[Point]
    evaluation: list[Point]  # empty with --tune
    current: float
    chosen: float  # best balanced accuracy on the calibration sample
    budgeted: float  # most refusals within the false-refusal budget, on the calibration sample
    sizes: tuple[int, int]
    chunks: int
    ingest_seconds: float

    def at(self, points: list[Point], threshold: float) -> Point:
        return min(points, key=lambda p: abs(p.threshold - threshold))

    def markdown(self) -> str:
        shown = self.evaluation or self.calibration
        which = "evaluation" if self.evaluation else "calibration"
        lines = [
            f"SQuAD v2.0 dev, open corpus ({self.chunks} chunks): calibration sample {self.sizes[0]} questions (seed "
            f"{CALIBRATION_SEED}), evaluation sample {self.sizes[1]} (seed {EVAL_SEED}), each half is_impossible",
            "",
            f"Calibrated min_support (best balanced accuracy on the calibration sample): {self.chosen:.2f}; within a "
            f"false-refusal budget of +{FALSE_REFUSAL_BUDGET:.2f} over threshold 0: {self.budgeted:.2f}; configured: "
            f"{self.current:.2f}.",
            "",
            f"| threshold ({which} sample) | refusal accuracy (impossible) | false-refusal rate (answerable) | "
            "answer accuracy (answerable) | balanced accuracy |",
            "|---|---:|---:|---:|---:|",
        ]
        marks = {"configured": self.current, "balanced": self.chosen, "budgeted": self.budgeted}
        for t in sorted({0.0, 0.2, 0.3, 0.4, 0.5, 0.6, *marks.values()}):
            p = self.at(shown, t)
            label = " + ".join(name for name, k in marks.items() if abs(k - t) < 1e-9)
            lines.append(
                f"| {p.threshold:.2f}{f' ({label})' if label else ''} | {p.refusal_accuracy:.3f} | "
                f"{p.false_refusal_rate:.3f} | {p.answer_accuracy:.3f} | {p.balanced:.3f} |"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "current": self.current,
            "chosen": self.chosen,
            "budgeted": self.budgeted,
            "sizes": list(self.sizes),
            "chunks": self.chunks,
            "ingest_seconds": round(self.ingest_seconds, 1),
            "calibration": [p.to_dict() for p in self.calibration],
            "evaluation": [p.to_dict() for p in self.evaluation],
        }

    def chart(self, path: Path) -> None:
        from qa import charts

        points = self.evaluation or self.calibration
        which = "evaluation" if self.evaluation else "calibration"
        charts.threshold_curve(
            [p.to_dict() for p in points],
            {"configured": self.current, "best balanced accuracy": self.chosen, "false-refusal budget": self.budgeted},
            path,
            f"SQuAD v2.0 dev, {which} sample ({len(points) and self.sizes[1 if self.evaluation else 0]} questions)",
        )


def balanced_sample(questions: list[BenchQuestion], size: int, seed: int, exclude: set[str] = frozenset()) -> list[BenchQuestion]:
    impossible = [q for q in questions if not q.answerable]
    answerable = [q for q in questions if q.answerable]
    half = size // 2
    return data.sample(impossible, half, seed, exclude) + data.sample(answerable, size - half, seed, exclude)


Featurized = tuple[BenchQuestion, Any, list[Any]]


def featurize(engine: Engine, questions: list[BenchQuestion]) -> list[Featurized]:
    """Retrieval and sentence features once per question; thresholds are applied later."""
    rows = []
    for q in questions:
        retrieved = retrieve(engine, q.question, engine.settings.top_k)
        kind, shortlist = extractive.features(q.question, "", retrieved, engine)
        rows.append((q, kind, shortlist))
    return rows


def sweep(rows: list[Featurized], max_sentences: int, thresholds: tuple[float, ...] = THRESHOLDS) -> list[Point]:
    points = []
    for t in thresholds:
        refused_impossible, refused_answerable, correct = [], [], []
        for q, kind, shortlist in rows:
            # decide() re-scores the shortlist from its features each call, so reusing it is safe.
            a = extractive.decide(q.question, q.question, kind, shortlist, t, max_sentences)
            if q.answerable:
                refused_answerable.append(a.refused)
                correct.append(not a.refused and metrics.contains_any(metrics.strip_markers(a.text), q.answers))
            else:
                refused_impossible.append(a.refused)
        m = metrics.mean
        points.append(Point(t, m(refused_impossible), m(refused_answerable), m(correct)))
    return points


def choose(points: list[Point]) -> float:
    """The threshold with the best balanced accuracy; ties go to the lower threshold (fewer refusals)."""
    return max(points, key=lambda p: (round(p.balanced, 6), -p.threshold)).threshold


def choose_budgeted(points: list[Point], budget: float = FALSE_REFUSAL_BUDGET) -> float:
    """The threshold refusing the most impossible questions while adding at most ``budget`` false refusals
    to those of the lowest threshold (which refuses only on the asked-kind check); ties go lower."""
    floor = min(points, key=lambda p: p.threshold).false_refusal_rate
    allowed = [p for p in points if p.false_refusal_rate <= floor + budget + 1e-9]
    return max(allowed, key=lambda p: (round(p.refusal_accuracy, 6), -p.threshold)).threshold


def run(settings: Settings, root: Path | None = None, size: int = SIZE, tune: bool = False) -> Squad2Run:
    source = data.source(root, "squad", "dev-v2.0.json")
    bench = data.bench_settings(settings, "squad-v2.0", [source])
    questions = data.squad_corpus(source, bench.corpus_dir)
    report = data.ingest(bench).ingest
    engine = engine_for(bench)
    evaluation_set = balanced_sample(questions, size, EVAL_SEED)
    calibration_set = balanced_sample(questions, size, CALIBRATION_SEED, exclude={q.id for q in evaluation_set})
    calibration = sweep(featurize(engine, calibration_set), bench.max_answer_sentences)
    chosen = choose(calibration)
    evaluation = [] if tune else sweep(featurize(engine, evaluation_set), bench.max_answer_sentences)
    return Squad2Run(
        calibration,
        evaluation,
        settings.min_support,
        chosen,
        choose_budgeted(calibration),
        (len(calibration_set), len(evaluation_set)),
        report.chunks,
        report.seconds,
    )
