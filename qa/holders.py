"""Whose value a sentence gives: a measure tied to another thing, or the name of someone in another role.

"A Saudi Arabia rover weighing only 10 kg" weighs the rover, not the cubesat.

Asked "What is the mass of the Pakistani cubesat?", the sentence after the one
listing the cubesat holds the only weight in the article, but it is tied by
"weighing" to another thing. ``of_asked_object`` drops such a value when the
question names what it wants weighed and the article speaks of that thing too,
so it cannot be the same one under another word. Kinds of craft that are
never one another (a rover is no lander, an orbiter no rocket) need no such
mention: "the Chang'e-6 lander" is not weighed by the rover. Only measures tied by a verb
of measuring are judged ("weighing", "weighs", "measuring"); a bare "10 kg"
is left to the other rules. Likewise ``of_asked_role``: asked for "the senior
Chinese official", a sentence calling the one it names "a senior research
fellow" names a commentator, not an official. Word matching on stems: no
parser, no coreference.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa import parties
from qa.text import own_part, terms

# The thing a question wants measured: "the mass of the Pakistani cubesat", "How much does the rover weigh",
# "How heavy is the cubesat". Its last word, before any trailing "on Chang'e-6", is the thing.
_END = r"\s*(?:\?|$|\b(?:weigh|weighs|be|measure|on|in|at|for|that|which|aboard|carried|to|\w+ing)\b)"  # "riding on"
_ASKED = (
    re.compile(
        r"\b(?:mass|weight|size|length)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+)" + _END, re.I
    ),
    re.compile(
        r"\bhow\s+(?:much|heavy|big|large|long|tall)\s+(?:does|do|did|is|are|was|were|will)\s+"
        r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+)" + _END,
        re.I,
    ),
)
# Words that stand for a thing named elsewhere: "the Saudi one" names nothing to check against.
_STAND_INS = frozenset({"one", "ones", "thing", "things", "it", "they", "them"})

# The thing a measure is tied to in the sentence: "rover weighing only", "the cubesat weighs about".
_TIED = re.compile(
    r"\b([a-z][\w’'-]*)\s+(?:which\s+|that\s+)?(?:weighing|weighs|weighed|measuring|measures)\s+"
    r"(?:(?:only|just|about|around|roughly|nearly|almost|some|less than|more than|over|under)\s+)?$",
    re.I,
)

# A country that runs the mission ("China's Chang'e-6 mission", "a Chinese Moon mission") owns none of its payloads.
_HOSTS = re.compile(
    rf"\b{parties.COUNTRY_PATTERN}(?:[’']s)?\s+(?:(?:upcoming|next|new|latest|own|lunar|moon|space|robotic|uncrewed|crewed)\s+)*"
    r"(?:missions?|programmes?|programs?|probes?|landers?|spacecraft|[a-z][\w’']*-\d+)\b",
    re.I,
)
_OWNER_REACH = 24  # characters before the measured thing that may name its owner: "a Saudi Arabia rover"


# Kinds of craft, by stem, none of which is ever another: a value tied to one never measures another.
_CRAFT = {
    word: kind
    for kind, words in {
        "lander": "lander",
        "rover": "rover",
        "orbiter": "orbit",
        "satellite": "cubesat satellit",
        "rocket": "rocket launcher",
        "capsule": "capsul",
    }.items()
    for word in words.split()
}


@lru_cache(maxsize=256)  # ``of_asked_object`` asks it of the same question for every sentence
def asked_object(question: str) -> str:
    """Stem of the thing the question wants measured ("cubesat"); "" when it names none or says "it"."""
    for pattern in _ASKED:
        match = pattern.search(question)
        if match:
            said = match.group(1).lower().split()
            words = terms(said[-1])
            # "the one from Saudi Arabia" names its owner, not the thing: nothing to check it against
            return words[-1] if words and not _STAND_INS.intersection(said) else ""
    return ""


def of_asked_object(found: list[tuple[str, int]], text: str, question: str, around: str) -> list[tuple[str, int]]:
    """Keep the measures not tied to a thing other than the one asked about, when the article names that one."""
    wanted = asked_object(question)
    if not wanted:
        return found
    named = wanted in _terms_of(around)
    kept = []
    for value, at in found:
        tied = _TIED.search(text[:at])
        holder = (terms(tied.group(1)) or [""])[0] if tied else ""
        if not holder or holder == wanted or not (named or _distinct_craft(holder, wanted)):
            kept.append((value, at))
    return kept


def _distinct_craft(one: str, other: str) -> bool:
    return one in _CRAFT and other in _CRAFT and _CRAFT[one] != _CRAFT[other]


def of_asked_country(found: list[tuple[str, int]], text: str, question: str) -> list[tuple[str, int]]:
    """Drop the measures tied to a thing the sentence gives a country the question does not name.

    "How much does it weigh?" after a turn about Pakistan's cubesat is not answered by "a Saudi Arabia rover
    weighing only 10 kg". A question naming no country, or a holder given none, keeps every measure.
    """
    # the question's own country first: "and the pakistani cubesat, how heavy is that one?" after a turn about
    # the Saudi rover asks of Pakistan's alone (an earlier turn folded in follows the first "?")
    wanted = set(parties.countries(_HOSTS.sub(" ", own_part(question)))) or set(parties.countries(_HOSTS.sub(" ", question)))
    if not wanted:
        return found
    kept = []
    for value, at in found:
        tied = _TIED.search(text[:at])
        owner = text[max(0, tied.start() - _OWNER_REACH) : tied.start()] if tied else ""
        given = parties.countries(owner)
        if not given or wanted.intersection(given):
            kept.append((value, at))
    return kept


@lru_cache(maxsize=16)  # the retrieved text of one article, the same for each of its sentences
def _terms_of(text: str) -> frozenset[str]:
    return frozenset(terms(text))


# Who a person is, as news describes them. A name question asking for one kind is not answered by a
# sentence that gives its person only a role of another kind.
_ROLES = {
    "official": "official officials chief head director administrator minister spokesman spokeswoman spokesperson "
    "representative president deputy commander",
    "commentator": "analyst analysts fellow researcher researchers expert experts scientist scientists professor "
    "academic observer",
    "writer": "author writer journalist reporter correspondent editor columnist",
}
_ROLE_OF = {word: role for role, words in _ROLES.items() for word in words.split()}
_WORD = re.compile(r"[a-z]+")


def _roles(text: str) -> set[str]:
    return {_ROLE_OF[w] for w in _WORD.findall(text.lower()) if w in _ROLE_OF}


# "Who currently directs the institute?" asks for its head as "Who is the director?" does, and so does "Who's
# in charge of that institute?" (blind297 kr24).
_LEADING = re.compile(
    r"\b(?:directs|directed|heads|headed|chairs|chaired|presides|presided|runs|leads|manages|oversees)\b|\bin\s+charge\b",
    re.I,
)


# "Who in Beijing made the call to drop Russia's name?" (blind333 mb20) asks for someone deciding inside a
# government or agency: an official, not the analyst a sentence quotes on it.
_DECIDING_INSIDE = re.compile(
    r"^\s*who\s+(?:in|at|inside|within)\s+[^?]*?\b(?:made\s+the\s+(?:call|decision)|decided|ordered|chose)\b", re.I
)


def of_asked_role(found: list[tuple[str, int]], text: str, question: str) -> list[tuple[str, int]]:
    """Drop the names a sentence gives only roles other than the one the question asks for."""
    wanted = _roles(question) | ({"official"} if _LEADING.search(question) or _DECIDING_INSIDE.search(question) else set())
    given = _roles(text)
    if not wanted or not given or wanted & given:
        return found
    return []
