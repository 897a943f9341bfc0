"""Questions about what happens if something fails, and whether a sentence tells of such a case.

"If the Chang'e-7 lander failed on touchdown, which mission would take over its science goals?" asks for a
fallback. Articles that only tell the plan ("Chang'e-7, which will land at the South Pole") do not say what
would follow a failure, however well their words match the question's. Such a question is refused unless
one of the best sentences speaks of failure, a condition or a backup. Only failures are read as asked: SQuAD's
"If Roman numerals were used, what would Super Bowl 50 have been called?" is answered from plain facts.
Regular expressions, no parser.
"""

from __future__ import annotations

import re

_FAILURE = (
    r"(?:fail(?:s|ed|ing|ures?)?|crash(?:es|ed)?|(?:go|goes|went)\s+wrong|malfunction(?:s|ed)?|"
    r"(?:breaks?|broke)\s+down|(?:is|was|were|got|gets|be)\s+(?:lost|cancell?ed|scrapped|destroyed|damaged))"
)
_ASKED = re.compile(
    rf"^\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s+)?(?:if|suppose|supposing|in\s+case|what\s+if|should)\b[^?]*?\b{_FAILURE}\b"
    rf"|\bwhat\s+(?:would|will|could|might)\s+happen\b[^?]*\bif\b[^?]*?\b{_FAILURE}\b",
    re.I,
)
# A sentence that tells of a failure or its remedy: "should the landing fail", "a backup lander", "in case of".
_TOLD = re.compile(
    rf"\b(?:{_FAILURE}|if|unless|in\s+case|in\s+the\s+event|backups?|back-up|contingenc(?:y|ies)|fallback|spares?|"
    r"redundan(?:t|cy)|take\s+over|takes\s+over|took\s+over|replace(?:s|d|ment)?)\b",
    re.I,
)


def asked(question: str) -> bool:
    """Whether ``question`` asks what would happen, or what would be done, if something failed."""
    return bool(_ASKED.search(question))


def told(text: str) -> bool:
    """Whether ``text`` speaks of a failure, a condition or a backup at all."""
    return bool(_TOLD.search(text))
