"""What ``qa ingest`` is compared with: the embedder alone, and a plain llama-index ingestion.

``embed_alone`` runs the embedding model on the chunks ``qa ingest`` makes
(``chunk_texts``), with the same sessions and batch policy, and nothing else.
For the baseline, ``SimpleDirectoryReader`` reads the corpus folder as it is (front matter
stays in the text), ``VectorStoreIndex.from_documents`` splits it with the
default node parser (``SentenceSplitter``: 1,024 tokens, 200 overlap) and
embeds it with the project's own embedder, wrapped as a llama-index
``BaseEmbedding``, into a ``ChromaVectorStore``: the same model and the same
store, llama-index's defaults for everything else. The embed model is passed
explicitly, so llama-index never reaches for OpenAI. What was embedded is
recorded so its tokens can be counted after the clock stops. Timing and the
report rows live in ``qa.bench.speed_ingest``; no BM25 and no manifest here.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa.corpus import discover, read_articles
from qa.embedding import MAX_TOKENS, Embedder, as_llama_embedding, embed_in_order, lanes
from qa.index import BATCH_CHUNKS, article_chunks
from qa.settings import Settings


@dataclass(frozen=True)
class BaselineRun:
    documents: int
    nodes: int
    tokens: int  # model tokens embedded (each text truncated at MAX_TOKENS, as the model does)
    truncated: int  # nodes longer than the model reads: their tail is not embedded at all
    seconds: float
    cpu_seconds: float


class _Recording:
    """The embedder, keeping the texts it was asked to embed."""

    def __init__(self, embedder: Embedder) -> None:
        self.inner = embedder
        self.name = embedder.name
        self.batch_size = embedder.batch_size
        self.texts: list[str] = []

    def __call__(self, texts: list[str]) -> Any:
        self.texts.extend(texts)
        return self.inner(texts)


def build(corpus_dir: Path, chroma_dir: Path, embedder: Embedder) -> BaselineRun:
    """Index ``corpus_dir`` the plain llama-index way into a new Chroma database under ``chroma_dir``."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    # Plain .txt files need no optional reader package; its "not found" warning is noise here.
    logging.getLogger("llama_index.core.readers.file.base").setLevel(logging.ERROR)
    recording = _Recording(embedder)
    embed_model = as_llama_embedding(recording)
    # A new path per run: chromadb caches one client per path in the process.
    path = chroma_dir / uuid.uuid4().hex[:8]
    started, cpu = time.perf_counter(), time.process_time()
    # The files qa reads, listed explicitly: given a folder, the reader skips any path with a
    # dot-folder in it, such as the default work folder under .qa/.
    files = [str(p) for p in discover(corpus_dir)]
    documents = SimpleDirectoryReader(input_files=files).load_data()
    client = chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_or_create_collection("baseline", metadata={"hnsw:space": "cosine"})
    storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
    VectorStoreIndex.from_documents(documents, storage_context=storage, embed_model=embed_model, show_progress=False)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    tokens = [len(ids) for ids in token_ids(embedder, recording.texts)]
    return BaselineRun(
        len(documents), len(recording.texts), sum(tokens), sum(1 for n in tokens if n >= MAX_TOKENS), seconds, cpu_seconds
    )


def chunk_texts(settings: Settings) -> list[str]:
    """The chunks ``qa ingest`` embeds for this corpus, from the project's own reader and chunker."""
    articles, _ = read_articles(settings.corpus_dir, settings.max_article_bytes)
    return [c.text for a in articles for c in article_chunks(a, settings)]


def embed_alone(embedder: Any, texts: list[str], workers: int, threads: int = 0) -> None:
    """The embedder alone on ``texts`` with ingest's batch policy: one call for one worker; else
    length-sorted groups shared among ``workers`` one-thread sessions, as ``qa ingest`` runs them."""
    if workers <= 1:
        embedder(texts)
        return
    ordered = sorted(texts, key=len)
    groups = (ordered[g : g + BATCH_CHUNKS] for g in range(0, len(ordered), BATCH_CHUNKS))
    for _ in embed_in_order(groups, lanes(embedder, workers, threads)):
        pass


def token_ids(embedder: Embedder, texts: list[str]) -> list[list[int]]:
    """The model's token ids of ``texts`` (truncated as the model reads them); [] per text for a remote embedder."""
    tokenize = getattr(embedder, "tokenize", None)
    return tokenize(texts) if tokenize is not None else [[] for _ in texts]
