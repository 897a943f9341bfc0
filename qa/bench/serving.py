"""Processes the query benchmark starts: measuring children, ``qa ask`` cold, the app and its API under load.

- ``run_child`` runs one job (``synthetic``: build an index; ``latency``:
  ``serve_questions``, which times ``qa.ask`` and its floor per question) in a
  fresh interpreter (``python -m qa.bench.serving <job>``, arguments and
  result as JSON), so each measurement owns its memory and caches and its
  peak RSS is its own.
- ``cold_start``: ``qa ask`` from process start to printed answer, beside
  ``python -c "import chromadb, llama_index.core"``.
- ``app`` and ``drive``: app.py on a free loopback port, the time to the
  first served page, and the ``/ask`` API (Gradio's ``/gradio_api/call/ask``,
  what gradio_client uses) under 1..n concurrent clients over raw HTTP.
What the figures mean and their targets are ``qa.bench.speed_query``'s business.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa.bench.measure import peak_rss_mb, settings_from_json, settings_to_json
from qa.errors import QAError
from qa.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
IMPORT_FLOOR = "import chromadb, llama_index.core"


class BenchChildError(QAError):
    """A measuring child process failed."""


def env_for(settings: Settings) -> dict[str, str]:
    """The environment that makes a ``qa`` process use ``settings`` (QA_* variables win over the caller's)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    for name, value in settings_to_json(settings).items():
        env["QA_" + name.upper()] = str(value).lower() if isinstance(value, bool) else str(value)
    return env


def run_child(job: str, payload: dict[str, Any], timeout: float = 1800) -> dict[str, Any]:
    """Run ``job`` in a fresh interpreter and return its JSON result."""
    done = subprocess.run(
        [sys.executable, "-m", "qa.bench.serving", job],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise BenchChildError(f"The benchmark child '{job}' failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def _child_main(job: str) -> int:
    payload = json.loads(sys.stdin.read())
    if job == "synthetic":
        from qa.bench.synthetic import build

        sources = [(label, settings_from_json(s)) for label, s in payload["sources"]]
        result = build(settings_from_json(payload["settings"]), sources, int(payload["chunks"]))
    elif job == "latency":
        result = serve_questions(settings_from_json(payload["settings"]), payload["questions"], int(payload["warmup"]))
    else:
        print(f"unknown job {job!r}", file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


# --- the measuring child ------------------------------------------------------------------------------------


def serve_questions(settings: Settings, questions: list[str], warmup: int) -> dict[str, Any]:
    """In a fresh process: warm up, then time ``qa.ask`` and its floor on each question, alternating which goes first."""
    import qa
    from qa.engine import engine_for
    from qa.lexical import query_tokens

    engine = engine_for(settings)
    for q in questions[:warmup]:
        qa.ask(q, settings=settings)
    generation = engine.store.state().generation
    lexical = engine.lexical(generation)
    times: dict[str, list[float]] = {"ask": [], "sentences": [], "floor": [], "embed": [], "chroma": [], "bm25": []}
    refused = 0
    # The answerer's sentence embedding, timed where it runs: it is what separates ask from its floor.
    embed_by_length, spent = engine.embed_by_length, [0.0]

    def timed_sentences(texts: list[str]) -> Any:
        started = time.perf_counter()
        try:
            return embed_by_length(texts)
        finally:
            spent[0] += time.perf_counter() - started

    engine.embed_by_length = timed_sentences  # type: ignore[method-assign]

    def ask(question: str) -> None:
        nonlocal refused
        spent[0] = 0.0
        started = time.perf_counter()
        refused += qa.ask(question, settings=settings).refused
        times["ask"].append((time.perf_counter() - started) * 1000)
        times["sentences"].append(spent[0] * 1000)

    def floor(question: str) -> None:
        t0 = time.perf_counter()
        vector = engine.embed([question])[0]
        t1 = time.perf_counter()
        # The query alone, with what retrieval reads back (not ``Store.query``, which also counts the chunks).
        engine.store.chunks.query(
            query_embeddings=[vector.tolist()], n_results=settings.candidates, include=["documents", "metadatas", "distances"]
        )
        t2 = time.perf_counter()
        lexical.top(lexical.scores(query_tokens(question)), settings.candidates)
        t3 = time.perf_counter()
        for name, ms in (("embed", t1 - t0), ("chroma", t2 - t1), ("bm25", t3 - t2), ("floor", t3 - t0)):
            times[name].append(ms * 1000)

    for i, q in enumerate(questions[warmup:]):
        for step in (ask, floor) if i % 2 == 0 else (floor, ask):
            step(q)
    return {**times, "refused": refused, "chunks": engine.store.chunks.count(), "rss_mb": peak_rss_mb()}


# --- cold start ---------------------------------------------------------------------------------------------


def _wall(command: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(list(command), env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise BenchChildError(f"{' '.join(command[:3])} failed (exit {done.returncode}): {done.stderr[-2000:]}")
    return took


def cold_start(settings: Settings, question: str, runs: int) -> tuple[list[float], list[float]]:
    """Seconds of ``qa ask`` (start to answer) and of the import floor, interleaved ``runs`` times each."""
    script = Path(sys.executable).parent / "qa"
    ask = [str(script)] if script.exists() else [sys.executable, "-m", "qa.cli"]
    env = env_for(settings)
    asks, floors = [], []
    for _ in range(runs):
        asks.append(_wall([*ask, "ask", question], env))
        floors.append(_wall([sys.executable, "-c", IMPORT_FLOOR], env))
    return asks, floors


# --- the app ------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RunningApp:
    url: str
    started_s: float  # process start to the first page served
    process: subprocess.Popen[bytes]


@contextlib.contextmanager
def app(settings: Settings, log: Path, timeout: float = 180) -> Iterator[RunningApp]:
    """app.py serving ``settings`` on a free loopback port, from process start until its page is served."""
    import httpx

    port = free_port()
    env = env_for(settings.replace(host="127.0.0.1", port=port))
    url = f"http://127.0.0.1:{port}/"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        while True:
            if process.poll() is not None or time.perf_counter() - started > timeout:
                raise BenchChildError(f"app.py did not serve its page:\n{log.read_text(errors='replace')[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url, timeout=5).status_code == 200:
                    break
            time.sleep(0.05)
        yield RunningApp(url, time.perf_counter() - started, process)
    finally:
        stop_process(process)


def stop_process(process: subprocess.Popen[Any], timeout: float = 30.0) -> None:
    """Ask a child to exit (SIGTERM), and kill it if it has not within ``timeout`` seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout)


def ask_api(client: Any, url: str, question: str) -> dict[str, Any]:
    """One question through the app's ``/ask`` endpoint: queue it, then read the event stream to its end."""
    started = client.post(f"{url}gradio_api/call/ask", json={"data": [question, []]}, timeout=60)
    started.raise_for_status()
    event_id = started.json()["event_id"]
    event = ""
    with client.stream("GET", f"{url}gradio_api/call/ask/{event_id}", timeout=300) as reply:
        for line in reply.iter_lines():
            if line.startswith("event:"):
                event = line.removeprefix("event:").strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                data = line.removeprefix("data:").strip()
                if event == "error":
                    raise BenchChildError(f"/ask answered with an error for {question!r}: {data}")
                return json.loads(data)[0]
    raise BenchChildError(f"/ask closed its stream without an answer for {question!r}")


@dataclass(frozen=True)
class Load:
    clients: int
    questions: int
    seconds: float
    latencies: tuple[float, ...]  # seconds per answered question
    errors: tuple[str, ...]


def drive(url: str, questions: Sequence[str], clients: int) -> Load:
    """``clients`` concurrent clients share ``questions`` (each its own connection), all starting at once."""
    import httpx

    shares = [list(questions[i::clients]) for i in range(clients)]

    def one(share: list[str]) -> tuple[list[float], list[str]]:
        times, errors = [], []
        with httpx.Client() as client:
            for question in share:
                started = time.perf_counter()
                try:
                    answer = ask_api(client, url, question)
                    if "text" not in answer:
                        raise BenchChildError(f"/ask returned no answer text for {question!r}")
                    times.append(time.perf_counter() - started)
                except (httpx.HTTPError, BenchChildError, ValueError, KeyError) as exc:
                    errors.append(str(exc)[:300])
        return times, errors

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(one, shares))
    seconds = time.perf_counter() - started
    return Load(
        clients, len(questions), seconds, tuple(t for r in results for t in r[0]), tuple(e for r in results for e in r[1])
    )


if __name__ == "__main__":
    raise SystemExit(_child_main(sys.argv[1]))
