"""Check a model's citations against the passages it was given, instead of trusting them.

A written answer comes back with ``[n]`` markers (also ``[1, 2]`` and
``[Source 1]``) that name ``Source n`` of the prompt. Here:

- a marker naming no source is removed and recorded (``unresolved``);
- every sentence is scored for support against every source: rarity-weighted
  share of its content words found in the passage, blended with the best
  embedding similarity to one of the passage's sentences (``support``);
- a sentence keeps the markers whose passage supports it; when none does
  (or it had none) it gets the best supporting passage that clears the
  threshold; when nothing supports it, it keeps no marker and is flagged;
- markers are renumbered 1..n in order of first use and placed before the
  sentence's closing punctuation, and citations are built from the passages,
  with the supporting passage sentences as ``quotes``.

So the result keeps the extractive answer's invariant: every marker resolves,
every citation is used. Weights and threshold are calibrated by
scripts/calibrate_citecheck.py on evals/seed_questions.jsonl (docs/llm.md).
It does not judge whether the answer is right, only whether the passages say it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qa.acronyms import name_terms
from qa.boundaries import sentence_spans
from qa.engine import Engine
from qa.text import normalize, rarity, term_words, terms
from qa.types import Citation, Passage

# Calibrated on evals/seed_questions.jsonl by scripts/calibrate_citecheck.py (figures in docs/llm.md): F1 is flat
# from weight 0.6 to 1.0 there; 0.6 keeps the embedding's say for paraphrases, which that set barely has.
LEXICAL_WEIGHT = 0.6
THRESHOLD = 0.69
# [1], [1, 2], [1][2], [Source 1], [sources 1 and 3], 【1】: the shapes small and large models write.
_MARKER = re.compile(r"\s*[\[【]\s*(?:sources?\s*)?(\d+(?:\s*(?:,|;|and|&)\s*(?:sources?\s*)?\d+)*)\s*[\]】]", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")
# Words of chat filler ("Sure! Based on the sources, here is the answer:"): a sentence of only these claims nothing.
_FILLER = frozenset(
    terms(
        "sure yes okay ok certainly here answer answers hope help helps question questions source sources "
        "based article articles provided given following information happy glad"
    )
)
_END = re.compile(r"([.!?…]+[\"'”’)\]]*)$")
_LINE = re.compile(r"[^\n]+")
# Small models echo the prompt's scaffolding ("<<<SOURCE 6", "Source 6", "SOURCE 1>>>"): a line of only that goes.
_ECHOED_FENCE = re.compile(
    r"^[ \t]*(?:<{2,}[ \t]*(?:SOURCE|CONVERSATION)[ \t]*\d*|(?:SOURCE[ \t]*\d*|CONVERSATION)[ \t]*>{2,}|Source[ \t]+\d+)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")


@dataclass(frozen=True)
class Checked:
    text: str
    citations: tuple[Citation, ...]
    unresolved: tuple[int, ...]  # marker numbers that named no source, in order of appearance
    unsupported: tuple[str, ...]  # sentences of ``text`` (as they appear there) that nothing supports
    claims: int  # sentences that were scored (those with content words)


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    cited: list[int]  # source numbers (1-based) the model gave, resolved only
    marks: list[int]  # source numbers kept after the check
    support: float = 0.0
    claim: bool = True


def strip_markers(text: str, sources: int) -> tuple[str, list[tuple[int, list[int]]], list[int]]:
    """Text without markers, (position in that text, source numbers) per marker group, and unresolved numbers."""
    plain: list[str] = []
    groups: list[tuple[int, list[int]]] = []
    unresolved: list[int] = []
    pos = cursor = 0
    for m in _MARKER.finditer(text):
        plain.append(text[cursor : m.start()])
        pos += m.start() - cursor
        cursor = m.end()
        numbers = [int(n) for n in _NUMBER.findall(m.group(1))]
        unresolved += [n for n in numbers if not 1 <= n <= sources and n not in unresolved]
        groups.append((pos, [n for n in numbers if 1 <= n <= sources]))
    plain.append(text[cursor:])
    return "".join(plain), groups, unresolved


def spans_of(plain: str) -> list[tuple[int, int]]:
    """Sentence offsets line by line; a list item's "1." or "-" stays outside the sentence (it claims nothing)."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(plain):
        item = _LIST_ITEM.match(plain, line.start(), line.end())
        spans += sentence_spans(plain, item.end() if item else line.start(), line.end())
    return spans


def _sentences(plain: str, groups: list[tuple[int, list[int]]]) -> list[_Sentence]:
    spans = spans_of(plain)
    out = [_Sentence(s, e, plain[s:e], [], []) for s, e in spans]
    for pos, numbers in groups:
        # A marker belongs to the last sentence that starts before it: "... Uranus. [1] Next" cites the first.
        owner = next((x for x in reversed(out) if x.start < pos), out[0] if out else None)
        for n in numbers if owner is not None else ():
            if n not in owner.cited:
                owner.cited.append(n)
    return out


def lexical(sentence: str, passage_terms: set[str]) -> float:
    """Rarity-weighted share of the sentence's content words that the passage holds."""
    pairs = term_words(sentence)
    total = sum(rarity(w) for _, w in pairs)
    return sum(rarity(w) for t, w in pairs if t in passage_terms) / total if total else 0.0


def features(
    sentences: Sequence[str],
    passages: Sequence[Passage],
    engine: Engine,
) -> tuple[np.ndarray, np.ndarray, list[list[tuple[int, int]]]]:
    """Lexical share and best cosine of sentence i against passage j, and the passage sentence that matched best."""
    n, m = len(sentences), len(passages)
    lex = np.zeros((n, m), dtype=np.float32)
    cos = np.zeros((n, m), dtype=np.float32)
    best: list[list[tuple[int, int]]] = [[(p.start, p.end) for p in passages] for _ in range(n)]
    if not n or not m:
        return lex, cos, best
    vectors = engine.embed(list(sentences))
    for j, p in enumerate(passages):
        spans = sentence_spans(p.text) or [(0, len(p.text))]
        keys = [(p.chunk_id, p.start + s, p.start + e) for s, e in spans]
        sims = vectors @ engine.sentence_vectors(keys, [p.text[s:e] for s, e in spans]).T
        words = name_terms(p.text)
        for i, sentence in enumerate(sentences):
            k = int(np.argmax(sims[i]))
            lex[i, j] = lexical(sentence, words)
            cos[i, j] = max(float(sims[i, k]), 0.0)
            best[i][j] = (p.start + spans[k][0], p.start + spans[k][1])
    return lex, cos, best


def support_matrix(
    sentences: Sequence[str], passages: Sequence[Passage], engine: Engine, lexical_weight: float = LEXICAL_WEIGHT
) -> tuple[np.ndarray, list[list[tuple[int, int]]]]:
    """support[i, j] of sentence i by passage j, and for each pair the best passage sentence (article offsets)."""
    lex, cos, best = features(sentences, passages, engine)
    return lexical_weight * lex + (1 - lexical_weight) * cos, best


def check(
    text: str, sources: Sequence[Passage], engine: Engine, threshold: float = THRESHOLD, lexical_weight: float = LEXICAL_WEIGHT
) -> Checked:
    """The checked answer text with its citations, unresolved markers and unsupported sentences."""
    plain, groups, unresolved = strip_markers(_ECHOED_FENCE.sub("", text), len(sources))
    sentences = _sentences(plain, groups)
    for s in sentences:
        s.claim = bool(set(terms(s.text)) - _FILLER)
    claims = [s for s in sentences if s.claim]
    support, best = support_matrix([s.text for s in claims], sources, engine, lexical_weight)
    quotes: dict[int, set[tuple[int, int]]] = {}
    scores: dict[int, float] = {}
    unsupported_idx: list[int] = []
    for i, s in enumerate(claims):
        kept = [n for n in s.cited if support[i, n - 1] >= threshold]
        if not kept and len(sources):
            j = int(np.argmax(support[i]))
            if support[i, j] >= threshold:
                kept = [j + 1]
        s.marks = kept
        s.support = max((float(support[i, n - 1]) for n in kept), default=float(support[i].max()) if len(sources) else 0.0)
        if not kept:
            unsupported_idx.append(i)
        for n in kept:
            quotes.setdefault(n, set()).add(best[i][n - 1])
            scores[n] = max(scores.get(n, 0.0), float(support[i, n - 1]))
    # Renumber in order of first use.
    order: dict[int, int] = {}
    for s in sentences:
        for n in s.marks:
            order.setdefault(n, len(order) + 1)
    pieces, cursor, flagged = [], 0, []
    for s in sentences:
        pieces.append(plain[cursor : s.start])
        marked = with_markers(s.text, [order[n] for n in s.marks])
        pieces.append(marked)
        if s.claim and not s.marks:
            flagged.append(marked)
        cursor = s.end
    pieces.append(plain[cursor:])
    final = "\n".join(" ".join(line.split()) for line in "".join(pieces).strip().splitlines() if line.strip())
    citations = tuple(sources[n - 1].cite(new, scores[n], quotes[n]) for n, new in sorted(order.items(), key=lambda kv: kv[1]))
    return Checked(final, citations, tuple(unresolved), tuple(dict.fromkeys(flagged)), len(claims))


def with_markers(sentence: str, numbers: Sequence[int]) -> str:
    """The sentence with its markers before the closing punctuation: '... Uranus [1].'"""
    text = " ".join(sentence.split())
    if not numbers:
        return text
    marks = "".join(f"[{n}]" for n in numbers)
    end = _END.search(text)
    if end:
        return f"{text[: end.start()].rstrip()} {marks}{end.group(1)}"
    return f"{text} {marks}"


def is_refusal(text: str, refusal: str) -> bool:
    """The model said the sources do not answer (the exact sentence the system prompt asks for, or nearly)."""
    said, wanted = normalize(text).rstrip(". "), normalize(refusal).rstrip(". ")
    return said == wanted or (said.startswith(wanted) and len(said) < len(wanted) + 40)
