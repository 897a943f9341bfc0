"""Sweep fusion settings over the SQuAD calibration sample (disjoint from the 1,000 evaluation questions).

Usage: .venv/bin/python scripts/tune_fusion.py [--data ../shared/benchmarks]
Prints paragraph-level hit@1/hit@5 per (fusion, alpha, candidates). Uses the
index `python -m qa.bench.squad` builds under .qa/bench/. It only prints.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from qa import metrics
from qa.bench.data import sample
from qa.bench.squad import EVAL_SEED, EVAL_SIZE, TUNE_SEED, TUNE_SIZE, prepare
from qa.engine import engine_for
from qa.retrieve import retrieve
from qa.settings import Settings
from qa.store import split_chunk_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path)
    args = parser.parse_args()
    bench, questions, _, _ = prepare(Settings.from_env(progress=False), args.data)
    held_out = {q.id for q in sample(questions, EVAL_SIZE, EVAL_SEED)}
    tune = sample(questions, TUNE_SIZE, TUNE_SEED, exclude=held_out)
    for fusion, alpha, candidates in itertools.chain(
        itertools.product(["weighted"], [0.3, 0.4, 0.45, 0.5, 0.6], [40, 80]), [("rrf", 0.0, 40)]
    ):
        settings = bench.replace(fusion=fusion, fusion_alpha=alpha, candidates=candidates)
        engine = engine_for(settings)
        h1 = h5 = 0.0
        for q in tune:
            ranked = list(dict.fromkeys(split_chunk_id(p.chunk_id)[0] for p in retrieve(engine, q.question, 10).passages))
            h1 += metrics.hit_at(ranked, q.relevant, 1)
            h5 += metrics.hit_at(ranked, q.relevant, 5)
        print(f"{fusion:8} alpha={alpha:.2f} candidates={candidates:3}  hit@1={h1 / len(tune):.3f} hit@5={h5 / len(tune):.3f}", flush=True)


if __name__ == "__main__":
    main()
