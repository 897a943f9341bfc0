"""SQuAD v1.1 dev as an open corpus: retrieval side by side, and answer accuracy, EM and F1.

All 2,067 dev paragraphs are ingested as articles; a fixed random sample of
questions (seed 2026, 1,000 questions) is asked. Retrieval: plain BM25, plain
dense, plain RRF and the project's hybrid retrieval, paragraph-level hit@k.
Answers: answer_accuracy (a gold answer anywhere in the answer), SQuAD exact
match and token F1 of the best answer sentence (a whole sentence against a
short gold span, so EM is near 0 by construction: F1 is the informative
one), how often the first sentence contains a gold answer, next to a
baseline that picks the sentence most similar to the question (by embedding)
among the project's top-3 passages. ``--tune`` uses a disjoint sample (seed
7, 500 questions) for calibration.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qa import api, metrics
from qa.bench import data
from qa.bench.data import BenchQuestion, sample
from qa.bench.retrieval import PlainBaselines, RetrievalScores, evaluate, project_ranker, table
from qa.boundaries import sentence_spans
from qa.compose import CONFLICT_LEAD
from qa.engine import Engine, engine_for
from qa.errors import QAError
from qa.retrieve import retrieve
from qa.settings import Settings

EVAL_SEED, EVAL_SIZE = 2026, 1000
TUNE_SEED, TUNE_SIZE = 7, 500  # disjoint from the evaluation sample; for calibration only


@dataclass(frozen=True)
class SquadRun:
    retrieval: list[RetrievalScores]
    first_sentence: float
    embedding_baseline: float
    answer_accuracy: float
    questions: int
    ingest_seconds: float
    chunks: int
    exact_match: float = 0.0
    f1: float = 0.0
    refused: float = 0.0
    latency_p50_ms: float = 0.0
    sample: str = f"evaluation (seed {EVAL_SEED})"

    def markdown(self) -> str:
        return table_text(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "questions": self.questions,
            "sample": self.sample,
            "chunks": self.chunks,
            "ingest_seconds": round(self.ingest_seconds, 1),
            "retrieval": [r.to_dict() for r in self.retrieval],
            "answer_accuracy": self.answer_accuracy,
            "exact_match": self.exact_match,
            "f1": self.f1,
            "first_sentence": self.first_sentence,
            "embedding_baseline": self.embedding_baseline,
            "refused": self.refused,
            "latency_p50_ms": self.latency_p50_ms,
        }

    def chart(self, path: Path) -> None:
        from qa import charts

        rows = [(r.name, {"hit@1": r.hit1, "hit@5": r.hit5, "hit@10": r.hit10, "MRR@10": r.mrr}) for r in self.retrieval]
        charts.bars(rows, ["hit@1", "hit@5", "hit@10", "MRR@10"], path, f"SQuAD v1.1 dev open corpus: {self.questions} questions")


def prepare(settings: Settings, root: Path | None = None) -> tuple[Settings, list[BenchQuestion], float, int]:
    source = data.source(root, "squad", "dev-v1.1.json")
    bench = data.bench_settings(settings, "squad-v1.1", [source])
    questions = data.squad_corpus(source, bench.corpus_dir)
    report = api.ingest(bench)
    return bench, questions, report.seconds, report.chunks


def first_sentence(text: str) -> str:
    body = text.removeprefix(CONFLICT_LEAD).lstrip("\n- ")
    return re.split(r"\[\d+\]", body, maxsplit=1)[0]


def embedding_baseline(engine: Engine, question: str) -> str:
    passages = retrieve(engine, question, 3).passages
    sentences = [p.text[s:e] for p in passages for s, e in sentence_spans(p.text)]
    if not sentences:
        return ""
    vectors = engine.embed([question, *sentences])
    return sentences[int(np.argmax(vectors[1:] @ vectors[0]))]


def eval_sample(questions: list[BenchQuestion], size: int = EVAL_SIZE, tune: bool = False) -> list[BenchQuestion]:
    """The evaluation sample, or with ``tune`` the calibration sample, which never overlaps it."""
    if tune:
        return sample(questions, min(size, TUNE_SIZE), TUNE_SEED, exclude={q.id for q in sample(questions, EVAL_SIZE, EVAL_SEED)})
    return sample(questions, size, EVAL_SEED)


def calibration_set(data_root: Path | None = None) -> tuple[Settings, list[BenchQuestion]]:
    """Settings of the SQuAD index and the calibration sample the tuning scripts sweep over."""
    bench, questions, _, _ = prepare(Settings.from_env(progress=False), data_root)
    return bench, eval_sample(questions, TUNE_SIZE, tune=True)


def run(settings: Settings, data_root: Path | None = None, size: int = EVAL_SIZE, tune: bool = False) -> SquadRun:
    bench, questions, ingest_seconds, chunks = prepare(settings, data_root)
    eval_set = eval_sample(questions, size, tune)
    engine = engine_for(bench)
    plain = PlainBaselines(engine)
    retrieval = [
        evaluate("BM25 (bm25s defaults)", plain.bm25, eval_set),
        evaluate("dense (MiniLM, Chroma)", plain.dense, eval_set),
        evaluate("plain RRF (k=60)", plain.rrf, eval_set),
        evaluate("project hybrid", project_ranker(engine), eval_set),
    ]
    first, base, anywhere, em, f1, refused, latency = [], [], [], [], [], [], []
    for q in eval_set:
        answer = api.ask(q.question, settings=bench)
        first.append(metrics.contains_any(first_sentence(answer.text), q.answers))
        anywhere.append(metrics.contains_any(metrics.strip_markers(answer.text), q.answers) and not answer.refused)
        e, f = metrics.best_sentence(answer.text, q.answers) if not answer.refused else (0.0, 0.0)
        em.append(e)
        f1.append(f)
        refused.append(answer.refused)
        latency.append(answer.latency_ms)
        base.append(metrics.contains_any(embedding_baseline(engine, q.question), q.answers))
    m = metrics.mean
    label = f"calibration (seed {TUNE_SEED}, disjoint)" if tune else f"evaluation (seed {EVAL_SEED})"
    return SquadRun(
        retrieval,
        m(first),
        m(base),
        m(anywhere),
        len(eval_set),
        ingest_seconds,
        chunks,
        m(em),
        m(f1),
        m(refused),
        metrics.percentile(latency, 0.5),
        label,
    )


def table_text(result: SquadRun) -> str:
    lines = [
        f"SQuAD v1.1 dev, open corpus: {result.chunks} chunks, {result.questions} questions, {result.sample} sample",
        "",
        *table(result.retrieval),
        "",
        "| answer | value |",
        "|---|---:|",
        f"| answer_accuracy: a gold answer in the answer | {result.answer_accuracy:.3f} |",
        f"| exact match of the best answer sentence | {result.exact_match:.3f} |",
        f"| token F1 of the best answer sentence | {result.f1:.3f} |",
        f"| first sentence of the extractive answer holds a gold answer | {result.first_sentence:.3f} |",
        f"| baseline: sentence most similar to the question among the top-3 passages holds one | {result.embedding_baseline:.3f} |",
        f"| refused (every question is answerable) | {result.refused:.3f} |",
        f"| latency p50 (ms) | {result.latency_p50_ms:,.0f} |",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="benchmarks folder (default ../shared/benchmarks)")
    parser.add_argument("--size", type=int, default=EVAL_SIZE)
    parser.add_argument("--tune", action="store_true", help="use the disjoint calibration sample instead")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        result = run(Settings.from_env(), args.data, args.size, args.tune)
    except QAError as exc:
        return data.failed("qa.bench.squad", exc)
    print(result.markdown())
    print(f"\n(ingest {result.ingest_seconds:.0f}s, whole run {time.perf_counter() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
