"""The typed values that cross the public boundary: answers, citations, reports.

Frozen dataclasses only; llama-index and Chroma objects never leave the
package. ``to_dict`` gives the JSON shape the CLI, the app's API and the
evaluation report all use.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """A passage an answer relies on. ``article_text[start:end] == text`` always holds."""

    number: int
    article_id: str
    title: str
    outlet: str
    url: str
    published: str
    text: str
    start: int
    end: int
    score: float
    # The sentences of the passage the answer quotes, as (start, end) offsets
    # into the same article text.
    quotes: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["quotes"] = [list(q) for q in self.quotes]
        return data


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    citations: tuple[Citation, ...]
    refused: bool
    # The sources disagree on the asked fact; the text shows each version.
    conflicting: bool = False
    # The question actually sent to retrieval (a follow-up folded with history).
    query: str = ""
    mode: str = "extractive"
    notice: str = ""
    unresolved_markers: tuple[int, ...] = ()
    unsupported_sentences: tuple[str, ...] = ()
    latency_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["citations"] = [c.to_dict() for c in self.citations]
        data["unresolved_markers"] = list(self.unresolved_markers)
        data["unsupported_sentences"] = list(self.unsupported_sentences)
        return data


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its fused relevance, before it becomes a citation."""

    chunk_id: str
    article_id: str
    version: str
    text: str
    start: int
    end: int
    title: str
    outlet: str
    url: str
    published: str
    score: float
    dense: float = 0.0
    lexical: float = 0.0

    def cite(self, number: int, score: float, quotes: Iterable[tuple[int, int]] = ()) -> Citation:
        """This passage as citation ``number``, its support ``score`` clamped to [0, 1] and rounded, with the
        (start, end) spans of the sentences the answer quotes."""
        return Citation(
            number=number,
            article_id=self.article_id,
            title=self.title,
            outlet=self.outlet,
            url=self.url,
            published=self.published,
            text=self.text,
            start=self.start,
            end=self.end,
            score=round(min(max(score, 0.0), 1.0), 3),
            quotes=tuple(sorted(quotes)),
        )


@dataclass(frozen=True)
class IngestReport:
    added: int
    updated: int
    removed: int
    unchanged: int
    chunks: int  # chunks in the index after the run
    seconds: float
    embedded: int = 0  # chunks embedded by this run
    skipped: tuple[tuple[str, str], ...] = field(default=())  # (article id, reason)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["skipped"] = [{"article_id": a, "reason": r} for a, r in self.skipped]
        return data

    def summary(self) -> str:
        text = (
            f"{self.added} added, {self.updated} updated, {self.removed} removed, {self.unchanged} unchanged; "
            f"{self.chunks} chunks indexed ({self.embedded} embedded) in {self.seconds:.1f}s"
        )
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        return text


@dataclass(frozen=True)
class ArticleInfo:
    """An indexed article as the corpus view lists it."""

    article_id: str
    title: str
    outlet: str
    author: str
    url: str
    published: str
    chunks: int
    body_start: int = 0  # where the body starts in article_text (after any front matter)
