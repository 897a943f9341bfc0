"""Questions about whether an invitation was taken up: "Did any foreign agency submit a proposal for Chang'e-7?"

Such a question is answered only by a sentence that tells of a submission: a word
for submitting, filing or applying. A sentence that only makes the offer ("the
country is open to international proposals for its Chang'e-7 lander") shares the
question's words, proposals and all, yet says nothing of anyone answering it, and
was given as the answer to both "Did any agency submit ...?" and "Which countries
have submitted ...?".

"Did any country sign up to put an instrument on Chang'e-8?" (``signed_up``) is answered by a submission
too, or by a sentence that puts some party's payload aboard the mission asked about ("experiments aboard",
"will be placed on", "will host"), and not by one about another member of the series.

Left out: "joined" and "signed" alone, which the articles use of the founding partners' roadmap, so the
word does not tell an answer from an offer.
"""

from __future__ import annotations

import re

from qa import series
from qa.text import without_opening

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


# whether anyone did, asked yes or no: not how many did (SQuAD: "how many students signed up for the college?"),
# nor when two partners "signed up to build the lunar base" (a date)
_SIGNED_UP = re.compile(
    r"^\s*(?:[^?,]{0,60},\s*)?(?:(?:and|so|but)\s+)?(?:did|has|have|had|will|would)\s+(?:[\w’'-]+\s+){1,4}?(?:already\s+|actually\s+|yet\s+)?sign(?:s|ed)?\s+(?:up|on)\b"
    # "Which countries have already signed up to fly instruments on Chang'e-7?" (blind215 hf11); not "When did
    # China and Russia sign up to build the base?", which asks of the roadmap the founders signed
    r"|^\s*(?:(?:and|so|but)\s+)?(?:who|(?:which|what)\s+(?:[\w’'-]+\s+){0,2}?(?:countries|country|nations?|agenc(?:y|ies)|"
    r"partners?|institutions?|universit(?:y|ies)|teams?|groups?))\s+(?:has|have|had)\s+(?:already\s+|actually\s+)?"
    r"sign(?:ed)?\s+(?:up|on)\b",
    re.I,
)
_ABOARD = re.compile(
    r"\b(?:aboard|on\s+board|onboard|be\s+placed\s+on|(?:will|would)\s+(?:also\s+)?(?:host|carry|fly)|"
    r"sign(?:s|ed|ing)?\s+(?:up|on))\b",
    re.I,
)


def signed_up(question: str) -> str:
    """``question`` when it asks whether a party signed up or on (for a mission's payload), else ""."""
    return question if _SIGNED_UP.search(question) else ""


def tells_signed_up(question: str, sentence: str) -> bool:
    """Whether ``sentence`` tells of a submission, or of some party's payload aboard the member ``question``
    names (any member when it names none)."""
    return told(sentence) or (bool(_ABOARD.search(sentence)) and not series.only_others(sentence, question))


# "so which option did China end up picking?" after a turn on Aliberti's dilemma (blind363 nf18): the outcome
# of a choice, which the sentences weighing the choice do not tell; not "Why did Sweden choose to fly ...?"
_DECISION_ASKED = re.compile(
    r"^\s*(?:which|what)\s+(?:[\w’'-]+\s+){0,3}?(?:options?|choices?|paths?|alternatives?|"
    r"one|of\s+(?:the|those|these)\s+(?:two|options|choices|paths))\s+(?:did|has|have|had|will|does|do)\s+"
    r"(?:[\w’'-]+\s+){1,3}?(?:(?:end(?:ed)?\s+up|finally|ultimately|actually|eventually)\s+)?"
    r"(?:pick|choos|chose|select|take|took|go(?:ing)?\s+with|went\s+with|settl\w*\s+on|opt(?:ed|ing)?\s+for|decid)\w*"
    # "so which way did Beijing end up going?" (blind375 nr17)
    r"|^\s*which\s+(?:way|direction)\s+(?:did|has|have|will|does|do)\s+(?:[\w’'-]+\s+){1,3}?"
    r"(?:(?:end(?:ed)?\s+up|finally|ultimately|eventually)\s+)(?:go|going|went|gone|lean|leaning|leaned)\b"
    r"|^\s*what\s+(?:did|has|have)\s+(?:[\w’'-]+\s+){1,3}?"
    r"(?:end(?:ed)?\s+up\s+|finally\s+|ultimately\s+|eventually\s+)decid(?:e|ed|ing)\b",
    re.I,
)
# A decision told: not "may have chosen the most passive aggressive way", a manner, not a pick between two
_DECISION_TOLD = re.compile(
    r"\b(?:chose|opted|decided|picked|settled\s+on|went\s+with|ended\s+up|made\s+(?:its|their|a|the)\s+(?:choice|decision))\b",
    re.I,
)


def asks_decision(question: str) -> bool:
    """Whether ``question`` asks which way a choice went ("which option did China end up picking?")."""
    return bool(_DECISION_ASKED.search(without_opening(question)))  # "so which option ...?"


def tells_decision(sentence: str) -> bool:
    """Whether ``sentence`` tells of a choice made."""
    return bool(_DECISION_TOLD.search(sentence))
