"""``make soak``: thousands of questions from concurrent clients against the running browser-chat server.

Copies a corpus (``corpus/`` by default) into a scratch folder, ingests it,
starts ``app.py`` on a free loopback port and has N clients ask questions
through the server's ``/ask`` endpoint (the question sets under ``evals/``,
cycled, some as follow-ups with a history). Every answer is checked: a
refusal has no citations; otherwise each ``[n]`` marker resolves to a
citation whose offsets cut exactly its text out of the article file. The
server's RSS is sampled after every answer; the run fails when any question
errs, any answer is invalid, or the mean RSS over the last hundred answers is
more than 10% above the mean over the first hundred. It does not judge
whether answers are right (that is ``qa eval``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa import api, metrics
from qa.bench import serving
from qa.metrics import percentile
from qa.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
QUESTION_FILES = (ROOT / "evals" / "seed_questions.jsonl", ROOT / "evals" / "holdout_questions.jsonl")
WINDOW = 100  # answers in the first and last RSS windows
MAX_GROWTH = 0.10


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    latencies: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    refused: int = 0


def load_questions() -> list[tuple[str, list[dict[str, str]]]]:
    asked: list[tuple[str, list[dict[str, str]]]] = []
    for path in QUESTION_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                asked.append((row["question"], row.get("history") or []))
    return asked


def problems_with(answer: dict[str, Any], corpus: Path) -> list[str]:
    """What is wrong with one answer as the server returned it (empty when it is valid)."""
    cited = {c["number"]: c for c in answer.get("citations", [])}
    if answer.get("refused"):
        return ["a refusal with citations"] if cited else []
    found: list[str] = []
    if not answer.get("text", "").strip():
        found.append("empty answer")
    markers = set(metrics.markers(answer.get("text", "")))
    if not markers or markers - set(cited):
        found.append(f"markers {sorted(markers)} vs citations {sorted(cited)}")
    for c in cited.values():
        text = (corpus / c["article_id"]).read_text(encoding="utf-8")
        if text[c["start"] : c["end"]] != c["text"]:
            found.append(f"citation {c['number']} offsets do not cut out its text")
    return found


def soak(corpus: Path, total: int, clients: int) -> dict[str, Any]:
    import psutil
    from gradio_client import Client

    questions = load_questions()
    tally = Tally()
    next_index = iter(range(total))
    with tempfile.TemporaryDirectory(prefix="qa-soak-") as tmp:
        work = Path(tmp)
        shutil.copytree(corpus, work / "corpus")
        # Only what this run sets: the caller's QA_* variables must not point the soak at their own index.
        settings = Settings.from_env(environ={}, corpus_dir=work / "corpus", index_dir=work / "index", progress=False)
        api.ingest(settings)
        with serving.app(settings, work / "app.log") as running:
            url, server = running.url, psutil.Process(running.process.pid)
            started = time.perf_counter()

            def client(_: int) -> None:
                api = Client(url, verbose=False)
                for i in next_index:  # the shared iterator hands each question to exactly one client
                    question, history = questions[i % len(questions)]
                    t0 = time.perf_counter()
                    try:
                        answer = api.predict(question, history, api_name="/ask")
                    except Exception as exc:
                        with tally.lock:
                            tally.errors.append(f"{question[:60]!r}: {exc}")
                        continue
                    spent = time.perf_counter() - t0
                    found = problems_with(answer, work / "corpus")
                    with tally.lock:
                        tally.latencies.append(spent)
                        tally.rss_mb.append(server.memory_info().rss / 1e6)
                        tally.refused += bool(answer.get("refused"))
                        tally.invalid.extend(f"{question[:60]!r}: {p}" for p in found)

            with ThreadPoolExecutor(max_workers=clients) as pool:
                list(pool.map(client, range(clients)))
            seconds = time.perf_counter() - started
    first = sum(tally.rss_mb[:WINDOW]) / max(1, len(tally.rss_mb[:WINDOW]))
    last = sum(tally.rss_mb[-WINDOW:]) / max(1, len(tally.rss_mb[-WINDOW:]))
    growth = (last - first) / first if first else 0.0
    return {
        "questions": total,
        "clients": clients,
        "answered": len(tally.latencies),
        "errors": tally.errors,
        "invalid": tally.invalid,
        "refused": tally.refused,
        "seconds": round(seconds, 1),
        "questions_per_s": round(len(tally.latencies) / seconds, 2) if seconds else 0.0,
        "p50_ms": round(percentile(tally.latencies, 0.5) * 1000),
        "p95_ms": round(percentile(tally.latencies, 0.95) * 1000),
        "rss_first_mb": round(first, 1),
        "rss_last_mb": round(last, 1),
        "rss_growth": round(growth, 4),
        "rss_peak_mb": round(max(tally.rss_mb, default=0.0), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.bench.soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--json", type=Path, help="also write the result here")
    args = parser.parse_args(argv)
    if args.questions < 2 * WINDOW or args.clients < 1:
        parser.error(f"--questions must be at least {2 * WINDOW} and --clients at least 1")
    result = soak(args.corpus, args.questions, args.clients)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    ok = not result["errors"] and not result["invalid"] and result["answered"] == args.questions
    ok = ok and result["rss_growth"] < MAX_GROWTH
    print(
        f"soak: {result['answered']}/{args.questions} answered by {args.clients} clients in {result['seconds']} s "
        f"({result['questions_per_s']}/s, p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms), "
        f"{len(result['errors'])} errors, {len(result['invalid'])} invalid, {result['refused']} refusals; "
        f"server RSS {result['rss_first_mb']} MB (first {WINDOW}) -> {result['rss_last_mb']} MB (last {WINDOW}), "
        f"growth {result['rss_growth']:+.1%} (limit {MAX_GROWTH:.0%}), peak {result['rss_peak_mb']} MB: "
        + ("PASS" if ok else "FAIL")
    )
    for line in (result["errors"] + result["invalid"])[:20]:
        print(f"  {line}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
