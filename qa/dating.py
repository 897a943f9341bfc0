"""Which sentences' dates can answer a when-question, read from the question and the sentence alone.

A date in a sentence that matches the question well still answers nothing when it is
told of something else: a date in the past for "When will it ...?" (``qa.occasions``),
this year's congress asked but "a year ago, in June 2021" told, a beginning asked but
another event dated (``qa.origins``), an end or a return asked but what follows or the way out
dated (``qa.endings``). The answerer drops such a sentence's dates, so that it no longer
counts as holding the value asked.

Left out: which of several dates in one sentence belongs to the thing asked
(``qa.series`` for missions of a series).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qa import endings, followup, occasions, origins
from qa.text import terms


def misdated(question: str) -> Callable[[str], bool]:
    """A test telling whether a sentence's dates are told of something other than what ``question`` dates."""
    to_come = occasions.looks_ahead(question)
    began = origins.asked(question)  # "When was CNSA founded?"
    ends = endings.asked(question)  # "When will the phase wrap up?"
    back = endings.asked_return(question)  # "When will it return its samples to Earth?"
    # "the Mars one — when is that going up?": "Tianwen-2 in 2025 will fly to a near-Earth asteroid" dates another
    one = followup.described(question)

    def test(sentence: str) -> bool:
        return bool(
            (one and not re.search(rf"\b{re.escape(one)}", sentence, re.I))
            or (to_come and not occasions.ahead(sentence))
            or (ends and not endings.told(sentence))
            or (back and not endings.told_return(sentence))
            or occasions.elsewhere(question, sentence)
            or (began and not origins.told(began, sentence))
        )

    return test


# Words asking for a time: a sentence holding a date covers them ("the timeframe for the lunar base" is answered by
# "which will be launched ... in the late 2030s"). Not "date" or "year": read so, "On what date did the IAC open?"
# took any dated sentence for its answer (25 refusals lost over the question sets); nor "timeline", which the
# articles' "Timelines released by the CNSA" uses as a word of its own.
_ASKING = re.compile(
    r"\b(?:time-?frames?|time\s+frames?|timetables?)\b",
    re.I,
)


def asking_terms(question: str) -> set[str]:
    """Stemmed words of ``question`` that ask for a time ("timeframe", "date")."""
    return {t for word in _ASKING.findall(question) for t in terms(word)}
