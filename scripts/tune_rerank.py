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
    shared = engine_for(bench.replace(rerank_depth=0))
    grid = [(0, 1, 0.0, 0.0), *itertools.product([8], [1, 2, 3], [0.5, 1.0], [0.0, 0.2])]
    for depth, sentences, cosine, coverage in grid:
        engine = engine_for(bench.replace(rerank_depth=depth, rerank_sentences=sentences, rerank_cosine=cosine,
                                          rerank_coverage=coverage))
        engine._sentences = shared._sentences  # one sentence cache for the sweep: the vectors do not depend on weights
        embedded = len(shared._sentences)
        h1 = h5 = 0.0
        for q in tune:
            ranked = list(dict.fromkeys(split_chunk_id(p.chunk_id)[0] for p in retrieve(engine, q.question, 10).passages))
            h1 += metrics.hit_at(ranked, q.relevant, 1)
            h5 += metrics.hit_at(ranked, q.relevant, 5)
        n = len(tune)
        print(f"depth={depth:2} sentences={sentences} cosine={cosine:.1f} coverage={coverage:.1f}  "
              f"hit@1={h1 / n:.3f} hit@5={h5 / n:.3f}  new sentences embedded/question={(len(shared._sentences) - embedded) / n:.1f}",
              flush=True)


if __name__ == "__main__":
    main()
