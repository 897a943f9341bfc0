"""Questions about where someone comes from: "What nationality is Marco Aliberti?", "Which country is he from?"

Such a question is answered only by a sentence that names the one asked about and, a
few words from that name, gives a country, a country's adjective ("Russian space
agency head ...") or a place after "from". Without this check a sentence naming the
person's employer's city ("a fellow at the ... Institute in Vienna") or a quote of
theirs about China and Russia passed for their nationality.

Left out: where someone works or lives ("Where is Aliberti based?") is a place
question (``qa.places``), and a nationality told only in another sentence than the
one naming the person ("He is Italian.") is not linked back to the name.
"""

from __future__ import annotations

import re

from qa.demonyms import ADJECTIVE_PATTERN
from qa.places import COUNTRY
from qa.text import OPENING, terms, word_distance

_ASKED = re.compile(
    r"\bnationality\s+(?:is|was|does|did|of)\s+(?P<a>[^?]+?)\s*(?:\bhave\b|\bhold\b)?\s*\??\s*$"
    r"|^\s*what\s+(?:is|was)\s+(?P<b>[^?]+?)(?:'s|’s)\s+nationality\b"
    # "what's his nationality?": as "Which country is he from?", no sentence names him
    rf"|^\s*{OPENING}what(?:'s|’s|\s+is|\s+was)\s+(?P<e>his|her|their)\s+nationality\b"
    r"|^\s*(?:where|(?:from\s+)?(?:which|what)\s+(?:country|nation|city|town|part\s+of\s+the\s+world))\s+"
    r"(?:(?:is|was|are|were)\s+(?P<c>[^?]+?)\s+(?:originally\s+)?(?:from|a\s+native\s+of|a\s+citizen\s+of)"
    # "Where did the first shipment ship from?" asks where it left, not where it belongs
    r"|(?:do|does|did)\s+(?P<d>[^?]+?)\s+(?:originally\s+)?(?:come|hail)\s+from)\s*\??\s*$",
    re.I,
)
# "Marco Aliberti of the European Space Policy Institute": the person, not where they work.
_QUALIFIER = re.compile(r"\s*(?:,|\bof\b|\bat\b|\bwith\b|\bfrom\b|\bwho\b|\bthe\s+(?:analyst|expert|author)\b).*$", re.I)
_ORIGIN = re.compile(rf"\b{ADJECTIVE_PATTERN}\b|{COUNTRY.pattern}|\bfrom\s+(?:the\s+)?[A-Z][\w’'.-]+")
# How many words a name and the country told of it may lie apart: "Russian space agency head Yuri Borisov".
_NEAR = 6


def asked(question: str) -> str:
    """Whose origin ``question`` asks ("Marco Aliberti"), or "" when it asks no such thing."""
    found = _ASKED.search(question)
    if not found:
        return ""
    who = next(g for g in found.groups() if g)
    who = _QUALIFIER.sub("", re.sub(r"^\s*(?:the\s+)?", "", who, flags=re.I))
    return who.strip()


def told(who: str, sentence: str) -> bool:
    """``sentence`` names ``who`` and, within a few words of the name, a country or where they are from."""
    wanted = set(terms(who))
    if not wanted:
        return False
    gaps = word_distance(sentence, lambda word: bool(set(terms(word)) & wanted), _ORIGIN.finditer(sentence))
    return any(abs(gap) <= _NEAR for gap in gaps)
