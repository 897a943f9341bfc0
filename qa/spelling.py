"""British spellings read as American ones, so that "programme" in a question meets "program" in an article.

Only the answerer uses this, on text it scores at question time (the question's words, the focus
phrase and each candidate sentence's terms); the BM25 index keeps the words as written, so nothing
stored depends on this table and changing it never calls for a re-index. The table is the common
newsroom cases, not a spelling dictionary: a word missing from it simply stays as it is.
``with_apostrophes`` restores the apostrophe of a question word or negation typed without one ("whats").
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


# A question word or a negation typed without its apostrophe ("Whats the weight of ...?", blind373 np06): the
# rules reading a question expect "what's". Not "its", "hes" or "shes", which are words as written.
_MENDED = {
    **{f"{w}s": f"{w}'s" for w in ("what", "where", "who", "when", "why", "how", "that", "there")},
    **{
        f"{w}nt": f"{w}n't"
        for w in ("is", "was", "are", "were", "does", "do", "did", "has", "have", "had", "could", "would", "should")
    },
    "cant": "can't",
    "wont": "won't",
}
_UNAPOSTROPHISED = re.compile(rf"\b(?:{'|'.join(_MENDED)})\b", re.I)


def with_apostrophes(question: str) -> str:
    """``question`` with "whats", "doesnt", "cant" ... written "what's", "doesn't", "can't", in the case typed."""

    def mend(match: re.Match[str]) -> str:
        typed = match.group()
        mended = _MENDED[typed.lower()]
        return mended.upper() if typed.isupper() else mended.capitalize() if typed[0].isupper() else mended

    return _UNAPOSTROPHISED.sub(mend, question)
