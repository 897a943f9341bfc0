"""Air-gapped: ingest and ask in a child process whose network is cut off from loopback outwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import DATA, ROOT


def run_offline(args: list[str], corpus: Path, index: Path, log: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QA_", "TIKTOKEN", "HF_", "HTTP", "GRADIO"))}
    env.update(
        PYTHONPATH=f"{DATA.parent / 'guard'}{os.pathsep}{ROOT}",
        QA_GUARD_LOG=str(log),
        QA_CORPUS_DIR=str(corpus),
        QA_INDEX_DIR=str(index),
        HTTPS_PROXY="http://127.0.0.1:9",  # a closed port: anything that tries a proxy fails fast
        HTTP_PROXY="http://127.0.0.1:9",
        NO_PROXY="",
        HOME=str(index.parent),  # no caches from earlier runs
        XDG_CACHE_HOME=str(index.parent / "cache"),
    )
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], env=env, capture_output=True, text=True, timeout=300)


def test_ingest_and_ask_work_with_the_network_cut(tmp_path: Path) -> None:
    log = tmp_path / "attempts.log"
    corpus = ROOT / "corpus"
    ingest = run_offline(["ingest"], corpus, tmp_path / "index", log)
    assert ingest.returncode == 0, ingest.stderr
    ask = run_offline(
        ["ask", "--json", "Where was the International Astronautical Congress held?"], corpus, tmp_path / "index", log
    )
    assert ask.returncode == 0, ask.stderr
    assert '"Paris' in ask.stdout or "Paris" in ask.stdout
    assert not log.exists(), f"network attempts: {log.read_text()}"


def test_the_guard_really_blocks(tmp_path: Path) -> None:
    log = tmp_path / "attempts.log"
    env = dict(os.environ, PYTHONPATH=str(DATA.parent / "guard"), QA_GUARD_LOG=str(log))
    code = (
        "import socket\ntry:\n    socket.create_connection(('93.184.216.34', 80), timeout=2)\nexcept OSError as e:\n    print(e)"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert "air-gap test guard" in out.stdout and log.exists()
