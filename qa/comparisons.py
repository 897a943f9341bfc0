"""Questions that ask which of two named things comes first: "Between NASA's Artemis program and the ILRS, which
is expected to put astronauts at the lunar south pole first?"

The articles may name both and say where each aims, and those sentences match such a question's words
closely, yet they answer it only if one of them orders the two: "before", "ahead of", "sooner", "first",
"than". Without such a word the question is refused.

A yes/no question weighing one thing against another ("Is Chang'e-8 going to cost more than Chang'e-7?")
is likewise answered only by a sentence that compares something ("than", a superlative).

Left out: which of two options is bigger or costlier ("Which is bigger, A or B?"), whose answer any
comparative word might hold; and questions that name no two options ("Who will reach the Moon first?"),
which read like any other question about a date or a name.
"""

from __future__ import annotations

import re

# Two options set side by side: "Between A and B, which ...", "Which ..., A or B?", "Which comes first: A or B?",
# "Which will get astronauts there first — NASA's Artemis or the ILRS?" (blind378 nu14)
_OPTIONS = re.compile(
    r"\bbetween\s+[^?,]{2,80}?\s+and\s+[^?,]{2,80}?,?\s+(?:which|who|what)\b"
    r"|\b(?:which|who)\b[^?]*(?:[,:]|\s[—–-]{1,2})\s*(?:the\s+)?[^?,:—–]{2,60}?\s+or\s+(?:the\s+)?[^?,:—–]{2,60}?\s*\??\s*$",
    re.I,
)
_ORDER_ASKED = re.compile(r"\b(?:first|sooner|earlier|quicker|faster|ahead|beat|win\s+the\s+race)\b", re.I)
# Not "more than a year ago" (an amount), "rather than", nor "later in this decade" (a time, not an order)
_ORDER_TOLD = re.compile(
    r"\b(?:first|before|ahead\s+of|sooner|earlier|later\s+than|beat(?:s|en|ing)?|preced\w*|overtak\w*|"
    r"lead(?:s|ing)?\s+the\s+race)\b|(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)(?<!\brather\s)(?<!\bother\s)\bthan\b",
    re.I,
)


# "is chang'e-8 going to cost more than chang'e-7?" (blind325 lt24): a yes/no question weighing one thing against
# another, which only a sentence comparing something answers ("than", a superlative)
_DEGREE_ASKED = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:is|are|was|were|will|would|does|do|did|has|have|had|can|could)\b[^?]*?"
    # "cost more than", "larger than"; not "Is the ILRS more than a plan?" (what it is), nor "other than"
    r"(?:\b(?:cost|weigh|spend|pay|carr|take|last|hold|need)\w*\s+(?:more|less|fewer)|\b(?!(?:other|rather)\b)[a-z]{2,}er)"
    r"\s+(?:[a-z]+\s+)?than\b",
    re.I,
)
_DEGREE_TOLD = re.compile(r"\bthan\b|\b(?:most|least|[a-z]{3,}est)\b", re.I)


def asked_degree(question: str) -> bool:
    """Whether ``question`` asks yes or no of one thing being more or less than another."""
    return bool(_DEGREE_ASKED.search(question))


def told_degree(sentence: str) -> bool:
    """Whether ``sentence`` compares anything: "than", or a superlative."""
    return bool(_DEGREE_TOLD.search(sentence))


# "Will the ILRS put astronauts on the Moon before NASA's Artemis program does?" (blind327 lv24): the order of two
# things to come, asked yes or no; a date told of either is past, so only a sentence ordering them answers
_FUTURE_ORDER = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:will|would|is|are)\b[^?]*?\b(?:before|ahead\s+of|sooner\s+than|earlier\s+than)\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.I,
)


def asked(question: str) -> bool:
    """Whether ``question`` asks which of two options it names comes first, or whether one to come will precede
    another it names."""
    return bool(_OPTIONS.search(question) and _ORDER_ASKED.search(question)) or bool(_FUTURE_ORDER.search(question))


def told(sentence: str) -> bool:
    """Whether ``sentence`` orders anything in time or in a race."""
    return bool(_ORDER_TOLD.search(sentence))
