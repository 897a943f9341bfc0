"""Places a sentence names, for a question asking where: "in Vienna", "at the South Pole", a country.

"Where ...?" is answered by a capitalised name after in, at, near or from. Asked which country,
a country's name or its adjective counts ("a Pakistani cubesat" names Pakistan); asked where on
the Moon, or where a lunar base or station goes, only a feature of its surface does (a pole, a
crater), never a city. ``asked_subject`` gives the common noun phrase a where-question asks the
place of ("ground control centre"), for the check that the articles mention it at all. Regular
expressions over a fixed list of countries; no gazetteer.
"""

from __future__ import annotations

import re

from qa.demonyms import ADJECTIVE_PATTERN, COUNTRY_OF
from qa.text import OPENING, ORDINALS, STOPWORDS

# Month names: "in June" is a date, not a place (``qa.facts`` reads dates with the same list).
MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
# "in Vienna", "at the South Pole", "in St. Petersburg, Russia"; a month after "in" is a date, not a place.
PLACE = re.compile(r"\b(?:in|at|near|from)\s+(?:the\s+)?([A-Z][\w’'.-]+(?:(?:\s+|,\s+)(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]+)*)")
# Asked which country, a country is a place even without a preposition: "a Saudi Arabia rover".
COUNTRY = re.compile(
    r"\b(?:Afghanistan|Argentina|Australia|Austria|Belgium|Brazil|Britain|Canada|China|Denmark|Egypt|Finland|France|"
    r"Germany|Greece|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Korea|Mexico|Netherlands|Norway|Pakistan|"
    r"Poland|Portugal|Russia|Saudi Arabia|Spain|Sweden|Switzerland|Syria|Thailand|Turkey|Ukraine|United States|"
    r"United Kingdom|Vietnam)\b"
)
_DEMONYM = re.compile(rf"\b{ADJECTIVE_PATTERN}\b")
ASKS_COUNTRY = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:country|countries|nations?)\b", re.I)
# "Where on the Moon ...?", "Which part of the Moon ...?": a place on a body's surface.
_ON_BODY = re.compile(
    r"\b(?:where(?:abouts)?(?:\s+exactly)?|parts?|(?:site|spot|location|area|region|place|point)s?)\s+(?:on|of)\s+(?:the\s+)?(?:moon|mars|earth|lunar surface|surface)\b",
    re.I,
)
_SURFACE = re.compile(
    r"\b(?:(?:south|north)(?:ern)?\s+pole|(?:far|near|dark)\s+side|craters?|basins?|highlands?|"
    r"equator|polar\s+regions?|maria|mare\s+\w+)\b",
    re.I,
)
_BODY = re.compile(r"^(?:Moon|Earth|Mars|Sun|Jupiter|Uranus|Venus|Mercury|Saturn|Neptune)(?:['’]s)?$")
NOT_PLACE = re.compile(rf"^(?:{MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# "Where will the ILRS's ground control centre be located?": the thing whose place is asked, ending where its
# verb begins ("be", "located", "headed").
_WHERE_SUBJECT = re.compile(
    r"^\s*(?:and\s+)?where(?:abouts)?\s+(?:is|are|was|were|will|would|could|should|does|do|did|has|have)\s+"
    r"(?P<np>(?:(?:the|a|an|its|their)\s+)?\S+[^?]*?)(?:\s+(?:be|been|being|\w+ed|going|heading|landing|set|run|held|built|sent|kept|made|done)\b|\s*\?|$)",
    re.I,
)
# "And where is the second one going?": words that point back to a thing named before, not a thing's name.
_POINTING = frozenset(ORDINALS) | {
    "one",
    "ones",
    "latter",
    "former",
    "other",
    "others",
    "last",
    "next",
    "same",
    "it",
    "they",
    "them",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
}
# "Where is the lunar base to be built?": a site on the Moon, so a place on its surface answers.
_LUNAR_SITE = re.compile(r"\b(?:lunar|moon)\b.*\b(?:base|station|outpost|habitat|settlement|village)s?\b", re.I)


# "China offers other countries to rent places ...": the country offering is not one of those it offers to.
_OFFERS = re.compile(
    r"\s+(?:\w+\s+)?(?:offers?|offered|invites?|invited|is\s+inviting|asks?|asked)\s+(?:the\s+)?other\s+countries\b", re.I
)


# "Where's it going to land?", "Where is Chang'e-6 going to land?": a craft's landing site, which "uncrewed
# landings on the moon" does not give. Only of "it" or a numbered craft: SQuAD's ships and armies land "in
# New York", and a cannonball "behind the foot of the mast".
_LANDING = re.compile(
    rf"^\s*{OPENING}where(?:['’]s|\s+(?:is|are|will|would|does|do|did))\s+(?:it|they|[A-Z][\w’']*[-\s]\d{{1,3}})\b"
    r"[^?]*\b(?:land|lands|landing|touch\s+down)\b",
    re.I,
)


def unit(question: str) -> str:
    """ "country" for "Which country ...?", "countries" for "Which countries ...?", "surface" for "Where on the
    Moon ...?", "landing" for where a craft lands, else ""."""
    if found := ASKS_COUNTRY.search(question):
        return "countries" if re.search(r"(?:countries|nations)$", found.group(), re.I) else "country"
    if _ON_BODY.search(question) or _LUNAR_SITE.search(_subject_phrase(question)):
        return "surface"  # "Where is the lunar base to be built?" asks where on the Moon, as "Where on the Moon" does
    if _LANDING.search(question):
        return "landing"
    return ""


def found(text: str, unit: str) -> list[tuple[str, int]]:
    """The places ``text`` names, with where they start, for a question of ``unit``."""
    if unit == "surface":  # "Where on the Moon ...?" is answered by a pole or a crater, not by Paris
        return [(m.group(), m.start()) for m in _SURFACE.finditer(text)]
    out = [(m.group(1), m.start(1)) for m in PLACE.finditer(text) if not NOT_PLACE.match(m.group(1))]
    if unit in ("country", "countries"):  # only then: "Where was the congress?" is not answered by "China was ..."
        out = [(name, at) for name, at in out if not _BODY.match(name)]  # "near the Moon's south pole" is no country
        out += [(m.group(), m.start()) for m in COUNTRY.finditer(text) if not _OFFERS.match(text, m.end())]
        out += [(COUNTRY_OF[m.group()], m.start()) for m in _DEMONYM.finditer(text)]  # "a Pakistani cubesat"
    if unit == "landing":  # a site: a named place or a part of a body's surface, not the body itself nor an origin
        out = [
            (m.group(1), m.start(1))
            for m in PLACE.finditer(text)
            if not NOT_PLACE.match(m.group(1)) and not _BODY.match(m.group(1)) and not m.group().lower().startswith("from")
        ]
        out += [(m.group(), m.start()) for m in _SURFACE.finditer(text)]
    return out


def _subject_phrase(question: str) -> str:
    """What a where-question asks the place of, up to its verb and without what follows it ("of ...")."""
    found = _WHERE_SUBJECT.search(question)
    return re.split(r"\s+(?:of|for|on|at|in|from|that|which|to|with)\s+", found.group("np"))[0] if found else ""


def asked_subject(question: str) -> str:
    """The common noun phrase whose place a where-question asks ("ground control centre"), without its owner
    ("the ILRS's"); "" when it asks after a name ("Where is Tianwen-4 headed?")."""
    words = re.sub(r"^.*(?:'s|’s)\s+", "", _subject_phrase(question)).split()
    if any(w.lower() in _POINTING for w in words):  # "And where is the second one going?" points back
        return ""
    words = [w for w in words if w.lower() not in STOPWORDS]
    if not words or any(re.search(r"[A-Z0-9]", w) for w in words):
        return ""
    return " ".join(words)
