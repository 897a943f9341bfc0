"""Questions asking who built something, or what a party is bound to do, and whether a sentence tells it.

"Which French lab or agency built it?" after a turn about France's radon detector asks for a maker. A
sentence that lists the device among Chang'e-6's payloads, or names France among the countries with
experiments aboard, tells who sends it, not who built it. Such a question is refused unless one of the
best sentences has a verb or noun of making ("built", "developed by", "manufacturer"). Likewise "What is
Russia obligated to supply under the agreement?" needs a sentence that tells a duty or a commitment, not
one that says the agreement was signed. Regular expressions; "made" and "created" are left out, being
too common in other senses ("made a decision").
"""

from __future__ import annotations

import re

from qa.spelling import american
from qa.text import OPENING, terms

_MAKING = r"(?:built|build|builds|building|designed|designs|design|developed|develops|develop|manufactured|constructed|engineered|assembled)"
_MAKER = (
    r"(?:compan(?:y|ies)|firms?|labs?|laborator(?:y|ies)|institutes?|institutions?|agenc(?:y|ies)|universit(?:y|ies)|"
    r"teams?|organi[sz]ations?|contractors?|manufacturers?)"
)
_ASKED_MAKER = re.compile(
    rf"^\s*{OPENING}(?:who|(?:which|what)\s+(?:[\w’'-]+\s+){{0,3}}?{_MAKER})\b[^?]*\b{_MAKING}\b",
    re.I,
)
_TOLD_MAKER = re.compile(
    r"\b(?:buil[dt]\w*|design\w*|develop\w*|manufactur\w*|construct\w*|engineer\w*|assembl\w*|made\s+by|maker|"
    r"architects?|contractors?|invent\w*)\b",
    re.I,
)
_ASKED_DUTY = re.compile(r"\b(?:obligat\w*|obliged|obliges|commitments?|committed\s+to|pledged?\s+to|bound\s+to)\b", re.I)
_TOLD_DUTY = re.compile(
    r"\b(?:oblig\w*|requir\w*|commit\w*|pledg\w*|promis\w*|undertak(?:e|es|ing)\s+to|undertook\s+to|responsib\w*|must|shall|"
    r"agreed\s+to|duty|duties|terms)\b",
    re.I,
)


def asks_maker(question: str) -> bool:
    """Whether ``question`` asks who built, designed or developed something."""
    return bool(_ASKED_MAKER.search(question))


# "who built that rover?": what was made, named by a noun phrase (not "it"), as group 1
_MADE = re.compile(
    rf"\b{_MAKING}\s+(?:the|that|this|its|their|a|an)\s+((?:[\w’'-]+\s+){{0,3}}?[a-z][\w’'-]*?)\s*(?:\?|$|\bfor\b|\bon\b)",
    re.I,
)


def made_thing(question: str) -> str:
    """The words naming what ``question`` asks the maker of ("rover" in "who built that rover?"), or ""."""
    found = _MADE.search(question) if asks_maker(question) else None
    return found.group(1) if found else ""


def tells_maker_of(thing: str, text: str) -> bool:
    """Whether ``text`` speaks of making and of ``thing`` by a word of it: "a contract to build a lunar base"
    tells nothing of who built the rover; "The Sage Gateshead ... designed by Foster" tells of the music
    center (in any spelling)."""
    return tells_maker(text) and bool(set(terms(american(thing))) & set(terms(american(text))))


def tells_maker(text: str) -> bool:
    """Whether ``text`` speaks of something's making at all."""
    return bool(_TOLD_MAKER.search(text))


def asks_duty(question: str) -> bool:
    """Whether ``question`` asks what a party is obliged or committed to do."""
    return bool(_ASKED_DUTY.search(question))


def tells_duty(text: str) -> bool:
    """Whether ``text`` tells a duty, a requirement or a commitment."""
    return bool(_TOLD_DUTY.search(text))
