"""Questions about when something ends: "When is the reconnaissance phase expected to wrap up?"

A date answers such a question only from a sentence that tells of an end: a word
for ending, finishing or completing, a span ("until", "through", "2021–2025") or
a last day. Without this check the sentence naming the phase and a date of what
follows it ("which hopes to host crewed lunar missions by the mid-2030s") passes
for the end of the phase.

A return ("When will it bring its samples back?") is the end of a voyage: only a sentence about coming
back dates it, not "will fly to a near-Earth asteroid in 2025".

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
    r"|(?:come|comes|came)\s+to\s+an?\s+(?:end|close)\b"
    # "When is the ILRS supposed to move out of its reconnaissance phase?" (blind346 mo08): leaving a stage ends it
    r"|(?:mov(?:e|es|ed|ing)\s+(?:out\s+of|on\s+from|beyond|past)|exit(?:s|ed|ing)?|leav(?:e|es|ing)|left|"
    r"(?:get|gets|got)\s+(?:out\s+of|past)|transition(?:s|ed)?\s+(?:out\s+of|from))\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:phase|stage|period)\b)",
    re.I,
)
_ENDING = re.compile(
    r"\b(?:end(?:s|ed|ing)?|finish\w*|complet\w*|conclu\w*|wrap\w*|over|until|till|through|expir\w*|clos(?:e|es|ed|ing)"
    r"|last(?:s|ed|ing)?|ran|runs?|exit\w*|transition\w*|mov(?:e|es|ed|ing)\s+(?:out|on|beyond))\b|\d{4}\s*[–—-]\s*(?:\d{2}){1,2}\b",
    re.I,
)


# "When is it expected to return its asteroid samples to Earth?": the end of a voyage, told only by a sentence
# about coming back ("will fly to a near-Earth asteroid in 2025" dates the way out). A bare "return" is left
# alone: SQuAD's "When did Edward return?" is answered from a sentence whose year (1041) no date pattern reads.
_RETURN_ASKED = re.compile(
    rf"^\s*{OPENING}(?:when|(?:in\s+)?(?:what|which)\s+year)\b[^?]*?(?<![\w-])(?:return(?:s|ed|ing)?\s+(?:its|their|the|any|with|to\s+Earth|home)|(?:come|comes|came|get|gets)\s+back|"
    r"(?:bring|brings|brought|send|sends|sent|fly|flies|flown)\s+(?:[\w’'-]+\s+){0,3}?back|deliver(?:s|ed)?)\b",
    re.I,
)
_RETURN_TOLD = re.compile(r"\b(?:return\w*|back|deliver\w*|homecoming|re-?entry|splash\w*)\b", re.I)


def asked(question: str) -> bool:
    """Whether ``question`` asks when something ends or is done."""
    return bool(_ASKED.search(question))


def told(sentence: str) -> bool:
    """Whether ``sentence`` tells of an end: a word for one, or a span of years."""
    return bool(_ENDING.search(sentence))


def asked_return(question: str) -> bool:
    """Whether ``question`` asks when something comes back."""
    return bool(_RETURN_ASKED.search(question))


def told_return(sentence: str) -> bool:
    """Whether ``sentence`` tells of a return at all."""
    return bool(_RETURN_TOLD.search(sentence))
