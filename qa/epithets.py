"""Questions for the other name an article gives a country or a planet: "What does the UST piece call China?"

Such a question is answered by a sentence using an epithet of the name asked ("The Celestial Empire is
looking for partners"), from the short table of settled epithets in ``qa.text``. Asked of a name the table
has no epithet in the articles for ("What is Russia's nickname in the articles?"), no sentence holds one
and the answerer refuses. Left out: nicknames of anything the table does not list (a rover, a person),
which stay stated attributes (``qa.things``), and a capital standing for its government ("Beijing").
"""

from __future__ import annotations

import re

from qa.text import EPITHETS, terms

_NAMES = sorted({name for _, name in EPITHETS}, key=len, reverse=True)
_NAME = rf"({'|'.join(_NAMES)})(?:['’]s)?"
# "what nickname for China ...", "What is China's nickname?", "another name for China", "What does the
# magazine call China?", "How does the UST article refer to China?"
_ASKED = re.compile(
    rf"\b(?:nicknames?|epithets?|monikers?|sobriquets?|(?:other|another|alternative|alternate|different)\s+names?)\b"
    rf"[^?]*?\b{_NAME}\b"
    rf"|\b{_NAME}\s+(?:nicknames?|epithets?|monikers?|sobriquets?)\b"
    # "what does ust_magazine keep calling China?" (blind341 mj23): the habit said with "keep", "tend to", "like to"
    rf"|^\s*(?:and\s+)?(?:what|how)\s+(?:does|do|did)\b[^?]*?\b(?:(?:keep|kept|tends?\s+to|likes?\s+to)\s+)?"
    rf"(?:call|calling|refer\s+to|referring\s+to)\s+{_NAME}"
    r"\s*(?:[?.!]|$|,|\s+(?:as|in|throughout|repeatedly|sometimes|often|instead|there|here)\b(?!\s+(?:a|an)\b))",
    re.I,
)


def asked(question: str) -> str:
    """The name whose epithet ``question`` asks for ("China"), or "" when it asks for none."""
    match = _ASKED.search(question)
    if not match:
        return ""
    name = next(g for g in match.groups() if g)
    return next(n for n in _NAMES if n.lower() == name.lower())


_ASKING = re.compile(
    r"\b(?:nicknames?|epithets?|monikers?|sobriquets?|other|another|alternative|alternate|different|names?|"
    r"call(?:s|ed|ing)?|refer(?:s|red|ring)?|us(?:e|es|ed|ing))\b",
    re.I,
)


def asking_terms(question: str) -> set[str]:
    """Stemmed words asking for another name ("nickname", "call"): a sentence using an epithet covers them."""
    return {t for word in _ASKING.findall(question) for t in terms(word)}


def found(text: str, name: str) -> list[tuple[str, int]]:
    """Each epithet of ``name`` in ``text``, with where it starts: [("Celestial Empire", 4)]."""
    out = []
    for pattern, plain in EPITHETS:
        if plain == name:
            out += [(re.sub(r"^[Tt]he\s+", "", m.group()), m.start()) for m in pattern.finditer(text)]
    return out
