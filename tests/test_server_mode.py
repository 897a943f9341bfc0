"""Server mode: ingest and ask against a real `chroma run` server on loopback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import chromadb
import httpx
import pytest

import qa
from qa.bench.serving import stop_process
from qa.engine import reset
from qa.lease import server_lease
from qa.store import split_chunk_id
from tests.conftest import free_port, make_settings


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
    assert chroma, "the chroma CLI comes with the chromadb package"
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
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
        stop_process(proc)


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


def _harbour_corpus(folder: Path, articles: int) -> None:
    folder.mkdir(parents=True)
    for i in range(articles):
        body = " ".join(f"Pier {i} of the harbour handled {1000 + i} containers in week {w}." for w in range(20))
        (folder / f"pier-{i:03d}.txt").write_text(f"Pier {i} weekly report\n\n{body}\n", encoding="utf-8")


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_two_app_processes_ingest_and_query_one_server_at_the_same_time(chroma_url: str, tmp_path: Path) -> None:
    """Two processes, each with its own local folder (as on two machines), share one `chroma run` server."""
    corpus = tmp_path / "shared-corpus"  # the same articles, as on a network share
    _harbour_corpus(corpus, 150)
    questions = ["How many containers did pier 7 handle?", "How many containers did pier 142 handle?"]
    root = Path(__file__).resolve().parents[1]
    procs = []
    for name in ("a", "b"):
        env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
        env.update(
            QA_CHROMA_URL=chroma_url,
            QA_COLLECTION="twoprocs",
            QA_CORPUS_DIR=str(corpus),
            QA_INDEX_DIR=str(tmp_path / f"machine-{name}"),
            PYTHONPATH=str(root),
        )
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "tests.server_worker", *questions],
                cwd=root,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=500)
        assert proc.returncode == 0, err[-3000:]
        outputs.append(json.loads(out.strip().splitlines()[-1]))
    a, b = outputs
    expected = [f"pier-{i:03d}.txt" for i in range(150)]
    assert a["articles"] == b["articles"] == expected  # both see the whole index
    assert a["answers"] == b["answers"]  # and the same one
    assert "1007 containers" in a["answers"][0]["text"] and "1142 containers" in a["answers"][1]["text"]
    assert sorted([a["embedded"], b["embedded"]])[0] == 0  # one built it; the other found nothing left to embed

    server = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
    chunks = server.get_collection("twoprocs_chunks").get(include=[])["ids"]
    records = server.get_collection("twoprocs_articles").get(include=["metadatas"])
    committed = {(i, m["version"]) for i, m in zip(records["ids"], records["metadatas"], strict=True) if i != "__state__"}
    assert {split_chunk_id(c)[:2] for c in chunks} == committed  # no orphans, no duplicates, nothing missing
    assert (
        len(chunks)
        == len(set(chunks))
        == sum(m["chunks"] for i, m in zip(records["ids"], records["metadatas"], strict=True) if i != "__state__")
    )


@pytest.mark.slow
def test_a_live_writer_lease_refuses_a_second_writer_and_an_expired_one_is_taken_over(chroma_url: str) -> None:
    server = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
    with server_lease(server, "leasetest", chroma_url, settle=0.2):
        second = server_lease(server, "leasetest", chroma_url, settle=0.2)
        with pytest.raises(qa.IndexBusyError, match=r"Another ingest \(pid \d+ on .+\) is writing .*wait for it") as busy:
            second.__enter__()
        assert "\n" not in str(busy.value)
    with server_lease(server, "leasetest", chroma_url, settle=0.2):  # given back on exit: free again
        pass
    # A killed writer leaves its record behind; once expired it no longer blocks anyone.
    server.get_collection("leasetest_writer").upsert(
        ids=["writer"], embeddings=[[0.0]], metadatas=[{"owner": "dead", "host": "gone", "pid": 1, "expires": time.time() - 1}]
    )
    with server_lease(server, "leasetest", chroma_url, settle=0.2):
        holder = server.get_collection("leasetest_writer").get(ids=["writer"], include=["metadatas"])["metadatas"][0]
        assert holder["owner"] != "dead" and holder["pid"] == os.getpid()
