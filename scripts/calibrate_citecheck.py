"""Calibrate the citation check (qa.citecheck): lexical weight and support threshold.

For every answerable question of a question set (default evals/seed_questions.jsonl) over corpus/:

- positives: claims that the passage holding the gold evidence does support — the evidence itself, and
  "<question words>: <gold answer>." (how a written answer restates a question);
- negatives: the same claims against the other retrieved passages that hold no evidence (same topic, wrong
  passage), and the question's restatement with another question's answer against the evidence passage
  (a made-up value).

Each (weight, threshold) pair is scored by F1 of "supported" on positives against negatives; the best pair,
its precision and recall, and the figures at the shipped constants are printed. Run from the repository root:

    .venv/bin/python scripts/calibrate_citecheck.py [--questions evals/holdout_questions.jsonl]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np

import qa
from qa import citecheck, followup
from qa.engine import engine_for
from qa.retrieve import retrieve
from qa.text import normalize

WEIGHTS = [round(w, 2) for w in np.arange(0.0, 1.01, 0.1)]
THRESHOLDS = [round(t, 2) for t in np.arange(0.2, 0.91, 0.01)]


def pairs(questions: list[dict], engine: qa.engine.Engine) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(lexical, cosine) features of the positive and the negative (claim, passage) pairs."""
    answered = [q for q in questions if q["answerable"]]
    positives, negatives = [], []
    for n, q in enumerate(answered):
        query, _ = followup.fold(q["question"], followup.parse_history(q["history"]))
        passages = list(retrieve(engine, query, 5).passages)
        gold = [p for p in passages if any(normalize(e) in normalize(p.text) for e in q["evidence"])]
        others = [p for p in passages if p not in gold]
        if not gold:
            continue  # retrieval missed: nothing to calibrate the check with
        stem = q["question"].rstrip("?").strip()
        claims = [*q["evidence"], f"{stem}: {q['answers'][0]}."]
        wrong = answered[(n + 7) % len(answered)]["answers"][0]
        lex, cos, _ = citecheck.features(claims, gold + others, engine)
        for i in range(len(claims)):
            positives.append((float(lex[i, : len(gold)].max()), float(cos[i, : len(gold)].max())))
            negatives += [(float(lex[i, j]), float(cos[i, j])) for j in range(len(gold), len(gold) + len(others))]
        lex, cos, _ = citecheck.features([f"{stem}: {wrong}."], gold, engine)
        negatives.append((float(lex[0].max()), float(cos[0].max())))
    return positives, negatives


def scores(pos: np.ndarray, neg: np.ndarray, weight: float, threshold: float) -> tuple[float, float, float]:
    tp = float(np.sum(weight * pos[:, 0] + (1 - weight) * pos[:, 1] >= threshold))
    fp = float(np.sum(weight * neg[:, 0] + (1 - weight) * neg[:, 1] >= threshold))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / len(pos)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=Path, default=Path("evals/seed_questions.jsonl"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = parser.parse_args()
    questions = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as index:
        settings = qa.Settings.from_env(corpus_dir=args.corpus, index_dir=Path(index), progress=False)
        qa.ingest(settings)
        pos, neg = (np.array(x) for x in pairs(questions, engine_for(settings)))
    print(f"{args.questions}: {len(pos)} supported pairs, {len(neg)} unsupported pairs")
    grid = [(scores(pos, neg, w, t), w, t) for w in WEIGHTS for t in THRESHOLDS]
    (precision, recall, f1), weight, threshold = max(grid, key=lambda g: (round(g[0][2], 3), g[0][0]))
    print(
        f"best:    lexical weight {weight:.2f}, threshold {threshold:.2f}: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}"
    )
    for w in WEIGHTS:
        (p_, r_, f_), _, t_ = max((g for g in grid if g[1] == w), key=lambda g: (round(g[0][2], 3), g[0][0]))
        print(f"  weight {w:.1f}: best threshold {t_:.2f}, precision {p_:.3f}, recall {r_:.3f}, F1 {f_:.3f}")
    precision, recall, f1 = scores(pos, neg, citecheck.LEXICAL_WEIGHT, citecheck.THRESHOLD)
    print(
        f"shipped: lexical weight {citecheck.LEXICAL_WEIGHT:.2f}, threshold {citecheck.THRESHOLD:.2f}: "
        f"precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
