"""Sentence boundaries as character offsets into the text they split.

Every later stage (chunking, answering, citation checks, benchmarks) points
back into the article text through these offsets, so the split never copies
or rewrites text. It knows no language beyond English punctuation and a short
list of abbreviations; it does no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt jr sr vs etc e.g i.e u.s u.k u.n no inc ltd co corp gen gov sen rep prof "
    "jan feb mar apr jun jul aug sep sept oct nov dec fig al approx dept est lt col capt sgt".split()
)
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and
# something that can start a sentence; line breaks always end one.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u00c0-\u024f\u0400-\u04ff])")
_LINE = re.compile(r"[^\n]+")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in ``text[start:end]``, trimmed of white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        spans.extend(_split_line(text, line.start(), line.end()))
    return spans


def _split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in _END.finditer(text, start, end):
        word = text[max(start, match.start() - 12) : match.start()].split()
        last = word[-1].lower().lstrip("(\"'“‘") if word else ""
        if match.group().startswith(".") and (last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())):
            continue
        span = _trim(text, cursor, match.end())
        if span:
            yield span
        cursor = match.end()
    span = _trim(text, cursor, end)
    if span:
        yield span


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
