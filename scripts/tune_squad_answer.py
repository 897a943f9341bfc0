"""Sweep answer weights for SQuAD first-sentence accuracy on the calibration sample, next to the seed set.

Usage: .venv/bin/python scripts/tune_squad_answer.py
Features are computed once per question (SQuAD calibration sample, disjoint
from the 1,000 evaluation questions, and evals/seed_questions.jsonl); each
weight combination then only re-decides. Prints the best combinations by
SQuAD first-sentence accuracy with the seed set's accuracy/refusal beside
them, so neither is traded away unseen. It only prints.
"""

from __future__ import annotations

import copy
import itertools
from pathlib import Path

import qa
from qa import answer, followup, metrics, questions
from qa.bench.data import sample
from qa.bench.squad import EVAL_SEED, EVAL_SIZE, TUNE_SEED, TUNE_SIZE, first_sentence, prepare
from qa.engine import engine_for
from qa.retrieve import retrieve

ROOT = Path(__file__).resolve().parents[1]


def featurize(settings: qa.Settings, items: list[tuple[str, str, list]]) -> list:
    engine = engine_for(settings)
    rows = []
    for question, history, extra in items:
        query, borrowed = followup.fold(question, followup.parse_history(history))
        kind, shortlist = answer.features(question, borrowed, retrieve(engine, query, settings.top_k), engine)
        rows.append((question, kind, shortlist, extra))
    return rows


def main() -> None:
    base = qa.Settings.from_env(progress=False)
    bench, squad, _, _ = prepare(base)
    held_out = {q.id for q in sample(squad, EVAL_SIZE, EVAL_SEED)}
    tune = sample(squad, TUNE_SIZE, TUNE_SEED, exclude=held_out)
    squad_rows = featurize(bench, [(q.question, [], q.answers) for q in tune])
    seed_settings = base.replace(corpus_dir=ROOT / "corpus")
    qa.ingest(seed_settings)
    seed_qs = questions.load(ROOT / "evals/seed_questions.jsonl")
    seed_rows = featurize(seed_settings, [(q.question, list(q.history), q) for q in seed_qs])
    results = []
    grid = itertools.product((0.3, 0.45, 0.6), (0.2, 0.35, 0.5), (0.1, 0.2, 0.3), (0.04, 0.1), (0.3, 0.33, 0.36))
    for cov, cos, ps, bonus, min_support in grid:
        w = answer.Weights(coverage=cov, cosine=cos, passage=ps, type_bonus=bonus, type_penalty=bonus * 1.5)
        first = sum(
            metrics.contains_any(first_sentence(answer.decide(q, q, k, copy.deepcopy(sl), min_support, 3, w).text), golds)
            for q, k, sl, golds in squad_rows
        ) / len(squad_rows)
        acc = ref = 0
        for q, k, sl, item in seed_rows:
            a = answer.decide(q, q, k, copy.deepcopy(sl), min_support, 3, w)
            if item.answerable:
                acc += metrics.contains_any(a.text, item.answers)
            else:
                ref += a.refused
        n_ans = sum(item.answerable for *_, item in seed_rows)
        results.append((first, acc / n_ans, ref / (len(seed_rows) - n_ans), min_support, w))
    results.sort(key=lambda r: (r[0], r[1] + r[2]), reverse=True)
    for first, acc, ref, min_support, w in results[:15]:
        print(
            f"squad_first={first:.3f} seed_acc={acc:.3f} seed_refusal={ref:.3f} min_support={min_support} "
            f"cov={w.coverage} cos={w.cosine} passage={w.passage} bonus={w.type_bonus}"
        )


if __name__ == "__main__":
    main()
