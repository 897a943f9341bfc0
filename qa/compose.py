"""Which close sentences join the best one in an answer, and how they are written out with markers and citations.

``select`` keeps a runner-up when it completes the answer (it holds the asked value the answer lacks),
adds to it (nearly as good, from another article), goes on from a kept sentence, or gives a rival value
from another source (then the answer is a conflict); it merges near-identical sentences into one claim
with several markers. ``compose`` numbers the passages in order of first use and builds the Answer.

Left out: scoring and the decision to refuse, which ``qa.answer`` makes before anything is selected.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from qa import kinds
from qa.rivals import rival
from qa.sentences import BOILERPLATE, END, Candidate, named_outlets
from qa.text import normalize, terms
from qa.types import Answer, Passage

if TYPE_CHECKING:
    from qa.answer import Weights

CONFLICT_LEAD = "The articles disagree on this:"
_FAKE_MARKER = re.compile(r"\[(\d{1,4})\]")


def select(
    ranked: list[Candidate], kind: kinds.Asked, min_support: float, max_sentences: int, w: Weights
) -> tuple[list[Candidate], bool]:
    best = ranked[0]
    chosen = [best]
    conflicting = False
    rest = ranked[1:]
    if kind.kind and not best.values:  # a close sentence holding the asked value goes before ones that only agree
        rest = sorted(rest, key=lambda c: not c.values)
    for c in rest:
        if len(chosen) >= max_sentences:
            break
        if c.support < min_support or c.score < w.conflict_ratio * best.score or BOILERPLATE.match(c.text):
            continue  # a credit line may be the answer asked for, never an addition to one
        if any(c.passage.article_id == s.passage.article_id and _overlap(c, s) for s in chosen):
            continue
        if kind.initials and not c.values:
            continue  # what initials stand for: a sentence that only names the ILRS adds nothing to its spelling out
        twin = next((s for s in chosen if _same_claim(c, s)), None)
        if twin is not None:
            if c.passage.article_id != twin.passage.article_id and c.passage not in twin.also:
                twin.also.append(c.passage)
            continue
        other_source = all(c.passage.article_id != s.passage.article_id for s in chosen)
        if kind.kind in kinds.COMPARABLE and other_source and any(rival(c.values, s.values) for s in chosen):
            conflicting = True
            chosen.append(c)
        else:
            ratio = w.shown_ratio if kind.gated else w.complete_ratio
            completes = _completes(c, chosen, kind) and c.score >= ratio * best.score
            adds = c.score >= w.keep_ratio * best.score and (other_source or c.score >= 0.9 * best.score)
            if completes or adds or (kind.kind and c.values and any(_goes_on(s, c) for s in chosen)):
                chosen.append(c)
    return chosen, conflicting


def from_each_outlet(question: str, chosen: list[Candidate], ranked: list[Candidate], min_support: float) -> list[Candidate]:
    """``chosen`` with the best close sentence of each outlet the question names that it lacks: "Which countries
    are named in both TIME and ust_magazine ...?" (blind354 mw18) is answered from both."""
    named = named_outlets(tuple({c.passage.chunk_id: c.passage for c in ranked}.values()), question)
    if len(named) < 2:
        return chosen
    for outlet in named:
        if any(c.passage.outlet == outlet for c in chosen):
            continue
        typed = any(c.values for c in chosen)  # a typed answer takes only a sentence holding its kind of value
        found = next(
            (c for c in ranked if c.passage.outlet == outlet and c.support >= min_support and (c.values or not typed)), None
        )
        if found is not None:
            chosen = [*chosen, found]
    return chosen


# "It was little more than a year ago, in June 2021, ... But that was 16 months—and one invasion of
# Ukraine—ago": the next sentence goes on about the same thing and gives its own value of the asked kind.
_GOES_ON = re.compile(r"^(?:(?:But|And|Yet|So)\s+)?(?:that|this|it)\s+(?:was|is|were|had|has)\b", re.I)


def _goes_on(kept: Candidate, c: Candidate) -> bool:
    """``c`` is the sentence right after ``kept`` in its passage and speaks of what ``kept`` told."""
    between = c.start - kept.end
    return c.passage.chunk_id == kept.passage.chunk_id and 0 <= between <= 2 and bool(_GOES_ON.match(c.text))


def _completes(c: Candidate, chosen: list[Candidate], kind: kinds.Asked) -> bool:
    """The answer so far names no value of the asked kind ("Why ...?" with no reason yet) and ``c`` does."""
    return bool(kind.kind and c.values and not any(s.values for s in chosen))


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _same_claim(a: Candidate, b: Candidate) -> bool:
    """Near-identical sentences that also agree on their numbers and names: corroboration.

    "... in Glendale, Arizona" and "... in Tampa, Florida" read alike but
    disagree; they must stay separate sentences, never one claim with two markers.
    """
    if _specifics(a.text) != _specifics(b.text):
        return False
    if a.vector is not None and b.vector is not None and float(np.dot(a.vector, b.vector)) >= 0.9:
        return True
    wa, wb = set(terms(a.text)), set(terms(b.text))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.7


_SPECIFIC = re.compile(r"\d+(?:[.,]\d+)*|(?<=\w[\s,;:(“\"'])[A-Z][\w’'-]+")


def _specifics(text: str) -> set[str]:
    """Numbers and capitalised words after the first word of a sentence, normalised."""
    return {normalize(m.group()).removesuffix("'s") for m in _SPECIFIC.finditer(text.replace("\u00a0", " "))}


def compose(question: str, query: str, chosen: list[Candidate], conflicting: bool) -> Answer:
    numbers: dict[str, int] = {}
    quotes: dict[str, list[tuple[int, int]]] = {}
    support: dict[str, float] = {}
    by_id: dict[str, Passage] = {}
    lines = []
    for c in chosen:
        marks = []
        for p in [c.passage, *c.also]:
            if p.chunk_id not in numbers:
                numbers[p.chunk_id] = len(numbers) + 1
                by_id[p.chunk_id] = p
            marks.append(numbers[p.chunk_id])
            support[p.chunk_id] = max(support.get(p.chunk_id, 0.0), c.support)
        quotes.setdefault(c.passage.chunk_id, []).append((c.start, c.end))
        lines.append(_with_markers(c.text, marks))
    text = f"{CONFLICT_LEAD}\n" + "\n".join(f"- {line}" for line in lines) if conflicting else " ".join(lines)
    citations = tuple(
        by_id[cid].cite(n, support[cid], quotes.get(cid, [])) for cid, n in sorted(numbers.items(), key=lambda kv: kv[1])
    )
    return Answer(question=question, text=text, citations=citations, refused=False, conflicting=conflicting, query=query)


def _with_markers(sentence: str, numbers: list[int]) -> str:
    """The sentence with its markers before the closing punctuation: '... Uranus [1].'"""
    text = " ".join(sentence.replace("\u00a0", " ").split())
    text = _FAKE_MARKER.sub(lambda m: f"［{m.group(1)}］", text)  # article text must not forge a citation
    marks = "".join(f"[{n}]" for n in numbers)
    end = END.search(text)
    if end:
        return f"{text[: end.start()]} {marks}{end.group(1)}"
    return f"{text} {marks}"
