"""Make every library this package uses work air-gapped.

Called by the entry points (``ingest``, ``ask``, the CLI, the app) before any
heavy import, not at import time of ``qa``. It only sets variables that are
not already set, so a user can still point them elsewhere.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

_DONE = False


def tiktoken_cache_dir() -> Path | None:
    """The tiktoken encodings that llama-index-core ships inside its wheel."""
    spec = importlib.util.find_spec("llama_index.core")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "_static" / "tiktoken_cache"
    return path if path.is_dir() else None


def prepare() -> None:
    """Set the offline switches once per process."""
    global _DONE
    if _DONE:
        return
    cache = tiktoken_cache_dir()
    if cache is not None:
        os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(cache))
    for key, value in (
        ("HF_HUB_OFFLINE", "1"),
        ("TRANSFORMERS_OFFLINE", "1"),
        ("GRADIO_ANALYTICS_ENABLED", "False"),
        ("ANONYMIZED_TELEMETRY", "False"),
        ("CHROMA_TELEMETRY", "False"),
        ("DO_NOT_TRACK", "1"),
        ("TOKENIZERS_PARALLELISM", "false"),
    ):
        os.environ.setdefault(key, value)
    _DONE = True
