"""One writer per index: an ``flock`` on this machine (``writer_lock``) and, on a shared Chroma server, a lease record
that ingests take, renew and give back.

The local ``flock`` under ``.qa/`` only serialises ingests on one machine; in
server mode (``QA_CHROMA_URL``) processes on other machines write to the same
collections. Chroma has no lock or compare-and-set, so the lease is a record
in its own small collection, taken in two steps: a writer that finds no live
lease writes its own, waits ``settle`` seconds, and reads it back; only a
writer that still finds its own record goes ahead. Two writers that both saw
the lease free each overwrite the other; whoever reads back after the last
write sees the same single owner, so at most one proceeds as long as a
writer's read-to-write gap stays under ``settle`` (one round trip on a LAN).
The holder renews the lease every third of its lifetime; a killed writer's
lease simply expires. Expiry compares wall clocks, so machines sharing a
server need them roughly in sync (within the lease lifetime). It does not
fence a writer that stalls past its lease: the lifetime is generous instead.
"""

from __future__ import annotations

import fcntl
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qa.errors import IndexBusyError

LEASE_ID = "writer"
TTL = 60.0  # seconds a lease lives without renewal
SETTLE = 1.0  # seconds between writing a lease and reading it back


def _holder(collection: Any) -> dict[str, Any] | None:
    got = collection.get(ids=[LEASE_ID], include=["metadatas"])
    if not got["ids"]:
        return None
    meta = dict(got["metadatas"][0] or {})
    return meta if float(meta.get("expires", 0)) > time.time() else None


def _write(collection: Any, owner: str, ttl: float) -> None:
    meta = {"owner": owner, "host": socket.gethostname(), "pid": os.getpid(), "expires": time.time() + ttl}
    collection.upsert(ids=[LEASE_ID], embeddings=[[0.0]], metadatas=[meta])


def _busy(holder: dict[str, Any], where: str) -> IndexBusyError:
    left = max(0.0, float(holder.get("expires", 0)) - time.time())
    return IndexBusyError(
        f"Another ingest (pid {holder.get('pid')} on {holder.get('host')}) is writing {where}; wait for it to finish, "
        f"then run 'qa ingest' again (a lease left by a killed writer expires within {left:.0f} s)."
    )


@contextmanager
def server_lease(client: Any, collection_name: str, where: str, *, ttl: float = TTL, settle: float = SETTLE) -> Iterator[None]:
    """Hold the writer lease of ``collection_name`` for the duration, or raise ``IndexBusyError`` at once."""
    collection = client.get_or_create_collection(f"{collection_name}_writer", embedding_function=None)
    owner = uuid.uuid4().hex
    holder = _holder(collection)
    if holder is not None:
        raise _busy(holder, where)
    _write(collection, owner, ttl)
    time.sleep(settle)
    holder = _holder(collection)
    if holder is None or holder.get("owner") != owner:
        raise _busy(holder or {}, where)
    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(ttl / 3):
            current = _holder(collection)
            if current is not None and current.get("owner") != owner:
                return  # taken over after an expiry: never overwrite the new holder
            _write(collection, owner, ttl)

    renewer = threading.Thread(target=renew, name="qa-lease", daemon=True)
    renewer.start()
    try:
        yield
    finally:
        stop.set()
        renewer.join(timeout=5)
        current = _holder(collection)
        if current is not None and current.get("owner") == owner:
            collection.delete(ids=[LEASE_ID])


@contextmanager
def writer_lock(index_dir: Path) -> Iterator[None]:
    """Hold the one writer's lock on ``index_dir``; the kernel releases it if the process dies."""
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / "ingest.lock"
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise IndexBusyError(
                f"Another ingest (pid {holder}) is writing {index_dir}; wait for it to finish, then run 'qa ingest' again."
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
