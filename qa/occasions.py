"""Questions about another occasion than the one the articles report: "Where will next year's congress be held?"

A question that says "next year's", "last year's" or "the following month" asks
about a different edition of an event than the sentences that match its other
words, which describe the one that "just ended". Such a question is answered
only by a sentence that speaks of that other time: the same phrase ("next year",
"the following year") or a year on the right side of the article's date.

A question about "this year's" congress asks for a date of the occasion the
articles report, which a sentence telling of another ("a year ago, in June
2021, at a gathering in St. Petersburg") does not give (``elsewhere``).

Left out: relative times without a unit ("next time", "the next mission"), which
name a thing in a series rather than a date (``qa.series`` handles members), and
named years, which ``qa.names`` checks against the whole index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ASKED = re.compile(r"\b(next|following|coming|upcoming|last|previous|past|prior)\s+(year|month|week|decade)(?:[’']s)?\b",
                    re.I)
_LATER = frozenset({"next", "following", "coming", "upcoming"})
_YEAR = re.compile(r"(?<![\w.,-])(?:19|20)\d\d(?![\w.,-]\d)")


@dataclass(frozen=True)
class Occasion:
    later: bool  # "next year's" rather than "last year's"
    unit: str  # "year", "month", "week" or "decade"
    phrase: str  # "next year", for the refusal

    def told_in(self, sentence: str, published_year: int = 0) -> bool:
        """Whether ``sentence`` speaks of this occasion: the same relative phrase, or a year on its side of
        ``published_year`` (when the article's date is known)."""
        if self.later:
            relative = rf"\b(?:next|following|coming|upcoming)\s+{self.unit}"
        else:
            relative = rf"\b(?:last|previous|past|prior)\s+{self.unit}|\b(?:a|one)\s+{self.unit}\s+(?:ago|earlier|before)"
        if re.search(relative, sentence, re.I):
            return True
        if self.unit not in ("year", "decade"):
            return False
        if not published_year:  # no date to count from: "in 2025" may be the year before or the year after
            return False
        years = [int(y) for y in _YEAR.findall(sentence)]
        return any(y > published_year if self.later else y < published_year for y in years)


def asked(question: str) -> Occasion | None:
    """The other occasion the question asks about; None when it asks about no particular one."""
    match = _ASKED.search(question)
    if not match:
        return None
    return Occasion(match.group(1).lower() in _LATER, match.group(2).lower(), f"{match.group(1)} {match.group(2)}".lower())


_THIS = re.compile(r"\bthis\s+(?:year|month|week)(?:[’']s)?\b", re.I)
_ANOTHER = re.compile(r"\b(?:next|following|coming|upcoming|last|previous|past|prior)\s+(?:year|month|week)\b"
                      r"|\b(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier|before|later)\b", re.I)


def elsewhere(question: str, sentence: str) -> bool:
    """Whether a question about this year's occasion meets a sentence telling of another one."""
    return bool(_THIS.search(question) and _ANOTHER.search(sentence))
