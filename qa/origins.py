"""Questions about when something began: "In what year was the China National Space Administration founded?"

A date answers such a question only from a sentence that tells of that beginning:
one that names the thing (by its words or its initials) and uses a word for
starting something ("founded", "set up", "signed", "launched", "announced").
Without this check a sentence that names CNSA beside a date of something else
("crewed lunar missions by the mid-2030s") passes for the founding date.

Left out: active questions ("When did China set up its space agency?"), whose
subject is the founder rather than the thing founded, and launches of craft,
which are events in a series (``qa.series``) rather than beginnings.
"""

from __future__ import annotations

import re

from qa.acronyms import initialisms
from qa.text import terms

_ASKED = re.compile(
    r"^\s*(?:when|(?:in\s+)?(?:what|which)\s+year)\s+(?:was|were)\s+(?P<thing>.+?)\s+"
    r"(?:(?:first|originally|officially|formally)\s+)?"
    r"(?:founded|established|created|formed|set\s+up|inaugurated|born)\b",
    re.I,
)
_BEGINNING = re.compile(
    r"\b(?:co-?)?found(?:ed|ing|ers?|ation)?\b|\bestablish\w*|\bcreat\w*|\bform(?:ed|ing|ation)\b|\bset\s+up\b"
    r"|\bsign(?:ed|ing|s)?\b|\blaunch\w*|\bstart\w*|\bbeg[au]n\b|\bborn\b|\binaugurat\w*|\bunveil\w*|\bannounc\w*",
    re.I,
)


def asked(question: str) -> str:
    """The thing whose beginning ``question`` dates ("the China National Space Administration"), or ""."""
    found = _ASKED.search(question)
    return found.group("thing") if found else ""


def told(thing: str, sentence: str) -> bool:
    """``sentence`` tells of ``thing``'s beginning: it names the thing and uses a word for starting it."""
    if not _BEGINNING.search(sentence):
        return False
    wanted = set(terms(thing))
    if wanted <= set(terms(sentence)):
        return True
    letters = {w.lower() for w in re.findall(r"\b[A-Z][A-Z0-9]{1,7}\b", thing)} | set(_initials(thing))
    lowered = set(re.findall(r"\w+", sentence.lower())) | set(_initials(sentence))
    return bool(letters & lowered)


def _initials(text: str) -> list[str]:
    # a sentence-initial "The" is capitalised by position, not part of the name
    return initialisms(re.sub(r"^\s*The\b", "the", text))
