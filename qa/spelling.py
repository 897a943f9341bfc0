"""British spellings read as American ones, so that "programme" in a question meets "program" in an article.

Only the answerer uses this, on text it scores at question time (the question's words, the focus
phrase and each candidate sentence's terms); the BM25 index keeps the words as written, so nothing
stored depends on this table and changing it never calls for a re-index. The table is the common
newsroom cases, not a spelling dictionary: a word missing from it simply stays as it is.
"""

from __future__ import annotations

import re
from functools import cache

# (British, American) stems; the endings each kind takes are added below.
_PLAIN = (
    "programme program",
    "centre center",
    "metre meter",
    "kilometre kilometer",
    "litre liter",
    "theatre theater",
    "catalogue catalog",
    "defence defense",
    "offence offense",
    "licence license",
    "manoeuvre maneuver",
    "aluminium aluminum",
    "tyre tire",
    "grey gray",
    "fulfil fulfill",
)
_OUR = (
    "colour color",
    "favour favor",
    "honour honor",
    "labour labor",
    "behaviour behavior",
    "neighbour neighbor",
    "harbour harbor",
    "rumour rumor",
    "endeavour endeavor",
)
_ISE = (
    "organis organiz",
    "recognis recogniz",
    "realis realiz",
    "prioritis prioritiz",
    "criticis criticiz",
    "authoris authoriz",
    "characteris characteriz",
    "analys analyz",
    "minimis minimiz",
    "maximis maximiz",
)
_DOUBLED = ("travell travel", "cancell cancel", "modell model", "labell label", "fuell fuel")
_WORD = re.compile(r"[A-Za-z]+")


@cache
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for pair in _PLAIN + _OUR:
        british, american = pair.split()
        for end in ("", "s", "ed", "ing"):
            table[british + end] = american + end
    for pair in _ISE:
        british, american = pair.split()
        for end in ("e", "es", "ed", "ing", "ation", "ations", "er", "ers"):
            table[british + end] = american + end
    for pair in _DOUBLED:
        british, american = pair.split()
        for end in ("ed", "ing", "er", "ers"):
            table[british + end] = american + end
    return table


def american(text: str) -> str:
    """``text`` with the table's British spellings in American form (lower-cased where changed)."""
    table = _table()
    return _WORD.sub(lambda m: table.get(m.group().lower(), m.group()), text)
