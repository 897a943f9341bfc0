"""The query half of ``make bench``: latency against its floor, memory, cold start, concurrent clients.

For each corpus (the seed ``corpus/``, SQuAD, SciFact, and synthetic indexes
of 50k and 200k chunks from ``qa.bench.synthetic``) a fresh child process
loads the index, warms up, then asks a fixed sample of the benchmark's own
questions through ``qa.ask`` (extractive mode) and, for the same question
right before or after (alternating), runs the floor: the query embedding,
the Chroma query and the BM25 query alone. It reports p50/p95 of both and the
child's peak RSS (VmHWM: imports, index load and every question).
Cold start is a ``qa ask`` process against the seed index beside the import
floor; the app is started on a free loopback port for its first page and its
``/ask`` API is driven by 1, 4 and 16 concurrent clients over the SQuAD index.
It measures and compares with the issue's targets; it changes nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from qa.bench import serving, synthetic
from qa.bench.measure import Row, ScalePoint, median
from qa.errors import QAError
from qa.metrics import percentile
from qa.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
LABELS = {"squad": "SQuAD", "scifact": "SciFact"}


@dataclass(frozen=True)
class Plan:
    questions: int  # measured per corpus
    warmup: int
    synthetic: tuple[int, ...]
    cold_runs: int
    app_runs: int
    levels: tuple[int, ...]  # concurrent clients
    per_level: int  # questions asked at each level, shared by its clients


FULL = Plan(200, 10, (50_000, 200_000), 5, 3, (1, 4, 16), 64)
QUICK = Plan(12, 3, (2_000, 5_000), 1, 1, (1, 4), 8)


# --- questions ----------------------------------------------------------------------------------------------


def seed_questions() -> list[str]:
    from qa.questions import load

    return [q.question for q in load(ROOT / "evals" / "seed_questions.jsonl") if not q.history]


def squad_questions(data: Path) -> list[str]:
    raw = json.loads((data / "squad" / "dev-v1.1.json").read_text(encoding="utf-8"))
    return [qa["question"] for article in raw["data"] for p in article["paragraphs"] for qa in p["qas"]]


def scifact_questions(data: Path) -> list[str]:
    from qa.bench.data import read_jsonl

    return [row["text"] for row in read_jsonl(data / "scifact" / "queries.jsonl")]


def _sample(pool: list[str], n: int, seed: int) -> list[str]:
    return random.Random(seed).sample(pool, min(n, len(pool)))


def question_sets(data: Path | None, n: int) -> dict[str, list[str]]:
    """A fixed sample per corpus; synthetic corpora get SQuAD and SciFact questions alternately."""
    from qa.bench.data import DEFAULT_ROOT

    root = data or DEFAULT_ROOT
    seed = seed_questions()
    try:
        squad, scifact = squad_questions(root), scifact_questions(root)
    except (OSError, ValueError, KeyError, QAError) as exc:
        print(f"qa bench: benchmark questions unreadable under {root} ({exc}); asking the seed questions", file=sys.stderr)
        squad = scifact = seed
    half = [q for pair in zip(_sample(squad, n, 2), _sample(scifact, n, 3), strict=False) for q in pair]
    return {"seed": _sample(seed, n, 1), "squad": _sample(squad, n, 1), "scifact": _sample(scifact, n, 1), "synthetic": half[:n]}


# --- the suite ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    label: str
    settings: Settings
    questions: str  # key into question_sets
    note: str = ""


def _latency_gap(p50: float, floor: float, sentences: float) -> str:
    """What ``qa.ask`` spends beyond its floor, split into sentence embedding (rerank and answerer) and the rest."""
    rest = max(p50 - floor - sentences, 0.0)
    text = (
        f"Of the {p50:.1f} ms, {floor:.1f} ms is the floor, {sentences:.1f} ms embedding sentences "
        f"and {rest:.1f} ms the rest (fusion, manifest records, chunk fetch, sentence scoring)."
    )
    if sentences >= rest:
        return text + (
            " The sentence embedding does not depend on corpus size: the rerank embeds the best two sentences "
            "of each of the top 8 passages and the answerer ~12 candidates (partly the same ones), the price of "
            "retrieval and answer quality (QA_RERANK_DEPTH=0 saves only a quarter: the answerer then embeds "
            "its whole shortlist itself; docs/profile_query.txt)."
        )
    return text + (
        " The candidate sentences were mostly cached here; the rest is fixed per-question work, which on a tiny "
        "index is as large as the floor itself."
    )


def _latency(corpus: Corpus, questions: list[str], plan: Plan) -> tuple[list[Row], ScalePoint]:
    got = serving.run_child(
        "latency", {"settings": serving.settings_to_json(corpus.settings), "questions": questions, "warmup": plan.warmup}
    )
    ask, floor = got["ask"], got["floor"]
    p50, p95, f50, f95 = median(ask), percentile(ask, 0.95), median(floor), percentile(floor, 0.95)
    ratio = p50 / f50 if f50 else 0.0
    name = f"{corpus.label} ({got['chunks']:,} chunks)"
    detail = (
        f"p95 {p95:.0f} ms; floor p50 {f50:.1f} ms, p95 {f95:.1f} ms (embed {median(got['embed']):.1f} + "
        f"Chroma {median(got['chroma']):.1f} + BM25 {median(got['bm25']):.2f} ms); ask/floor {ratio:.2f}×; "
        f"answer sentences embedded in {median(got['sentences']):.0f} ms (p50); "
        f"{len(ask)} questions after {plan.warmup} warm-up, {got['refused']} refused{corpus.note}"
    )
    why = _latency_gap(p50, f50, median(got["sentences"]))
    rows = [Row("latency", f"qa.ask p50, {name}", p50, "ms", detail, "p50 ≤ 1.5 × floor", ratio <= 1.5, why)]
    if corpus.label == "SciFact":
        rows.append(
            Row("latency", f"qa.ask p50 at 5k documents, {name}", p50, "ms", f"p95 {p95:.0f} ms", "p50 < 50 ms", p50 < 50, why)
        )
    big = corpus.label == "200k"
    if big:
        rows.append(
            Row(
                "latency",
                f"qa.ask p95 at 200k chunks (extractive), {name}",
                p95,
                "ms",
                f"p50 {p50:.0f} ms",
                "p95 < 300 ms",
                p95 < 300,
            )
        )
    rows.append(
        Row(
            "memory",
            f"peak RSS serving {name}",
            got["rss_mb"],
            "MB",
            f"peak RSS (VmHWM) of the child process: imports, index load, {len(questions)} questions",
            "< 2 GB at 200k chunks" if big else "",
            got["rss_mb"] < 2048 if big else None,
        )
    )
    return rows, ScalePoint(corpus.label, int(got["chunks"]), p50, p95, f50, got["rss_mb"])


def _label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def run(
    work: Path, corpora: dict[str, Settings], settings: Settings, data: Path | None, quick: bool = False
) -> tuple[list[Row], list[ScalePoint]]:
    """Every query-side row and one scale point per corpus; builds the seed and synthetic indexes under ``work``."""
    import qa

    plan = QUICK if quick else FULL
    work.mkdir(parents=True, exist_ok=True)
    seed = settings.replace(index_dir=work / "seed" / "index", chroma_url="", progress=False)
    qa.ingest(seed)  # a no-op when the seed index is complete
    corpus_list = [Corpus("seed", seed, "seed")]
    corpus_list += [Corpus(LABELS[k], corpora[k], k) for k in ("squad", "scifact") if k in corpora]
    sources = [(k, corpora[k]) for k in ("squad", "scifact") if k in corpora] or [("seed", seed)]
    for built in synthetic.ensure(work, plan.synthetic, sources, settings):
        how = (
            f"reused from {built.settings.index_dir.parent}"
            if not built.seconds
            else f"built in {built.seconds:.0f} s"
            + (f" (grown from the {_label(built.grown_from)} index)" if built.grown_from else "")
        )
        note = (
            f"; synthetic: copies of the {'/'.join(s[0] for s in sources)} chunks with varied text, vectors are "
            f"perturbed real embeddings (not model output); {how}"
        )
        corpus_list.append(Corpus(_label(built.chunks), built.settings, "synthetic", note))
    sets = question_sets(data, plan.questions + plan.warmup)
    rows: list[Row] = []
    points: list[ScalePoint] = []
    for corpus in corpus_list:
        got_rows, point = _latency(corpus, sets[corpus.questions], plan)
        rows += got_rows
        points.append(point)
    rows += _cold(seed, sets["seed"][0], plan, work)
    served = corpora.get("squad", seed)
    rows += _concurrency(served, sets["squad" if "squad" in corpora else "seed"], plan, work)
    return rows, points


def _cold(seed: Settings, question: str, plan: Plan, work: Path) -> list[Row]:
    asks, floors = serving.cold_start(seed, question, plan.cold_runs)
    ask, floor = median(asks), median(floors)
    starts = []
    for i in range(plan.app_runs):
        with serving.app(seed, work / "logs" / f"app-start-{i}.log") as running:
            starts.append(running.started_s)
    runs = f"median of {plan.cold_runs}"
    return [
        Row(
            "cold start",
            "qa ask process, start to answer (seed index)",
            ask,
            "s",
            f"{runs}; {ask - floor:+.2f} s against the import floor; min {min(asks):.2f}, max {max(asks):.2f} s",
            "≤ import floor + 1 s",
            ask <= floor + 1.0,
        ),
        Row(
            "cold start",
            f'import floor: python -c "{serving.IMPORT_FLOOR}"',
            floor,
            "s",
            f"{runs}, interleaved with the qa ask runs",
        ),
        Row(
            "cold start",
            "app.py start to first page served (seed index)",
            median(starts),
            "s",
            f"median of {plan.app_runs}; polled every 50 ms; the index loads on the first question, not here",
        ),
    ]


def _concurrency(served: Settings, questions: list[str], plan: Plan, work: Path) -> list[Row]:
    rows = []
    with serving.app(served, work / "logs" / "app-concurrency.log") as running:
        serving.drive(running.url, questions[:2], 1)  # warm-up: the first question loads the index and the model
        for level, clients in enumerate(plan.levels):
            start = 2 + level * plan.per_level
            asked = (questions * 4)[start : start + plan.per_level]
            load = serving.drive(running.url, asked, clients)
            lat = [t * 1000 for t in load.latencies]
            detail = (
                f"{load.questions} questions ({load.questions // clients} per client), p50 {median(lat):.0f} ms, "
                f"p95 {percentile(lat, 0.95):.0f} ms, {len(load.errors)} errors; app concurrency limit "
                f"{served.concurrency}; {served.index_dir.parent.name or served.index_dir}"
                + (f"; first error: {load.errors[0]}" if load.errors else "")
            )
            rows.append(
                Row(
                    "concurrency",
                    f"/ask API, {clients} concurrent client{'s' if clients > 1 else ''}",
                    len(load.latencies) / load.seconds,
                    "questions/s",
                    detail,
                    "0 errors",
                    not load.errors,
                )
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.bench.speed_query", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny synthetic sizes and few questions")
    parser.add_argument("--data", type=Path, help="benchmarks folder (default ../shared/benchmarks)")
    parser.add_argument("--squad", type=Path, help="folder of a built SQuAD benchmark (with corpus/ and index/)")
    parser.add_argument("--scifact", type=Path, help="folder of a built SciFact benchmark (with corpus/ and index/)")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    corpora = {
        name: settings.replace(corpus_dir=folder / "corpus", index_dir=folder / "index", chroma_url="")
        for name, folder in (("squad", args.squad), ("scifact", args.scifact))
        if folder
    }
    work = settings.index_dir / "bench" / ("speed-quick" if args.quick else "speed")
    started = time.perf_counter()
    rows, points = run(work, corpora, settings, args.data, quick=args.quick)
    for r in rows:
        print(
            f"{r.section:12} | {r.name} | {r.value:,.2f} {r.unit} | {r.detail} | {r.target} | "
            f"{'' if r.met is None else 'met' if r.met else 'NOT MET'}"
        )
    for p in points:
        print(
            f"scale {p.label}: {p.chunks:,} chunks, p50 {p.p50_ms:.1f} ms, p95 {p.p95_ms:.1f} ms, "
            f"floor {p.floor_p50_ms:.1f} ms, RSS {p.rss_mb:.0f} MB"
        )
    print(f"query part: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
