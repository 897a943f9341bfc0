"""How a name is spelled across the articles: "How did the ESPI researcher's surname get spelled in the write-ups?"

Outlets misspell names (TIME's "Albierti" is SpaceNews' "Aliberti"). A question about spelling talks about
the text, not the story: its words "spelled", "surname" and "write-ups" are in no sentence that answers it,
so ``META`` lists the words the scorer leaves out for it when no article holds them (an article that does
discuss spellings, "the title is spelled in a variety of ways", keeps them: they find it). ``variants``
then answers with the best sentence and every close sentence spelling one of its names a slip of the pen
away, so each spelling is shown with its citation, as the answerer shows dates the articles disagree on.

Left out: spellings further apart than one edit, and names split differently ("Tian Wen" for "Tianwen").
"""

from __future__ import annotations

import re

from qa.names import one_edit
from qa.sentences import Candidate

_ASKED = re.compile(r"\b(?:spell|spelt|spelled|spells|spelling|spellings|misspell\w*)\b", re.I)
# Words about the text a spelling question uses. Only a spelling question drops them: "What is the rover's
# name?" still weighs "name".
META = frozenset(
    "spell spelt spelled spells spelling spellings misspelled misspelt misspelling surname surnames name names "
    "different differently various write-up write-ups writeup writeups article articles piece pieces story "
    "stories report reports outlet outlets version versions account accounts coverage".split()
)
_GET = re.compile(r"\b(?:get|gets|got|gotten)\s+(?=(?:mis)?spel)", re.I)  # "get spelled" is "spelled"
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")


def asked(question: str) -> bool:
    """Whether the question asks how something is spelled."""
    return bool(_ASKED.search(question))


def plain(question: str) -> str:
    """``question`` without the "get" of a passive "get spelled", which the articles' "get samples" would meet."""
    return _GET.sub("", question)


def variants(ranked: list[Candidate], share: float, depth: int) -> list[Candidate]:
    """The best sentence and those scoring ``share`` of it that spell one of its names differently; [] when none
    does. A variant of a name the best sentence holds needs no support of its own: the name is what was asked."""
    if not ranked:
        return []
    best = ranked[0]
    names = {n.lower() for n in _NAME.findall(best.text)}
    others = [
        c
        for c in ranked[1:depth]
        if c.score >= share * best.score
        and any(
            w not in names and any(one_edit(w, n, swap_only=False) for n in names)
            for w in {m.lower() for m in _NAME.findall(c.text)}
        )
    ]
    return [best, *others] if others else []
