"""BEIR SciFact: nDCG@10 and Recall@100 of BM25 alone, dense alone and the project's retrieval, in one run.

The 5,183 abstracts are ingested as articles (title + text, doc id = article
id ``<id>.txt``) and the 300 test queries (``qrels/test.tsv``) are ranked;
relevance is judged per abstract with the qrels, an abstract ranking where
its best chunk ranks. Rows:

- BM25 (bm25s, whole abstracts): title + text, Snowball stemmer, English
  stopwords, k1=0.9, b=0.4 — the Anserini-style baseline, comparable with the
  published BM25 figures.
- the project's BM25 side alone and dense side alone (MiniLM in Chroma), over chunks.
- the project's hybrid retrieval as configured, and with 300 candidates per
  side (as configured it sees at most 2 x ``candidates`` chunks, which caps
  Recall@100).

``--tune`` ranks the train queries (``qrels/train.tsv``) instead and adds the
project's hybrid at other fusion settings (``fusion_alpha`` 0.3 to 0.75, and
RRF), for calibrating retrieval without looking at the test queries.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa.bench import data
from qa.bench.retrieval import RetrievalScores, dense_ranker, evaluate, lexical_ranker, project_ranker, table
from qa.engine import engine_for
from qa.errors import QAError
from qa.settings import Settings

DEPTH = 300  # chunks per ranking: enough for 100 distinct abstracts
PUBLISHED = {"BM25, BEIR paper": 0.665, "BM25 flat, Anserini": 0.679, "all-MiniLM-L6-v2, MTEB": 0.645}
TARGET = 0.70
TUNE_ALPHAS = (0.3, 0.45, 0.6, 0.75)


@dataclass(frozen=True)
class SciFactRun:
    rows: list[RetrievalScores]
    split: str
    queries: int
    abstracts: int
    chunks: int
    ingest_seconds: float
    embedded: int
    settings: dict[str, Any]

    def project(self) -> RetrievalScores:
        return next(r for r in self.rows if r.name.startswith("project hybrid"))

    def markdown(self) -> str:
        s = self.settings
        lines = [
            f"SciFact ({self.split}, {self.queries} queries; {self.abstracts} abstracts, {self.chunks} chunks; "
            f"ingest {self.ingest_seconds:.0f}s, {self.embedded} chunks embedded this run)",
            f"settings: chunk_size={s['chunk_size']}, fusion={s['fusion']}, fusion_alpha={s['fusion_alpha']}, "
            f"candidates={s['candidates']}",
            "",
            *table(self.rows, recall=True),
            "",
            "Published nDCG@10 on the test queries: " + "; ".join(f"{k} {v:.3f}" for k, v in PUBLISHED.items()) + ".",
        ]
        if self.split == "test":
            project = self.project().ndcg10
            lines.append(
                f"Target for the project's retrieval: nDCG@10 >= {TARGET:.2f}: "
                f"{'met' if project >= TARGET else 'not met'} ({project:.3f})."
            )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "queries": self.queries,
            "abstracts": self.abstracts,
            "chunks": self.chunks,
            "ingest_seconds": round(self.ingest_seconds, 1),
            "embedded": self.embedded,
            "rows": [r.to_dict() for r in self.rows],
            "published_ndcg10": PUBLISHED,
            "target_ndcg10": TARGET,
        }

    def chart(self, path: Path) -> None:
        from qa import charts

        rows = [(r.name, {"nDCG@10": r.ndcg10, "Recall@100": r.recall100}) for r in self.rows]
        charts.bars(
            rows,
            ["nDCG@10", "Recall@100"],
            path,
            f"SciFact {self.split}: {self.queries} queries",
            reference={"nDCG@10": PUBLISHED, "Recall@100": {"BM25 flat, Anserini": 0.9253}},
        )


class DocumentBM25:
    """bm25s over whole abstracts (title + text): the baseline the published figures describe."""

    def __init__(self, folder: Path) -> None:
        import bm25s
        import Stemmer

        rows = data.read_jsonl(folder / "corpus.jsonl")
        self.ids = [f"{r['_id']}.txt" for r in rows]
        self._stemmer = Stemmer.Stemmer("english")
        texts = [f"{r.get('title', '')} {r.get('text', '')}" for r in rows]
        self._model = bm25s.BM25(k1=0.9, b=0.4)
        self._model.index(bm25s.tokenize(texts, stopwords="en", stemmer=self._stemmer, show_progress=False), show_progress=False)

    def __call__(self, question: str) -> list[str]:
        import bm25s

        tokens = bm25s.tokenize([question], stopwords="en", stemmer=self._stemmer, show_progress=False)
        docs, _ = self._model.retrieve(tokens, k=min(100, len(self.ids)), show_progress=False)
        return [self.ids[i] for i in docs[0]]


def prepare(settings: Settings, root: Path | None = None) -> tuple[Path, data.Prepared]:
    folder = data.source(root, "scifact")
    bench = data.bench_settings(settings, "scifact", [folder / "corpus.jsonl"])
    data.scifact_corpus(folder, bench.corpus_dir)
    return folder, data.ingest(bench)


def run(settings: Settings, root: Path | None = None, size: int | None = None, tune: bool = False) -> SciFactRun:
    folder, prepared = prepare(settings, root)
    bench = prepared.settings
    split = "train" if tune else "test"
    questions = data.scifact_questions(folder, split)
    if size is not None:
        questions = data.sample(questions, size, 2026)
    engine = engine_for(bench)
    rows = [
        evaluate("BM25 (bm25s, whole abstracts, k1=0.9 b=0.4)", DocumentBM25(folder), questions),
        evaluate("project BM25 side alone (chunks)", lexical_ranker(engine, DEPTH), questions),
        evaluate("dense alone (MiniLM, chunks, Chroma)", dense_ranker(engine, DEPTH), questions),
        evaluate(f"project hybrid (as configured, candidates={bench.candidates})", project_ranker(engine, DEPTH), questions),
        evaluate(f"project hybrid, candidates={DEPTH}", project_ranker(engine, DEPTH, candidates=DEPTH), questions),
    ]
    if tune:
        for alpha in TUNE_ALPHAS:
            variant = engine_for(bench.replace(fusion="weighted", fusion_alpha=alpha))
            rows.append(evaluate(f"project hybrid, weighted fusion_alpha={alpha}", project_ranker(variant, DEPTH), questions))
        rows.append(evaluate("project hybrid, RRF", project_ranker(engine_for(bench.replace(fusion="rrf")), DEPTH), questions))
    from qa.evaluate import public_settings

    return SciFactRun(
        rows,
        split,
        len(questions),
        len(engine.store.manifest()),
        prepared.ingest.chunks,
        prepared.ingest.seconds,
        prepared.ingest.embedded,
        public_settings(bench),
    )


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="benchmarks folder (default ../shared/benchmarks)")
    parser.add_argument("--size", type=int)
    parser.add_argument("--tune", action="store_true", help="rank the train queries instead of the test queries")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        result = run(Settings.from_env(), args.data, args.size, args.tune)
    except QAError as exc:
        return data.failed("qa.bench.scifact", exc)
    print(result.markdown())
    print(f"\n(whole run {time.perf_counter() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
