"""Sweep the extractive answerer's weights over question sets and print the best settings.

Usage: .venv/bin/python scripts/tune_answer.py evals/seed_questions.jsonl [--check evals/holdout_questions.jsonl]

Sentence features are computed once per question (retrieval + embeddings);
the sweep then re-runs only ``answer.decide`` for each weight combination.
Objective on the tuning set: answer accuracy (answerable) + refusal accuracy
(unanswerable) + evidence hits, ties broken toward fewer sentences. The
``--check`` set is scored with the winner only, never used to choose. It
prints; copy chosen values into qa/answer.py (Weights) and qa/settings.py
(min_support) by hand.
"""

from __future__ import annotations

import argparse
import copy
import itertools
from pathlib import Path

import qa
from qa import answer, followup, metrics, questions
from qa.engine import engine_for
from qa.retrieve import retrieve


def featurize(qs: list[questions.Question], settings: qa.Settings) -> list[tuple[questions.Question, object, list]]:
    engine = engine_for(settings)
    rows = []
    for q in qs:
        query, borrowed = followup.fold(q.question, followup.parse_history(list(q.history)))
        kind, shortlist = answer.features(q.question, borrowed, retrieve(engine, query, settings.top_k), engine)
        rows.append((q, kind, shortlist))
    return rows


def score(rows: list, w: answer.Weights, min_support: float, max_sentences: int) -> tuple[float, float, float, float, float]:
    acc = ev = ref = sentences = 0
    n_ans = sum(q.answerable for q, _, _ in rows) or 1
    n_una = (len(rows) - n_ans) or 1
    for q, kind, shortlist in rows:
        a = answer.decide(q.question, q.question, kind, copy.deepcopy(shortlist), min_support, max_sentences, w)
        if q.answerable:
            acc += metrics.contains_any(a.text, q.answers)
            ev += any(metrics.contains_any(c.text, q.evidence) for c in a.citations)
            sentences += len(metrics.markers(a.text))
        else:
            ref += a.refused
    return acc / n_ans + ref / n_una + ev / n_ans, acc / n_ans, ev / n_ans, ref / n_una, sentences / n_ans


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path)
    parser.add_argument("--check", type=Path)
    parser.add_argument("--index", type=Path, default=Path(".qa"))
    args = parser.parse_args()
    settings = qa.Settings.from_env(index_dir=args.index, progress=False)
    qa.ingest(settings)
    rows = featurize(questions.load(args.questions), settings)
    grid = itertools.product(
        (0.3, 0.45, 0.6),
        (0.2, 0.35, 0.5),
        (0.0, 0.1, 0.2),
        (0.04, 0.08, 0.15),
        (0.4, 0.55, 0.7),
        (0.3, 0.33, 0.36, 0.39, 0.42, 0.45),
        (0.72, 0.8),
        (0.0, 0.3, 0.5),
    )
    results = []
    for cov, cos, ps, bonus, sup_cov, min_support, keep, context in grid:
        w = answer.Weights(
            coverage=cov,
            cosine=cos,
            passage=ps,
            type_bonus=bonus,
            type_penalty=bonus * 1.5,
            support_coverage=sup_cov,
            keep_ratio=keep,
            support_context=context,
        )
        total, acc, ev, ref, sentences = score(rows, w, min_support, settings.max_answer_sentences)
        results.append((round(total, 4), -sentences, acc, ev, ref, w, min_support))
    results.sort(key=lambda r: (r[0], r[1]), reverse=True)
    for total, neg_sent, acc, ev, ref, w, min_support in results[:12]:
        print(
            f"total={total:.3f} acc={acc:.3f} ev={ev:.3f} refusal={ref:.3f} markers/answer={-neg_sent:.2f} min_support={min_support} {w}"
        )
    if args.check:
        best = results[0]
        check = featurize(questions.load(args.check), settings)
        total, acc, ev, ref, sentences = score(check, best[5], best[6], settings.max_answer_sentences)
        print(f"\ncheck set {args.check}: acc={acc:.3f} ev={ev:.3f} refusal={ref:.3f} markers/answer={sentences:.2f}")


if __name__ == "__main__":
    main()
