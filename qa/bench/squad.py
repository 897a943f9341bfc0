"""SQuAD v1.1 dev as an open corpus: retrieval side by side, and answer-sentence accuracy.

All 2,067 dev paragraphs are ingested as articles; a fixed random sample of
questions (seed 2026) is asked. Retrieval: plain BM25, plain dense, plain
RRF and the project's hybrid retrieval, paragraph-level hit@k. Answers: how
often the first sentence of the extractive answer contains a gold answer,
next to a baseline that picks the sentence most similar to the question (by
embedding) among the project's top-3 passages.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import api, metrics
from qa.answer import CONFLICT_LEAD
from qa.bench.data import DEFAULT_ROOT, BenchQuestion, sample, squad_corpus
from qa.bench.retrieval import PlainBaselines, RetrievalScores, evaluate, project_ranker
from qa.engine import Engine, engine_for
from qa.retrieve import retrieve
from qa.settings import Settings
from qa.text import sentence_spans

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


def prepare(settings: Settings, data: Path | None = None) -> tuple[Settings, list[BenchQuestion], float, int]:
    source = (data or DEFAULT_ROOT) / "squad" / "dev-v1.1.json"
    root = settings.index_dir / "bench" / "squad-v1.1"
    bench = settings.replace(corpus_dir=root / "corpus", index_dir=root / "index", progress=settings.progress)
    questions = squad_corpus(source, bench.corpus_dir)
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


def run(settings: Settings, data: Path | None = None, size: int = EVAL_SIZE, tune: bool = False) -> SquadRun:
    bench, questions, ingest_seconds, chunks = prepare(settings, data)
    eval_set = sample(questions, size, EVAL_SEED)
    if tune:
        eval_set = sample(questions, TUNE_SIZE, TUNE_SEED, exclude={q.id for q in sample(questions, EVAL_SIZE, EVAL_SEED)})
    engine = engine_for(bench)
    plain = PlainBaselines(engine)
    retrieval = [
        evaluate("BM25 (bm25s defaults)", plain.bm25, eval_set),
        evaluate("dense (MiniLM, Chroma)", plain.dense, eval_set),
        evaluate("plain RRF (k=60)", plain.rrf, eval_set),
        evaluate("project hybrid", project_ranker(engine), eval_set),
    ]
    first = base = anywhere = 0
    for q in eval_set:
        answer = api.ask(q.question, settings=bench)
        first += metrics.contains_any(first_sentence(answer.text), q.answers)
        anywhere += metrics.contains_any(answer.text, q.answers)
        base += metrics.contains_any(embedding_baseline(engine, q.question), q.answers)
    n = len(eval_set)
    return SquadRun(retrieval, first / n, base / n, anywhere / n, n, ingest_seconds, chunks)


def table(result: SquadRun) -> str:
    lines = [
        f"SQuAD v1.1 dev, open corpus: {result.chunks} chunks, {result.questions} questions (seed {EVAL_SEED})",
        "",
        "| retrieval | hit@1 | hit@3 | hit@5 | hit@10 | MRR |",
        "|---|---|---|---|---|---|",
    ]
    for r in result.retrieval:
        lines.append(f"| {r.name} | {r.hit1:.3f} | {r.hit3:.3f} | {r.hit5:.3f} | {r.hit10:.3f} | {r.mrr:.3f} |")
    lines += [
        "",
        "| answer | gold answer in it |",
        "|---|---|",
        f"| first sentence of the extractive answer | {result.first_sentence:.3f} |",
        f"| baseline: sentence most similar to the question among the top-3 passages | {result.embedding_baseline:.3f} |",
        f"| whole extractive answer | {result.answer_accuracy:.3f} |",
    ]
    return "\n".join(lines)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="benchmarks folder (default ../shared/benchmarks)")
    parser.add_argument("--size", type=int, default=EVAL_SIZE)
    parser.add_argument("--tune", action="store_true", help="use the disjoint calibration sample instead")
    args = parser.parse_args()
    started = time.perf_counter()
    result = run(Settings.from_env(), args.data, args.size, args.tune)
    print(table(result))
    print(f"\n(ingest {result.ingest_seconds:.0f}s, whole run {time.perf_counter() - started:.0f}s)")


if __name__ == "__main__":
    main()
