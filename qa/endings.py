"""Questions about when something ends: "When is the reconnaissance phase expected to wrap up?"

A date answers such a question only from a sentence that tells of an end: a word
for ending, finishing or completing, a span ("until", "through", "2021–2025") or
a last day. Without this check the sentence naming the phase and a date of what
follows it ("which hopes to host crewed lunar missions by the mid-2030s") passes
for the end of the phase.

Left out: how long something lasts (``qa.durations``) and deadlines given with
"by", which as often date what is done by then as the end of anything.
"""

from __future__ import annotations

import re

from qa.text import OPENING

_ASKED = re.compile(
    rf"^\s*{OPENING}(?:when|by\s+when|(?:in\s+)?(?:what|which)\s+year)\b[^?]*?\b(?:"
    r"(?:end|ends|ended|finish|finishes|finished|conclude|concludes|concluded|wrap(?:s|ped)?\s+up|close|closes|closed"
    r"|expire|expires|expired|complete|completes|completed|be\s+(?:completed|finished|over|done))\b"
    r"|(?:come|comes|came)\s+to\s+an?\s+(?:end|close)\b)",
    re.I,
)
_ENDING = re.compile(
    r"\b(?:end(?:s|ed|ing)?|finish\w*|complet\w*|conclu\w*|wrap\w*|over|until|till|through|expir\w*|clos(?:e|es|ed|ing)"
    r"|last(?:s|ed|ing)?|ran|runs?)\b|\d{4}\s*[–—-]\s*(?:\d{2}){1,2}\b",
    re.I,
)


def asked(question: str) -> bool:
    """Whether ``question`` asks when something ends or is done."""
    return bool(_ASKED.search(question))


def told(sentence: str) -> bool:
    """Whether ``sentence`` tells of an end: a word for one, or a span of years."""
    return bool(_ENDING.search(sentence))
