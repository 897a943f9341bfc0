"""Shared vocabulary of the speed suite: a measured row, a point on the scale curve, the median,
and what a measuring child process needs (its settings as JSON, its own peak memory).

``qa.bench.speed_ingest`` and ``qa.bench.speed_query`` return ``Row``s and
``ScalePoint``s; ``qa.bench.speed`` runs them in order and writes the report.
Nothing here measures anything by itself.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from qa.settings import Settings


@dataclass(frozen=True)
class Row:
    """One measured figure of the suite, with what it is compared against."""

    section: str  # "limit", "ingest", "re-ingest", "latency", "cold start", "memory", "concurrency"
    name: str  # what ran, e.g. "qa ingest, SQuAD dev (2,067 paragraphs)"
    value: float
    unit: str  # "chunks/s", "ms", "s", "MB", "questions/s"
    detail: str = ""  # ratios, p95, run count: what a reader needs to judge the value
    target: str = ""  # the target in words, "" when none
    met: bool | None = None  # None when there is no target
    why: str = ""  # for a missed target: what this run's own figures say the gap is made of

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ScalePoint:
    """``qa.ask`` at one corpus size: for the latency/memory chart."""

    label: str  # "seed", "SQuAD", "SciFact", "50k", "200k"
    chunks: int
    p50_ms: float
    p95_ms: float
    floor_p50_ms: float
    rss_mb: float  # peak RSS while serving questions at this size

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def settings_to_json(settings: Settings) -> dict[str, Any]:
    """The fields as JSON values, paths made absolute (a child may run in another folder)."""
    return {
        f.name: str(v.resolve()) if isinstance(v, Path) else v
        for f in dataclasses.fields(settings)
        if f.name != "extra"
        for v in [getattr(settings, f.name)]
    }


def settings_from_json(data: dict[str, Any]) -> Settings:
    paths = {f.name for f in dataclasses.fields(Settings) if isinstance(f.default, Path)}
    return Settings(**{k: Path(v) if k in paths else v for k, v in data.items()}).validated()


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM). Not ``ru_maxrss``: Linux carries that over from the
    parent across fork and exec, so a child would report at least its parent's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
