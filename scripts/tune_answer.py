"""Sweep the extractive answerer's weights over a question set and print the best settings.

Usage: .venv/bin/python scripts/tune_answer.py evals/seed_questions.jsonl [--index DIR]
Objective: answer accuracy on answerable questions + refusal accuracy on
unanswerable ones (each a rate, summed), ties broken by evidence hits. It
only prints; copy chosen values into qa/answer.py and qa/settings.py by hand.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

import qa
from qa import answer, metrics, questions


def score(qs: list[questions.Question], settings: qa.Settings) -> tuple[float, float, float, float]:
    acc = ev = ref = 0
    n_ans = sum(q.answerable for q in qs)
    for q in qs:
        a = qa.ask(q.question, history=list(q.history), settings=settings)
        if q.answerable:
            acc += metrics.contains_any(a.text, q.answers)
            ev += any(metrics.contains_any(c.text, q.evidence) for c in a.citations)
        else:
            ref += a.refused
    n_una = len(qs) - n_ans
    return acc / n_ans + (ref / n_una if n_una else 0), acc / n_ans, ev / n_ans, (ref / n_una if n_una else 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path)
    parser.add_argument("--index", type=Path, default=Path(".qa"))
    args = parser.parse_args()
    qs = questions.load(args.questions)
    base = qa.Settings.from_env(index_dir=args.index, progress=False)
    qa.ingest(base)
    results = []
    for w_cov, w_cos, w_ps, support in itertools.product((0.3, 0.45, 0.6), (0.25, 0.35, 0.5), (0.1, 0.2, 0.3), (0.3, 0.34, 0.38, 0.42)):
        answer.W_COVERAGE, answer.W_COSINE, answer.W_PASSAGE = w_cov, w_cos, w_ps
        total, acc, ev, ref = score(qs, base.replace(min_support=support))
        results.append((total, ev, acc, ref, w_cov, w_cos, w_ps, support))
    for row in sorted(results, reverse=True)[:15]:
        total, ev, acc, ref, w_cov, w_cos, w_ps, support = row
        print(f"total={total:.3f} acc={acc:.3f} ev={ev:.3f} refusal={ref:.3f}  cov={w_cov} cos={w_cos} passage={w_ps} min_support={support}")


if __name__ == "__main__":
    main()
