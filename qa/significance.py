"""Questions asking why something matters: "Why does it matter for lunar science?"

Such a question is answered only by a sentence that says what the thing is worth or allows: a word of
importance ("important", "essential", "key"), of what it makes possible ("enables", "allows", "provides",
"helps") or of cause ("because", "so that"). A list that only says a detector will be carried on Chang'e-6
tells nothing of why it matters, yet matched the question's words closely enough to be given as the answer.

Left out: "What was the significance of ...?", which SQuAD answers by what followed ("cut off the French
frontier forts"), in no such word; and why-questions of other shapes (``qa.reasons``).
"""

from __future__ import annotations

import re

_ASKED = re.compile(
    r"\bwhy\b[^?]*?\b(?:does|do|did|would|should|will|is|are|was|were)\b[^?]*?"
    r"\b(?:matter|matters|mattered|important|significant|a\s+big\s+deal|worthwhile|valuable)\b"
    # "why does the mission need it?": what a thing is needed for is what it is worth to that
    r"|\bwhy\s+(?:does|do|did|would|will)\s+(?:the\s+|this\s+|that\s+|a\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+need\s+"
    r"(?:it|them|one|this|that)\b",
    re.I,
)
_TOLD = re.compile(
    r"\b(?:important|importance|significan\w*|matter(?:s|ed)?|essential|crucial|vital|key|critical|necessary|"
    r"valuable|value|enabl\w*|allow\w*|provid\w*|help\w*|permit\w*|because|since|so\s+that|in\s+order\s+to|"
    r"would\s+let|lets?\s+\w+\s+\w+|benefit\w*|advantage\w*|breakthrough|milestone)\b",
    re.I,
)


def asked(question: str) -> bool:
    """Whether ``question`` asks why something matters."""
    return bool(_ASKED.search(question))


def told(sentence: str) -> bool:
    """Whether ``sentence`` says what something is worth, allows or is for."""
    return bool(_TOLD.search(sentence))
