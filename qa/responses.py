"""Questions about whether an invitation was taken up: "Did any foreign agency submit a proposal for Chang'e-7?"

Such a question is answered only by a sentence that tells of a submission: a word
for submitting, filing or applying. A sentence that only makes the offer ("the
country is open to international proposals for its Chang'e-7 lander") shares the
question's words, proposals and all, yet says nothing of anyone answering it, and
was given as the answer to both "Did any agency submit ...?" and "Which countries
have submitted ...?".

Left out: other ways of taking an offer up ("joined", "signed on"), which the
articles also use of the founding partners themselves, so the word alone does not
tell an answer from an offer.
"""

from __future__ import annotations

import re

_ASKED = re.compile(
    r"\bsubmit(?:s|ted|ting)?\b|\bsubmissions?\b|\bappl(?:y|ies|ied)\s+(?:to|for)\b"
    # "Has any country actually put in a payload proposal ...?"
    r"|\b(?:put|puts|putting|sent|send|sends|sending|handed|hand|hands)\s+(?:in|forward)\s+(?:an?\s+|any\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+)?(?:proposals?|bids?|applications?)\b",
    re.I,
)
_TOLD = re.compile(
    r"\bsubmit(?:s|ted|ting)?\b|\bsubmissions?\b|\bfil(?:e|es|ed|ing)\b|\bappl(?:y|ies|ied|ications?)\b"
    r"|\bput\s+forward\b|\bsent\s+in\b|\bhanded\s+in\b"
    r"|\bput\s+in\s+(?:an?\s+|any\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:proposals?|bids?|applications?)\b",
    re.I,
)


def asked(question: str) -> bool:
    """Whether ``question`` asks about a submission or an application."""
    return bool(_ASKED.search(question))


def told(sentence: str) -> bool:
    """Whether ``sentence`` tells of one."""
    return bool(_TOLD.search(sentence))
