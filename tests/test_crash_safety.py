"""Crash-safe ingestion: SIGKILL `qa ingest` at random moments; the next run must equal a clean build."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import qa
from qa.engine import reset
from qa.store import Store
from tests.conftest import ROOT, make_settings

TRIALS = 20
TOPICS = ["harbour", "festival", "orchard", "railway", "library", "stadium", "museum", "bridge", "market", "school"]


def write_corpus(folder: Path, n: int, edition: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        topic = TOPICS[i % len(TOPICS)]
        text = (
            f"Town {i} opened a new {topic} in edition {edition}. The {topic} of town {i} cost {i * 7 + edition} thousand euros.\n"
            f"Officials in town {i} said the {topic} would serve {i + 100} residents.\n"
        )
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")


def state(settings: qa.Settings) -> tuple[list[str], dict[str, str]]:
    reset(settings)
    store = Store(settings, create=False)
    answers = {q: qa.ask(q, settings=settings).text for q in QUESTIONS}
    return sorted(store.all_chunk_ids()), answers


QUESTIONS = [
    "How many residents will the library of town 42 serve?",
    "What did town 7 open?",
    "How much did the museum of town 118 cost?",
]


def ingest_process(settings: qa.Settings) -> subprocess.Popen[bytes]:
    env = dict(os.environ, QA_CORPUS_DIR=str(settings.corpus_dir), QA_INDEX_DIR=str(settings.index_dir), PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "qa.cli", "ingest"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


@pytest.mark.slow
def test_killed_ingests_recover_to_a_clean_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 300, edition=1)
    clean = make_settings(corpus, tmp_path / "clean")
    qa.ingest(clean)
    expected = state(clean)

    started = time.monotonic()
    first_run = time.monotonic()
    victim = make_settings(corpus, tmp_path / "victim")
    proc = ingest_process(victim)
    proc.wait(timeout=600)
    full_seconds = time.monotonic() - first_run
    assert state(victim) == expected  # an uninterrupted subprocess ingest equals the in-process one

    rng = random.Random(2026)
    outcomes = []
    clean_states: dict[int, tuple[list[str], dict[str, str]]] = {}
    for trial in range(TRIALS):
        # Editions alternate, so every killed run was replacing all 300 articles when it died,
        # and two clean builds serve as the reference for all trials.
        edition = 2 + trial % 2
        write_corpus(corpus, 300, edition=edition)
        proc = ingest_process(victim)
        time.sleep(rng.uniform(0.2 * full_seconds, 0.8 * full_seconds))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        outcomes.append(proc.returncode)
        reset(victim)
        report = qa.ingest(victim)  # the recovery run
        if edition not in clean_states:
            clean = make_settings(corpus, tmp_path / f"clean-{edition}")
            qa.ingest(clean)
            clean_states[edition] = state(clean)
        recovered = state(victim)
        assert recovered == clean_states[edition], f"trial {trial}: recovered index differs from a clean build"
        assert report.chunks == len(recovered[0])
        assert time.monotonic() - started < 1500, "bounded: the crash test must finish in 25 minutes"
    print(f"\n{TRIALS} SIGKILL trials, {sum(1 for r in outcomes if r == -signal.SIGKILL)} killed mid-run, all recovered")
