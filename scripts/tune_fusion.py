"""Sweep fusion settings over the SQuAD calibration sample (disjoint from the 1,000 evaluation questions).

Usage: .venv/bin/python scripts/tune_fusion.py [--data ../shared/benchmarks]
Prints paragraph-level hit@1/hit@5 per (fusion, alpha, candidates). Uses the
index `python -m qa.bench.squad` builds under .qa/bench/. It only prints.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from qa.bench.retrieval import evaluate, project_ranker
from qa.bench.squad import calibration_set
from qa.engine import engine_for


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path)
    bench, tune = calibration_set(parser.parse_args().data)
    for fusion, alpha, candidates in itertools.chain(
        itertools.product(["weighted"], [0.3, 0.4, 0.45, 0.5, 0.6], [40, 80]), [("rrf", 0.0, 40)]
    ):
        engine = engine_for(bench.replace(fusion=fusion, fusion_alpha=alpha, candidates=candidates))
        scores = evaluate("project", project_ranker(engine, depth=10), tune)
        print(
            f"{fusion:8} alpha={alpha:.2f} candidates={candidates:3}  hit@1={scores.hit1:.3f} hit@5={scores.hit5:.3f}", flush=True
        )


if __name__ == "__main__":
    main()
