"""Which members of a kind a question insists on: "Which resources exactly will it try to extract?"

Asked which things "exactly" or "specifically", a reader wants them named; a sentence that only uses the
plural noun ("will try to extract resources on it") says that there are some, not which. A sentence tells
them when a capitalised name or a number follows the noun closely ("experiments aboard from Sweden,
France ..."), or a list opens after it ("such as", "including", a colon or a dash), or words before it
say what kind ("water ice and helium-3 resources", a hyphenated or a capitalised modifier).

Left out: questions without such an adverb ("Which resources will it extract?" may be answered by the
sentence saying resources, which is all the articles have) and singular nouns, asked by ``qa.kinds``.
"""

from __future__ import annotations

import re

_ASKED = re.compile(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?,?\s+)?(?:which|what)\s+(?-i:(?P<noun>[a-z][a-z-]+s))\s+"
    r"(?:exactly|specifically|precisely|in\s+particular)\b",
    re.I,
)


def asked(question: str) -> str:
    """The plural noun whose members ``question`` insists on ("resources"), or ""."""
    found = _ASKED.search(question)
    return found.group("noun") if found else ""


def told(noun: str, sentence: str) -> bool:
    """Whether ``sentence`` names which ``noun`` it speaks of, rather than only that there are some."""
    for found in re.finditer(rf"\b{re.escape(noun)}\b", sentence, re.I):
        after = sentence[found.end() : found.end() + 40]
        before = sentence[max(0, found.start() - 30) : found.start()]
        if re.match(r"\s*(?:such\s+as|including|like|namely|:|—|–|\()", after, re.I):
            return True
        if re.match(r"(?:\s+\S+){0,3}?\s+(?:[A-Z][\w’'-]*|\d)", after):  # "experiments aboard from Sweden"
            return True
        if re.search(r"(?:[A-Z][\w’'-]*|\w+-\w+)\s+$", before):  # "Lunar resources", "helium-3 resources"
            return True
    return False


def why(noun: str) -> str:
    return f"they never say which {noun}"
