"""The values a sentence holds of the kind a question asks for (``qa.kinds``): dates, counts, names, places, ...

The answerer prefers sentences holding a value of the asked type, refuses when none does (places, reasons and
choices excepted), and calls two sources conflicting when they give rival values (``qa.rivals``). A value counts
only for the series member asked about (Tianwen-3, not Tianwen-2: ``qa.series``). Regular expressions, no NER
model: good enough to tell "March 2021" from "June 2021" and a person from an agency, not to parse dates.
"""

from __future__ import annotations

import re

from qa import durations, epithets, gear, holders, measures, parties, places, series
from qa.demonyms import ADJECTIVES
from qa.kind_rules import PITCHING
from qa.kinds import Asked, asks_party, core, thing
from qa.paraphrases import WANTING
from qa.places import MONTHS
from qa.text import normalize, terms
from qa.things import is_body, is_mission, owner_of_thing, spells_out

_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_DATE = re.compile(
    rf"\b(?:(?:early|mid|late)[- ]?)?(?:{MONTHS}|{_SEASON})(?: of)?(?: \d{{1,2}},?)? (?:19|20)\d\d\b"
    rf"|\b(?:(?:early|mid|late)[- ]?)?(?:19|20)\d\d(?:s|'s)?\b"
    rf"|\b(?:later |early |earlier )?(?:in |by )?(?:this|next|last|the coming) (?:decade|year|month|week)\b"
    rf"|\b\d+ (?:months?|years?|weeks?|days?|decades?) ago\b"
    rf"|\b(?:a|one|two|three|four|five) (?:years?|months?|weeks?) ago\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)(?!\w)|\b\d{1,2}:\d\d\b|\b(?:noon|midday|midnight|dawn|dusk)\b"
    r"|\bin\s+the\s+(?:morning|afternoon|evening)\b|\b(?:this|that|yesterday|tomorrow)\s+(?:morning|afternoon|evening)\b",
    re.I,
)
_NUMBER_WORD = r"(?:single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|several|a few)"
_COUNT = re.compile(rf"(?<![\w’'-])(?:\d+(?:[.,]\d+)*|{_NUMBER_WORD})(?:\s+(?:more|other|new|of|the|its))*\s+([a-z]+)", re.I)
# "What were the exact dates it ran?" asks when an event began and ended: one date ("in June 2021, at a
# gathering of the IAF") is not its span (SQuAD: "Between what dates was the building ... refurbished?" gives two)
_SPAN = re.compile(r"\bdates\b[^?]*?\b(?:ran|run|running|took\s+place|take\s+place|held|lasted|last|open\s+and\s+close)\b", re.I)
_YEARLY = re.compile(r"\d{4}|\b(?:this|next|last|that|the same|the following|the previous) year\b", re.I)
# A person's age: a number of years however written, or when they were born. "The ESPI fellow" has none, nor
# "16 months" or "10 kg": a number before another unit.
_AGE = re.compile(
    rf"(?<![\w’'.,$€£-])\d{{1,3}}(?:\.\d+)?(?![\w’']|[.,]\d|\s*%|\s+(?!(?:years?|yrs|old|million|billion|thousand|when|"
    rf"and|or|as|but|at|in|on|by|while|after|before|during)\b)[a-z])|\b(?:{_NUMBER_WORD}|\w+t(?:y|ies))[\s-]+years?\b|\bborn\b|\baged\s+\w+|\bage of\s+\w+",
    re.I,
)
_MONEY = re.compile(
    r"[$€£¥]\s?\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|m))?|\b\d[\d.,]*\s?(?:million|billion|trillion)?\s?(?:dollars|usd|euros?|yuan|rubles?|roubles?|pounds sterling)\b",
    re.I,
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-’'][A-Za-z]+)?(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z]+(?:[-’'][A-Za-z]+)?)+\b")
# A name as news prints it: "TIME Space", "International Lunar Research Station", "Tianwen-4", "ILRS".
_TITLE = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?[A-Z][\w’'-]*)*")
# Words capitalised only because they open a sentence, before a name or an adjective: "A Swedish detector".
_OPENERS = frozenset(
    "a an the but and or so yet like in on at for with as if when while after before it this that "
    "these those there then also indeed however more most some many all only even still now here".split()
)
# A run of this many capitalised words is a headline ("Chinese Rover Discovers Evidence of Ancient Ocean"), not a name.
_HEADLINE_WORDS = 6
_CAPITAL = re.compile(r"\b[A-Z]")
# Not a bare "or": "Be it in space or elsewhere" weighs nothing.
_CHOICE = re.compile(r"\b(?:either|whether|dilemmas?|choices?|choose|options?|alternatives?|trade-?offs?)\b", re.I)
# What someone wants: "is only interested in technology" answers "What is China really after?" (``paraphrases.plain``)
_AIM = re.compile(
    rf"(?<!not )(?<!n't )(?<!n’t )(?<!never )\b(?:{'|'.join(w for w in WANTING.split() if w != 'interest')})\b", re.I
)  # "might not want to lose face" is no aim; "in the interest of" is none either
_REASON = re.compile(
    r"\b(?:because|due to|owing to|(?<!some )(?<!whatever )(?<!no )reason|caused by|as a result|thanks to|in order to|so that)\b",
    re.I,
)
# "But the omission is striking, because in March 2021 ...": the clause says why the omission is striking, not why
# it happened, so it answers only a question about the judgement itself ("Why is the omission striking?").
_JUDGEMENT = r"(?:striking|notable|noteworthy|remarkable|surprising|significant|interesting|odd|strange|curious|telling)"
_JUDGED = re.compile(rf"\b{_JUDGEMENT}\s*,?\s*$", re.I)
_ASKS_JUDGEMENT = re.compile(rf"\b{_JUDGEMENT}\b", re.I)
# What something is presented as: "advertises it as a platform", "billed as the first", "pitched them as partners".
_PRESENTED_AS = re.compile(rf"\b{PITCHING}\s+(?:[\w’'-]+\s+){{0,4}}?as\s+(?:an?|the|its|their)\b", re.I)
_NOT_PERSON = frozenset(
    "administration agency institute congress federation station program programme space union ministry university "
    "council committee republic empire news magazine association organization organisation corporation company "
    "academy center centre office department bureau party research international national european chinese russian "
    "american celestial lunar moon mars south north east west pole read share write follow more science".split()
)


_SOURCE = re.compile(r"\s+(?:reports?|reported|says?|said|notes?|noted|writes?|wrote|adds?|added)\b")


def _not_place_or_source(found: list[tuple[str, int]], text: str) -> list[tuple[str, int]]:
    """``found`` without places ("in Paris", a country) and those who tell the news ("As SpaceNews reports")."""
    placed = {m.start(1) for m in places.PLACE.finditer(text)}
    return [
        (name, at)
        for name, at in found
        if at not in placed and not places.COUNTRY.fullmatch(name) and not _SOURCE.match(text, at + len(name))
    ]


def values(want: Asked, sentence: str, question: str = "", before: str = "", around: str = "") -> set[str]:
    """Values of the asked kind in ``sentence`` that the question itself does not already name.

    ``before`` is the sentence preceding it in its paragraph, for "It will ..." after a named mission;
    ``around`` the text about it (what was retrieved of its article).
    """
    if not want.kind:
        return set()
    text = sentence.replace("\u00a0", " ")
    found: list[tuple[str, int]]  # (value, where it starts in the sentence)
    if want.kind == "name":
        found = holders.of_asked_role(
            [
                (m.group(), m.start())
                for m in _NAME.finditer(text)
                if _person_like(m.group()) and not _in_headline(m.start(), text)
            ],
            text,
            question,
        )
        if asks_party(question):
            found += parties.found(text)  # countries and agencies contribute, send and fly things
    elif want.kind == "title":
        found = [
            (name, at)
            for m in _TITLE.finditer(text)
            for name, at in [_without_opening(m)]
            if _titled(name, at) and not _in_compound(name, text[:at])
        ]
        asked_thing = thing(question)
        if asked_thing and is_body(asked_thing):  # "Which Italian institute ...?" is not answered by "Chang'e-6"
            found = [(name, at) for name, at in found if not any(ch.isdigit() for ch in name)]
        elif asked_thing and is_mission(asked_thing):  # "Which Russian missions ...?" is not "in Paris" or SpaceNews
            found = _not_place_or_source(found, text)
        if want.unit:  # "What does ILRS stand for?" is answered by the name it abbreviates
            found = [(name, at) for name, at in found if spells_out(name, want.unit)]
        owner = owner_of_thing(core(question))
        if owner and not re.search(rf"\b(?:{_OWNER_FORMS.get(owner, re.escape(owner))})\b", text):
            found = []  # "Which NASA effort ...?" is answered by a sentence about NASA, not by the IAF
    elif want.kind == "epithet":
        found = epithets.found(text, want.unit)
    elif want.kind == "age":
        found = [(m.group(), m.start()) for m in _AGE.finditer(text)]
    elif want.kind == "member":  # "Which Luna mission numbers ...?" is answered by "Luna-25", not "Luna missions"
        found = series.numbered(text, want.unit)
    elif want.kind in ("reason", "aim"):
        found = [(m.group().lower(), m.start()) for m in (_REASON if want.kind == "reason" else _AIM).finditer(text)]
        if not _ASKS_JUDGEMENT.search(question):
            found = [(cue, at) for cue, at in found if not _JUDGED.search(text[:at])]
    elif want.kind == "pitch":  # "advertises it as a platform for international cooperation"
        found = [(m.group().lower(), m.start()) for m in _PRESENTED_AS.finditer(text)]
    elif want.kind == "choice":
        found = [(m.group().lower(), m.start()) for m in _CHOICE.finditer(text)]
    elif want.kind == "place":
        found = places.found(text, want.unit)
        if want.unit == "countries" and not _names_agencies(question, text):
            found = []  # "Which nations are NASA's partners ...?" is not answered by China and Russia's deal
    elif want.kind == "gear":
        found = gear.found(text, question, before)
    elif want.kind == "duration":  # "how long" of a river is a length
        lengths = [(m.group(), m.start()) for m in measures.MEASURE.finditer(text) if measures.dimension(m.group()) == "length"]
        found = durations.found(text, question) + lengths
    elif want.kind in ("date", "money", "measure"):
        pattern = {"date": _DATE, "money": _MONEY, "measure": measures.MEASURE}[want.kind]
        found = [(m.group(), m.start()) for m in pattern.finditer(text)]
        if want.unit == "clock":  # "What time of day ...?" is not answered by "last week" or "2021"
            found = [(m.group(), m.start()) for m in _CLOCK.finditer(text)]
        if want.unit == "year":  # "chang'e-7 launch year?" is not answered by "later in this decade"
            found = [(v, at) for v, at in found if _YEARLY.search(v)]
        if want.unit == "exact":  # "On what exact dates ...?" is not answered by "last week"
            # nor by a decade ("the mid-2030s"), which is no exact date either
            found = [(v, at) for v, at in found if any(c.isdigit() for c in v) and not re.search(r"ago\b|\d0s\b", v, re.I)]
        if want.kind == "date" and len(found) < 2 and _SPAN.search(question):
            found = []
        if want.kind == "measure":  # "the cubesat's mass" is not "a rover weighing only 10 kg", nor is a wavelength
            found = [(v, at) for v, at in found if measures.fits(v, want.unit)]
            found = holders.of_asked_country(holders.of_asked_object(found, text, question, around), text, question)
    else:
        found = [(m.group(), m.start()) for m in _COUNT.finditer(text) if _counts(m.group(1), want.unit)]
        if want.unit in ("countri", "nation") and not _names_agencies(question, text):
            found = []  # "How many countries are partnered with NASA?" is not "the two countries" China and Russia
    if (
        want.kind == "date"
        and (name := series.programme(question))
        and not any(series.names_programme(name, told) for told in (text, before))
    ):
        # "When is Russia's next Luna mission ...?" is not answered by the date of a "crewed lunar mission"
        found = []
    asked_text = normalize(question)
    kept = {normalize(v) for v, _ in series.of_asked_member(found, text, question, before, around)}
    # "What is the reason ...?" asks for one: the word is a cue, not a value; and a follow-up's earlier answer
    # ("... will land at the South Pole") does not make the South Pole a value the question already names
    # nor does the last answer's "International Astronautical Federation (IAF)" make the name "and what does IAF
    # stand for?" asks a value already named (blind383 nz04)
    if want.initials:
        return {v for v in kept if v != want.initials}  # the initials themselves spell out nothing
    if want.kind in ("reason", "aim", "pitch") or want.unit in ("surface", "landing"):
        return kept
    return {v for v in kept if v not in asked_text}


# "Which US space program ...?": the country's initials stand for its agency and its adjective too
_OWNER_FORMS = {"US": r"US|U\.S\.|United States|America\w*|NASA", "USA": r"USA|US|U\.S\.|United States|America\w*|NASA"}


def _names_agencies(question: str, text: str) -> bool:
    """``text`` names every agency ``question`` names ("NASA"), if any."""
    return all(parties.named(forms, text) for forms in parties.agencies(question))


def _without_opening(match: re.Match[str]) -> tuple[str, int]:
    """A name found at a sentence's start without a capitalised opening word: "A Swedish", "But Chinese"."""
    name, at = match.group(), match.start()
    first, _, rest = name.partition(" ")
    if at == 0 and rest and first.lower() in _OPENERS:
        return rest, at + len(first) + 1
    return name, at


# A word that is a name wherever it stands, even first in a sentence: "Chang’e-6 alone will ...", "NASA is ...".
_MARKED = re.compile(r"\d|^[A-Z]{2,}$")


# "a near-Earth asteroid", "China-led", "the Soviet-era base": a name inside a compound word describes something
# else, and names nothing a "Which asteroid ...?" asks for.
_COMPOUND_AFTER = re.compile(r"^[A-Z][\w’']*-[a-z]+$")
_COMPOUND_BEFORE = re.compile(r"[a-z]-$")


def _in_compound(name: str, before: str) -> bool:
    return bool(_COMPOUND_BEFORE.search(before) or _COMPOUND_AFTER.match(name))


def _titled(name: str, at: int) -> bool:
    """A proper name: not a capital that only starts the sentence, a country or a country's adjective.

    ``values`` also drops the names the question gives.
    """
    return not (
        (at == 0 and " " not in name and not _MARKED.search(name))
        or places.COUNTRY.fullmatch(name)
        or places.NOT_PLACE.match(name)
        or name in ADJECTIVES  # "an Italian retroreflector" names no maker
        or len(_CAPITAL.findall(name)) >= _HEADLINE_WORDS
    )  # "Chinese Rover Discovers Evidence of ..."


def _in_headline(at: int, text: str) -> bool:
    """Whether ``at`` falls in a headline quoted in the sentence: "Chinese Rover Discovers Evidence of Ancient Ocean"
    names no person "Ancient Ocean"."""
    return any(m.start() <= at < m.end() and len(_CAPITAL.findall(m.group())) >= _HEADLINE_WORDS for m in _TITLE.finditer(text))


def _person_like(name: str) -> bool:
    words = [w.lower().strip("’'") for w in name.split()]
    # "Saudi Arabia" is a country, named as a party when one is asked for (``kinds.asks_party``)
    return not any(w in _NOT_PERSON for w in words) and not parties.country(name)


def _counts(noun: str, unit: str) -> bool:
    if not unit:
        return True
    stem = (terms(noun) or [""])[0]
    return stem == unit or stem.rstrip("s") == unit.rstrip("s")
