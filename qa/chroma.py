"""Connecting to Chroma: an HTTP client for ``chroma run`` or an embedded one under the index folder.

Turns a missing, damaged or unreachable database into an ``IndexNotReadyError``
that says what to run. What is stored in it is ``qa.store``'s business.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from qa.errors import IndexMissingError, IndexNotReadyError
from qa.settings import Settings


def forget_cached_client(settings: Settings) -> None:
    """Make the next embedded client read the files afresh.

    chromadb keeps one client per path per process, with segments cached in
    memory; after another process wrote the index that cache is stale
    ("Error finding id"). Dropping it from the table (not stopping it, since an
    in-flight query may still hold it) makes the next client open the files as
    they are now.
    """
    if settings.chroma_url:
        return
    from chromadb.api.shared_system_client import SharedSystemClient

    key = str(settings.chroma_dir)
    SharedSystemClient._identifier_to_system.pop(key, None)
    SharedSystemClient._identifier_to_refcount.pop(key, None)


def client(settings: Settings, create: bool) -> Any:
    """A Chroma client for the index: HTTP when ``QA_CHROMA_URL`` is set, else embedded under the index folder."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:
            raise IndexNotReadyError(
                f"The Chroma server at {settings.chroma_url} does not answer ({exc}); start it with "
                "'chroma run --path <dir> --port <port>' or unset QA_CHROMA_URL."
            ) from exc
        return client
    database = settings.chroma_dir / "chroma.sqlite3"
    if not database.exists():
        if settings.chroma_dir.is_dir() and any(settings.chroma_dir.iterdir()):
            raise IndexNotReadyError(
                f"The index at {settings.chroma_dir} is damaged (chroma.sqlite3 is missing); run 'qa ingest --rebuild'."
            )
        if not create:
            raise IndexMissingError(
                f"No index at {settings.chroma_dir} yet: run 'qa ingest' to build it from {settings.corpus_dir}."
            )
    try:
        settings.chroma_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    except Exception as exc:
        raise IndexNotReadyError(
            f"The index at {settings.chroma_dir} is damaged or unreadable ({exc}); run 'qa ingest --rebuild'."
        ) from exc
