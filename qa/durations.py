"""Spans of time, for "How long ...?" questions: "18 months", "a decade", "from 2021 to 2035".

"How long is the rover expected to operate?" is answered by a sentence that
gives a length of time; a sentence about the rover that gives none does not
say it. A length in space ("1,230 km") also answers "how long", of a river
or a road, so those count too (``qa.facts`` adds them).

Left out: spans told only by their two ends in separate sentences, and words
for vague lengths ("for a while", "long-delayed"), which answer no "how long".
"""

from __future__ import annotations

import re

from qa.text import YEAR_DIGITS

_AMOUNT = (
    r"(?:\d+(?:[.,]\d+)*(?:\s*(?:-|–|to)\s*\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|a hundred|several|a few|many|half an?|a couple of)"
)
_SPAN = re.compile(
    rf"(?<![\w’'-])(?:{_AMOUNT})(?:\s+(?:more|full|whole|long))?[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|"
    r"months?|years?|decades?|centuries|century|millennia|millennium)\b"
    rf"|\b(?:from|between)\s+{YEAR_DIGITS}\s+(?:to|and|until|till)\s+{YEAR_DIGITS}\b"
    rf"|\b(?:until|till|through|since)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\s+)?{YEAR_DIGITS}s?\b"
    r"|\bfor\s+(?:many\s+|several\s+)?(?:years|decades|centuries|months|weeks)\b",
    re.I,
)
ASKED = re.compile(r"\bhow long\b", re.I)  # after ``qa.kinds`` has taken "how long is it in km" as a measure


# "But that was 16 months—and one invasion of Ukraine—ago": a span counted back from now is a point in time.
_AGO = re.compile(r"[^.;,:?!]{0,40}?\bago\b", re.I)


# "How long ago ...?", "How long has it been since ...?": the time passed since something, which "ago" tells.
# "how long before the IAC had that been?" asks the same in question order.
_SINCE = re.compile(
    r"\bago\b|\bsince\b|\b(?:it|that)(?:[’']s|\s+(?:has|had|have))\s+been\b|\b(?:has|had|have)\s+(?:it|that)\s+been\b", re.I
)


def found(text: str, question: str = "") -> list[tuple[str, int]]:
    """The spans of time in ``text``, each with where it starts; those told "ago", which date something, only
    for a question asking how long ago or since ("How long has he been at the institute?" is not answered by
    "that was 16 months ago")."""
    ago = not question or bool(_SINCE.search(question))
    return [(m.group(), m.start()) for m in _SPAN.finditer(text) if ago or not _AGO.match(text, m.end())]
