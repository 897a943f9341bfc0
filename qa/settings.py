"""One frozen ``Settings`` object: defaults, overridable by ``QA_*`` variables.

Nothing here reads the environment at import time; call ``Settings.from_env()``
(the public functions do it when no settings are passed). Fields are plain
values so a ``Settings`` can key caches and be printed for a bug report.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import ConfigError

ENV_PREFIX = "QA_"


@dataclass(frozen=True)
class Settings:
    """Every tunable of the pipeline, with the defaults the project measures."""

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path(".qa")
    chroma_url: str = ""  # empty: embedded Chroma under index_dir
    collection: str = "articles"
    # Embedding: "minilm" is the bundled offline ONNX model; "openai:<model>@<url>"
    # uses an OpenAI-compatible /embeddings server.
    embed_model: str = "minilm"
    embed_batch_size: int = 16
    embed_threads: int = 0  # 0: onnxruntime decides
    # Embedders at once in `qa ingest`: ONNX sessions splitting the cores, or requests in flight to a server.
    # 1: on an idle 2-core machine one two-thread session beat two one-thread ones (qa.bench.speed_ingest).
    ingest_workers: int = 1
    # Chunking, in cl100k_base tokens.
    chunk_size: int = 200
    chunk_overlap: int = 40
    max_article_bytes: int = 20_000_000
    # Retrieval.
    top_k: int = 5
    candidates: int = 40
    fusion: str = "weighted"  # "weighted" or "rrf"
    fusion_alpha: float = 0.45  # weight of the dense side in weighted fusion
    rrf_k: int = 60
    bm25_k1: float = 0.9
    bm25_b: float = 0.4
    # Sentence-level rerank of the fused head (qa.rerank); rerank_depth 0 turns it off.
    rerank_depth: int = 8
    rerank_sentences: int = 2  # embedded per passage
    rerank_cosine: float = 1.0
    rerank_coverage: float = 0.2
    # Answering.
    max_answer_sentences: int = 3
    min_support: float = 0.33
    max_question_chars: int = 2_000
    # LLM (issue 5); empty means the extractive answerer.
    llm: str = ""
    llm_timeout: float = 60.0
    llm_max_tokens: int = 512
    llm_temperature: float = 0.1
    llm_context_window: int = 0  # 0: what the llama-index integration reports (else 4096)
    prompts_dir: Path = Path("prompts")  # a deployment's own wording, same placeholders
    progress: bool = True
    # Browser chat (app.py).
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str = ""  # "user:password" turns on basic auth
    max_upload_bytes: int = 2_000_000
    concurrency: int = 4  # answers computed at once; the rest wait in Gradio's queue
    extra: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then ``QA_<FIELD>`` variables, then explicit ``overrides``."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            if f.name == "extra":
                continue
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.name, f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values).validated()

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes).validated()

    def validated(self) -> Settings:
        if self.chunk_size < 16:
            raise ConfigError(f"QA_CHUNK_SIZE={self.chunk_size} is too small: use 16 tokens or more.")
        if not 0 <= self.chunk_overlap < self.chunk_size:
            raise ConfigError(
                f"QA_CHUNK_OVERLAP={self.chunk_overlap} must be at least 0 and below QA_CHUNK_SIZE={self.chunk_size}."
            )
        if not 1 <= self.ingest_workers <= 64:
            raise ConfigError(
                f"QA_INGEST_WORKERS (qa ingest --workers) is {self.ingest_workers}: use a whole number from 1 to 64."
            )
        if not 1 <= self.top_k <= 100:
            raise ConfigError(f"QA_TOP_K={self.top_k} must be between 1 and 100.")
        if self.fusion not in ("weighted", "rrf"):
            raise ConfigError(f"QA_FUSION={self.fusion!r} is unknown: use 'weighted' or 'rrf'.")
        if not 0.0 <= self.fusion_alpha <= 1.0:
            raise ConfigError(f"QA_FUSION_ALPHA={self.fusion_alpha} must be between 0 and 1.")
        if not 0 <= self.rerank_depth <= 100 or self.rerank_sentences < 1:
            raise ConfigError(
                f"QA_RERANK_DEPTH={self.rerank_depth} must be 0 (off) to 100 and QA_RERANK_SENTENCES="
                f"{self.rerank_sentences} at least 1."
            )
        if self.llm_context_window and self.llm_context_window < 512:
            raise ConfigError(f"QA_LLM_CONTEXT_WINDOW={self.llm_context_window} is too small: a prompt needs 512 tokens or more.")
        if self.auth and (":" not in self.auth or self.auth.startswith(":")):
            raise ConfigError("QA_AUTH must look like user:password.")
        if not 0 < self.port < 65536:
            raise ConfigError(f"QA_PORT={self.port} must be between 1 and 65535.")
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise ConfigError(f"QA_CHROMA_URL={self.chroma_url!r} must look like http://host:port.")
        return self

    @property
    def feedback_file(self) -> Path:
        return self.index_dir / "feedback.jsonl"

    @property
    def bm25_dir(self) -> Path:
        return self.index_dir / "bm25"

    @property
    def chroma_dir(self) -> Path:
        return self.index_dir / "chroma"


def _coerce(name: str, kind: object, raw: str) -> object:
    kind_name = kind if isinstance(kind, str) else getattr(kind, "__name__", str(kind))
    try:
        if kind_name == "Path":
            return Path(raw).expanduser()
        if kind_name == "int":
            return int(raw)
        if kind_name == "float":
            return float(raw)
        if kind_name == "bool":
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
    except ValueError as exc:
        raise ConfigError(f"{ENV_PREFIX}{name.upper()}={raw!r} is not a valid {kind_name}: fix or unset the variable.") from exc
    return raw
