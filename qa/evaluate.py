"""``qa eval``: run a question set through ``qa.ask`` and score every answer.

Steps: load and validate the whole question file (a bad line stops the run
before any work), ingest the corpus into an evaluation index cached under
``<index_dir>/eval/index-<key>/`` (the key hashes the corpus path and the
settings that shape an index, so changing ``QA_CHUNK_SIZE`` evaluates a fresh
index and ``--corpus DIR`` never touches the main index), warm the engine with
one unscored question, then ask each question with its history and rank the
top 10 passages for its retrieval query. A passage is relevant when it
contains a gold evidence string (normalised); relevance is judged over every
indexed passage, so nDCG has a true ideal order. Scoring one question lives in
``qa.scoring``, aggregation and comparison in ``qa.summary``, output in
``qa.report`` and ``qa.charts``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa import api, questions
from qa.engine import Engine, engine_for
from qa.errors import QAError, QuestionError
from qa.history import parse_history
from qa.questions import Question, QuestionSetError
from qa.retrieve import retrieve
from qa.scoring import Result, relevant_chunks, score
from qa.settings import Settings
from qa.store import split_chunk_id
from qa.summary import Comparison, compare, summarize
from qa.text import normalize
from qa.types import IngestReport

# Relative to the current directory, like the corpus/ and .qa/ defaults: run qa eval from the repository root.
DEFAULT_QUESTIONS = Path("evals") / "seed_questions.jsonl"
# The settings that change what is indexed (not how it is queried): they key cached indexes.
INDEX_FIELDS = ("chunk_size", "chunk_overlap", "embed_model", "bm25_k1", "bm25_b", "collection", "max_article_bytes")
# Settings that are secrets or do not affect answers: left out of the saved report.
_PRIVATE = frozenset({"auth", "extra", "host", "port", "progress", "max_upload_bytes", "concurrency"})
RANK_DEPTH = 10

Tick = Callable[[int, int, str], None]  # (done, total, question id)


@dataclass(frozen=True)
class EvalRun:
    name: str  # the run's folder name: a UTC timestamp
    questions_path: str
    set_hash: str
    settings: dict[str, Any]
    ingest: IngestReport
    results: tuple[Result, ...]
    summary: dict[str, Any]

    def correct(self) -> dict[str, bool]:
        return {r.question.id: r.outcome.correct for r in self.results}


def set_hash(qs: Sequence[Question]) -> str:
    """Identity of a question set: its content, not its formatting or file name."""
    rows = [dataclasses.asdict(q) | {"line": None} for q in qs]
    return hashlib.sha256(json.dumps(rows, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def validate(qs: Sequence[Question], path: Path, settings: Settings) -> None:
    """Everything ``qa.ask`` would reject, found before any work, with the line number."""
    for q in qs:
        try:
            api.check_question(q.question, settings)
            parse_history(list(q.history))
        except QuestionError as exc:
            raise QuestionSetError(f"{path}:{q.line}: {exc}") from exc


def eval_settings(settings: Settings) -> Settings:
    """The settings of the cached evaluation index for this corpus and these index-shaping settings."""
    h = hashlib.sha256(str(settings.corpus_dir.resolve()).encode())
    for name in INDEX_FIELDS:
        h.update(f"{name}={getattr(settings, name)!r};".encode())
    return settings.replace(index_dir=settings.index_dir / "eval" / f"index-{h.hexdigest()[:12]}", chroma_url="")


def public_settings(settings: Settings) -> dict[str, Any]:
    return {k: str(v) if isinstance(v, Path) else v for k, v in dataclasses.asdict(settings).items() if k not in _PRIVATE}


def committed_chunks(engine: Engine) -> dict[str, str]:
    """chunk id -> normalised text, for the chunks of committed article versions only."""
    manifest = engine.store.manifest()
    out = {}
    for cid, text, _ in engine.store.iter_chunks():
        article_id, version, _n = split_chunk_id(cid)
        record = manifest.get(article_id)
        if record is not None and record.version == version:
            out[cid] = normalize(text)
    return out


def run(
    path: Path,
    settings: Settings,
    *,
    rebuild: bool = False,
    tick: Tick | None = None,
    warn: Callable[[str], None] = lambda _m: None,
) -> EvalRun:
    """Validate, ingest, ask every question, score. ``warn`` receives one-line warnings."""
    qs = questions.load(path)
    validate(qs, path, settings)
    started = dt.datetime.now(dt.UTC)
    evs = eval_settings(settings)
    report = api.ingest(evs, rebuild=rebuild)
    for article_id, reason in report.skipped:
        warn(f"skipped {article_id}: {reason}")
    engine = engine_for(evs)
    chunks = committed_chunks(engine)
    # Warm-up, unscored: loads the store and BM25 so the first latency is not a cold start. Should it
    # fail, the same question fails again below, where the error is recorded.
    with contextlib.suppress(QAError):
        api.ask(qs[0].question, list(qs[0].history), settings=evs)
    results = []
    for n, q in enumerate(qs):
        relevant = relevant_chunks(chunks, q.evidence)
        answer, error, ranked = None, "", []
        try:
            answer = api.ask(q.question, list(q.history), settings=evs)
            passages = retrieve(engine, answer.query, RANK_DEPTH).passages
            ranked = [(p.chunk_id, p.article_id, p.title, p.score, p.text) for p in passages]
        except QAError as exc:  # one failing question (an LLM timeout, say) must not lose the run
            error = str(exc)
        result = score(q, answer, ranked, relevant, error)
        if result.outcome.evidence_missing:
            warn(f"{q.id} ({path}:{q.line}): no indexed passage contains its evidence")
        results.append(result)
        if tick is not None:
            tick(n + 1, len(qs), q.id)
    outcomes = [r.outcome for r in results]
    return EvalRun(
        name=started.strftime("%Y%m%dT%H%M%SZ"),
        questions_path=str(path),
        set_hash=set_hash(qs),
        settings=public_settings(settings),
        ingest=report,
        results=tuple(results),
        summary=summarize(outcomes, ingest_seconds=report.seconds, chunks=report.chunks),
    )


def runs_root(settings: Settings) -> Path:
    return settings.index_dir / "eval"


def previous_run(root: Path, set_hash_: str) -> dict[str, Any] | None:
    """The latest saved report of the same question set (call it before saving the current run)."""
    if not root.is_dir():
        return None
    for folder in sorted((p for p in root.iterdir() if p.is_dir() and p.name[:1].isdigit()), reverse=True):
        try:
            data = json.loads((folder / "report.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if data.get("run", {}).get("set_hash") == set_hash_:
            return data
    return None


def compare_with(
    previous: dict[str, Any] | None, current: EvalRun, tolerance: float, latency_tolerance: float
) -> Comparison | None:
    if previous is None:
        return None
    return compare(
        previous["summary"],
        current.summary,
        previous=previous["run"]["name"],
        tolerance=tolerance,
        latency_tolerance=latency_tolerance,
        before_correct={r["id"]: r["correct"] for r in previous["results"]},
        after_correct=current.correct(),
        before_settings=previous["run"].get("settings"),
        after_settings=current.settings,
    )


def cli_eval(args: argparse.Namespace, settings: Settings) -> int:
    """``qa eval``: run, save the report folder, print the table (or JSON); 1 on regression with --fail-on-regression."""
    from qa import report

    path = args.questions or DEFAULT_QUESTIONS
    root = runs_root(settings)
    with report.progress_bar(settings.progress and sys.stderr.isatty()) as tick:
        current = run(path, settings, rebuild=args.rebuild, tick=tick, warn=lambda m: print(f"qa: warning: {m}", file=sys.stderr))
    comparison = compare_with(previous_run(root, current.set_hash), current, args.tolerance, args.latency_tolerance)
    folder = report.save(current, comparison, root)
    if args.json:
        print(json.dumps(report.payload(current, comparison, folder), ensure_ascii=False, indent=2))
    else:
        report.print_terminal(current, comparison, folder)
    if args.fail_on_regression and comparison is not None and comparison.regressions:
        names = ", ".join(f"{c.kind + ': ' if c.kind else ''}{c.metric}" for c in comparison.regressions[:5])
        print(
            f"qa: error: {len(comparison.regressions)} metrics regressed beyond tolerance ({names}); see {folder}",
            file=sys.stderr,
        )
        return 1
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``qa eval`` options (``qa.cli`` calls this for its subparser)."""
    parser.add_argument(
        "--questions", type=Path, help=f"question set, JSONL (default {DEFAULT_QUESTIONS}, relative to the current directory)"
    )
    parser.add_argument(
        "--corpus", type=Path, default=argparse.SUPPRESS, help="folder of articles (default QA_CORPUS_DIR or corpus/)"
    )
    parser.add_argument("--json", action="store_true", help='print {"summary": ..., "results": [...]} as JSON on stdout')
    parser.add_argument("--tolerance", type=float, default=0.02, help="flag a metric that drops by more than this (default 0.02)")
    parser.add_argument(
        "--latency-tolerance",
        type=float,
        default=0.5,
        help="flag latency that grows by more than this share and 50 ms (default 0.5)",
    )
    parser.add_argument("--rebuild", action="store_true", help="rebuild the evaluation index (measures a full ingest)")
    parser.add_argument("--fail-on-regression", action="store_true", help="exit 1 when a metric regressed beyond tolerance")
