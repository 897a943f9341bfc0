"""Questions about another occasion than the one the articles report: "Where will next year's congress be held?"

A question that says "next year's", "last year's" or "the following month" asks
about a different edition of an event than the sentences that match its other
words, which describe the one that "just ended". Such a question is answered
only by a sentence that speaks of that other time: the same phrase ("next year",
"the following year") or a year on the right side of the article's date.

A question about "this year's" congress asks for a date of the occasion the
articles report, which a sentence telling of another ("a year ago, in June
2021, at a gathering in St. Petersburg") does not give (``elsewhere``).

"The next congress" (or conference, meeting, summit) asks about a later edition
too: a sentence tells of it by "next"/"following" before the gathering, by "next
year", or by a year after the article's date.

Left out: relative times without a unit ("next time", "the next mission"), which
name a thing in a series rather than a date (``qa.series`` handles members), and
named years, which ``qa.names`` checks against the whole index.

A question about what is to come (``looks_ahead``) is answered only by a sentence that puts its
date ahead (``ahead``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.text import YEAR

_LATER = r"(?:next|following|coming|upcoming)"
_EARLIER = r"(?:last|previous|past|prior)"
_UNIT = r"(year|month|week|decade)"
_ASKED = re.compile(rf"\b({_LATER}|{_EARLIER})\s+{_UNIT}(?:[’']s)?\b", re.I)
# "the next International Astronautical Congress": a later edition of a gathering. Not "the last congress",
# which may mean the one that just ended.
_GATHERING = r"(congress|conference|gathering|meeting|summit|forum|symposium|assembly|edition|IAC)"
_NEXT_EDITION = re.compile(rf"\b({_LATER})\s+(?:[\w’'-]+\s+){{0,3}}?{_GATHERING}\b", re.I)


@dataclass(frozen=True)
class Occasion:
    later: bool  # "next year's" rather than "last year's"
    unit: str  # "year", "month", "week" or "decade"; or the gathering of "the next congress"
    phrase: str  # "next year", for the refusal

    def told_in(self, sentence: str, published: str = "") -> bool:
        """Whether ``sentence`` speaks of this occasion: the same relative phrase, or a year on its side of the
        ``published`` date of its article (when that is known)."""
        if self.unit not in ("year", "month", "week", "decade"):  # "the next congress": its year may tell it
            relative = rf"\b{_LATER}\s+(?:[\w’'-]+\s+){{0,3}}?{self.unit}|\b{_LATER}\s+year"
        elif self.later:
            relative = rf"\b{_LATER}\s+{self.unit}"
        else:
            relative = rf"\b{_EARLIER}\s+{self.unit}|\b(?:a|one)\s+{self.unit}\s+(?:ago|earlier|before)"
        if re.search(relative, sentence, re.I):
            return True
        if self.unit in ("month", "week") or not published[:4].isdigit():
            return False  # no date to count from: "in 2025" may be the year before or the year after
        then = int(published[:4])
        return any(int(y) > then if self.later else int(y) < then for y in YEAR.findall(sentence))


def asked(question: str) -> Occasion | None:
    """The other occasion the question asks about; None when it asks about no particular one."""
    match = _ASKED.search(question)
    if not match:
        edition = _NEXT_EDITION.search(question)
        if not edition:
            return None
        gathering = edition.group(2)
        return Occasion(True, gathering.lower(), f"the {edition.group(1).lower()} {gathering}")
    when = match.group(1).lower()
    return Occasion(re.fullmatch(_LATER, when) is not None, match.group(2).lower(), f"{when} {match.group(2).lower()}")


_THIS = re.compile(r"\bthis\s+(?:year|month|week)(?:[’']s)?\b", re.I)
_ANOTHER = re.compile(
    rf"\b(?:{_LATER}|{_EARLIER})\s+(?:year|month|week)\b"
    r"|\b(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier|before|later)\b",
    re.I,
)


def elsewhere(question: str, sentence: str) -> bool:
    """Whether a question about this year's occasion meets a sentence telling of another one."""
    return bool(_THIS.search(question) and _ANOTHER.search(sentence))


# A question about what is to come ("When is the base expected to be running?") is answered by a
# date the article puts ahead ("will be launched ... in the late 2030s"), not by when it was announced.
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|expected|supposed to|scheduled|slated|planned|due|going to|set to|projected|"
    r"aim(?:s|ed)? to|hope(?:s|d)? to|target(?:ed)?|up and running)\b",
    re.I,
)
_AHEAD = re.compile(
    r"\b(?:will|shall|would|hop(?:es|ed|ing)? to|plan(?:s|ned)? to|aim(?:s|ed)? to|expected|scheduled|"
    r"slated|planned|due to|set to|(?:is|are) to)\b",
    re.I,
)


def looks_ahead(question: str) -> bool:
    """Whether a (date) question asks when something is to happen."""
    return bool(_LOOKS_AHEAD.search(question))


def ahead(sentence: str) -> bool:
    """Whether a sentence speaks of what is to come."""
    return bool(_AHEAD.search(sentence))
