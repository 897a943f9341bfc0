"""Split an article body into token-bounded, sentence-respecting chunks.

Chunks are counted in tiktoken ``cl100k_base`` tokens, packed from whole
sentences, and overlap by up to ``overlap`` tokens of whole sentences. A
sentence longer than a chunk is cut at token boundaries, nudged to white
space. Every chunk is a ``(start, end)`` slice of the article text, so
``article.text[start:end]`` is exactly the chunk text. Embedding and storage
live elsewhere.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from qa import offline
from qa.boundaries import sentence_spans


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int
    end: int
    text: str
    tokens: int


@lru_cache(maxsize=1)
def encoding():
    offline.prepare()
    import tiktoken

    return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    return len(encoding().encode_ordinary(text))


def chunk_text(text: str, start: int, size: int, overlap: int) -> list[Chunk]:
    """Chunks of ``text[start:]``; offsets are into ``text``."""
    pieces = _pieces(text, start, size)
    # joined[j]: tokens piece j adds after piece j-1, separator included.
    joined = [0] + [_count(text[pieces[j - 1][1] : pieces[j][1]]) for j in range(1, len(pieces))]
    chunks: list[Chunk] = []
    i = 0
    while i < len(pieces):
        total = pieces[i][2]
        j = i + 1
        while j < len(pieces) and total + joined[j] <= size:
            total += joined[j]
            j += 1
        c_start, c_end = pieces[i][0], pieces[j - 1][1]
        tokens = _count(text[c_start:c_end])
        while tokens > size and j - 1 > i:  # tokenizer merges across a boundary: give a piece back
            j -= 1
            c_end = pieces[j - 1][1]
            tokens = _count(text[c_start:c_end])
        chunks.append(Chunk(len(chunks), c_start, c_end, text[c_start:c_end], tokens))
        if j >= len(pieces):
            break
        # Step back over whole sentences that fit in the overlap budget, but
        # always move forward by at least one piece.
        back, k = 0, j
        while k - 1 > i and back + pieces[k - 1][2] <= overlap:
            k -= 1
            back += pieces[k][2]
        i = k
    return chunks


def _count(text: str) -> int:
    return len(encoding().encode_ordinary(text))


def _pieces(text: str, start: int, size: int) -> list[tuple[int, int, int]]:
    """Sentences as (start, end, tokens), over-long ones cut to fit ``size``."""
    spans = sentence_spans(text, start)
    if not spans:
        return []
    # One encode per sentence: tiktoken's encode_ordinary_batch starts a thread
    # pool on every call, which cost more than the encoding itself (profiled).
    encode = encoding().encode_ordinary
    counts = [len(encode(text[s:e])) for s, e in spans]
    pieces: list[tuple[int, int, int]] = []
    for (s, e), n in zip(spans, counts, strict=True):
        if n <= size:
            pieces.append((s, e, n))
        else:
            pieces.extend(_cut(text, s, e, size))
    return pieces


def _cut(text: str, start: int, end: int, size: int) -> list[tuple[int, int, int]]:
    enc = encoding()
    tokens = enc.encode_ordinary(text[start:end])
    _, offsets = enc.decode_with_offsets(tokens)
    out: list[tuple[int, int, int]] = []
    t = 0
    cursor = start
    while t < len(tokens):
        t_end = min(t + size, len(tokens))
        cut = end if t_end >= len(tokens) else start + offsets[t_end]
        # Prefer to break at white space inside the window's last tenth.
        if cut < end:
            space = text.rfind(" ", cursor + 1, cut)
            if space > cursor and cut - space < max(8, (cut - cursor) // 10):
                cut = space
        piece_start, piece_end = cursor, cut
        while piece_start < piece_end and text[piece_start].isspace():
            piece_start += 1
        while piece_end > piece_start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > piece_start:
            out.append((piece_start, piece_end, len(enc.encode_ordinary(text[piece_start:piece_end]))))
        cursor = cut
        t = max(t + 1, _token_at(offsets, cut - start, t_end))
    return out


def _token_at(offsets: list[int], char: int, fallback: int) -> int:
    """Index of the first token starting at or after ``char`` (offsets are ascending)."""
    i = bisect.bisect_left(offsets, char)
    return i if i < len(offsets) else max(fallback, len(offsets))
