"""Server mode: ingest and ask against a real `chroma run` server on loopback."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import qa
from qa.engine import reset
from tests.conftest import make_settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
    assert chroma, "the chroma CLI comes with the chromadb package"
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            pytest.fail("chroma run did not start within 60 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.slow
def test_ingest_and_ask_against_a_chroma_server(chroma_url: str, tiny_corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tiny_corpus, tmp_path / "local", chroma_url=chroma_url, collection="servertest")
    report = qa.ingest(settings)
    assert report.added == 3
    assert not (tmp_path / "local" / "chroma").exists()  # vectors live on the server
    answer = qa.ask("How many visitors came to the lantern festival?", settings=settings)
    assert "90,000 visitors" in answer.text
    assert qa.ingest(settings).embedded == 0  # the manifest on the server makes it incremental


@pytest.mark.slow
def test_a_second_process_sees_the_same_index(chroma_url: str, tiny_corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tiny_corpus, tmp_path / "writer", chroma_url=chroma_url, collection="shared")
    qa.ingest(settings)
    reader = make_settings(tiny_corpus, tmp_path / "reader-without-local-files", chroma_url=chroma_url, collection="shared")
    reset()
    answer = qa.ask("How long was the paper dragon lantern?", settings=reader)  # BM25 rebuilt from the server
    assert "30 metres long" in answer.text
    assert {a.article_id for a in qa.articles(reader)} == {"bridge.txt", "festival.md", "sub/orchard.txt"}


def test_an_unreachable_server_says_what_to_do(tiny_corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tiny_corpus, tmp_path / "x", chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(qa.IndexNotReadyError, match="does not answer"):
        qa.ingest(settings)
