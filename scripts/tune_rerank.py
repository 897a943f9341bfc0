"""Sweep the sentence-level rerank over the SQuAD calibration sample (disjoint from the 1,000 evaluation questions).

Usage: .venv/bin/python scripts/tune_rerank.py [--data ../shared/benchmarks]
Prints paragraph-level hit@1/hit@5 and, per question, the sentences a configuration embedded that the
configurations before it had not (one shared cache); depth 0 is fusion alone. Uses the
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
    shared = engine_for(bench.replace(rerank_depth=0))
    for depth, sentences, cosine, coverage in [(0, 1, 0.0, 0.0), *itertools.product([8], [1, 2, 3], [0.5, 1.0], [0.0, 0.2])]:
        engine = engine_for(
            bench.replace(rerank_depth=depth, rerank_sentences=sentences, rerank_cosine=cosine, rerank_coverage=coverage)
        )
        engine._sentences = shared._sentences  # one sentence cache for the sweep: the vectors do not depend on weights
        embedded = len(shared._sentences)
        scores = evaluate("project", project_ranker(engine, depth=10), tune)
        print(
            f"depth={depth:2} sentences={sentences} cosine={cosine:.1f} coverage={coverage:.1f}  hit@1={scores.hit1:.3f} "
            f"hit@5={scores.hit5:.3f}  new sentences embedded/question={(len(shared._sentences) - embedded) / len(tune):.1f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
