"""Whose view a question asks: "did he say anything about how Moscow views the partnership?"

Asked how one party sees something, a sentence telling how another party sees it is no answer, however
many words they share: "China has a very realistic view of Russia and partnering with Moscow has never been
Beijing's most preferred outcome" is Beijing's view of Moscow, not Moscow's of the partnership. ``asked``
reads the viewer; ``told`` wants a sentence where the viewer (or its capital or country) is the one viewing,
saying or thinking, or owns the view ("Moscow's position"). Word positions only, no parser.

Left out: a viewer named by a pronoun ("how do they see it?"), which names no one a sentence could match,
and people ("How did William Shirley feel about ...?"), whose views SQuAD's articles tell in ways this
cannot read: only countries, their capitals and agencies are judged.
"""

from __future__ import annotations

import re

from qa import parties
from qa.demonyms import ADJECTIVES
from qa.text import normalize

# "how Moscow views", "how does Beijing see", "how the Kremlin regards". How a party responded is a statement
# asked for (``qa.statements``), not a view.
_ASKED = re.compile(
    r"\bhow\s+(?:(?:does|do|did|is|are|was|were|has|have|will|would)\s+)?(?P<who>(?:the\s+)?(?-i:[A-Z][\w’'-]*)"
    r"(?:\s+(?-i:[A-Z][\w’'-]*))*(?:\s+(?:officials|authorities|government|leaders|leadership|side))?)\s+"
    r"(?:(?:really|actually)\s+)?"
    r"(?:views?|viewed|viewing|sees?|saw|seeing|regards?|regarded|feels?\s+about|felt\s+about|thinks?\s+(?:of|about))\b",
    re.I,
)
# A capital or a seat of government stands for its country, and the country's adjective for it too.
# The other names each country goes by, beside its capital (``parties.CAPITALS``).
_ALSO = {
    "russia": {"russian", "russians", "kremlin", "roscosmos"},
    "china": {"chinese", "cnsa", "prc"},
    "america": {"nasa", "american", "americans", "united states", "us", "u.s."},
}
_SAME = tuple(frozenset({capital, country} | _ALSO.get(country, set())) for capital, country in parties.CAPITALS.items())
_STANCE = (
    r"(?:views?|viewed|sees?|saw|regards?|regarded|considers?|considered|believes?|believed|thinks?|thought|feels?|"
    r"felt|says?|said|calls?|called|describes?|described|insists?|insisted|argues?|argued|told)"
)
_NEAR = 4  # words between the viewer and its verb: "Moscow has long regarded", "Russia, its officials say"
_OWNED = r"(?:['’]s)\s+(?:view|views|stance|position|perspective|attitude|assessment|opinion)\b"


def asked(question: str) -> str:
    """The country, capital or agency whose view ``question`` asks for ("Moscow"), or "". A person's view is
    told in too many ways ("stating that", "was particularly forceful") for word positions to judge."""
    match = _ASKED.search(question)
    who = (
        re.sub(r"^the\s+|\s+(?:officials|authorities|government|leaders|leadership|side)$", "", match["who"], flags=re.I)
        if match
        else ""
    )
    known = any(normalize(who) in same for same in _SAME) or parties.countries(who)
    return who if who and known else ""


def _forms(who: str) -> frozenset[str]:
    name = normalize(who)
    return next((same for same in _SAME if name in same), frozenset({name}))


def told(who: str, sentence: str) -> bool:
    """Whether ``sentence`` gives the view of ``who`` (or of its capital or country)."""
    names = "|".join(re.escape(form) for form in sorted(_forms(who), key=len, reverse=True))
    viewer = rf"\b(?:{names})"
    gap = rf"(?:\s+[\w’'-]+,?){{0,{_NEAR}}}"
    return bool(re.search(rf"{viewer}(?:{_OWNED}|,?{gap}\s+{_STANCE}\b)", normalize(sentence)))


def why(who: str, _question: str) -> str:
    """The refusal's reason, naming the party as a noun: "Russian officials" are Russia."""
    party = parties.countries(who)[0] if who in ADJECTIVES and parties.countries(who) else who
    return f"they never say how {party} sees it"
