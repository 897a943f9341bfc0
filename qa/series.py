"""Members of a numbered series (Tianwen-3, Chang'e-7, Super Bowl 50) and which values belong to which.

``qa.facts`` finds the values of the asked kind in a sentence; this module keeps only those about the
member the question asks about. It knows series only by their written shape (a capitalised word, a
hyphen or space, a number), not by any list of missions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa import parties
from qa.demonyms import ADJECTIVES
from qa.text import STOPWORDS, normalize

# A member of a numbered series: Tianwen-3, Chang'e-7, Super Bowl 50.
# "-7 and -8" after "Chang'e-6,"; or without the hyphens, "Chang'e-6, 7 and 8 are uncrewed landings" (blind376
# ns26), where a bare number counts only within the list and the last only before a verb
_MORE = (
    r"((?:\s*,\s*(?:and\s+|or\s+)?(?:-\d{1,3}|\d{1,3}(?=\s*,|\s+(?:and|or)\s+\d))|\s+(?:and|or)\s+-\d{1,3}"
    r"|\s*,?\s+(?:and|or)\s+\d{1,3}(?=\s+(?:are|is|were|was|will|have|has)\b))*)"
)
_SERIES = re.compile(r"\b([A-Z][\w’']*?)[-\s](\d{1,3})\b" + _MORE)
# A question may write it in lower case ("when is tianwen-4 launching"); then only the hyphenated shape counts,
# so "the 3 missions" is no member of a series "the".
_ASKED_LOWER = re.compile(r"\b([a-z][\w’']*?)-(\d{1,3})\b" + _MORE)


@lru_cache(maxsize=1024)  # the same question and retrieved article text are asked about for every sentence
def _members(text: str, lower: bool = False) -> tuple[tuple[int, tuple[str, str]], ...]:
    """(offset, (series, number)) of each member named, "Chang'e-6, -7 and -8" naming three; with ``lower``,
    also those written in lower case."""
    out: list[tuple[int, tuple[str, str]]] = []
    matches = [*_SERIES.finditer(text), *(_ASKED_LOWER.finditer(text) if lower else ())]
    for m in matches:
        name = normalize(m.group(1))
        if name in STOPWORDS:  # "By 199 how many ...?": a word opening a sentence names no series
            continue
        out += [(m.start(), (name, n)) for n in _numbers(m)]
    return tuple(out)


def _hyphenated(text: str) -> set[tuple[str, str]]:
    """The members ``text`` names in the hyphenated shape of a mission ("Chang’e-7"), not "February 7"."""
    return {member for at, member in _members(text) if text[at + len(member[0]) : at + len(member[0]) + 1] == "-"}


def _numbers(m: re.Match[str]) -> list[str]:
    """The numbers of a ``_SERIES`` match: ["6", "7", "8"] for "Chang'e-6, -7 and -8"."""
    return [m.group(2), *re.findall(r"(\d{1,3})", m.group(3))]


def unnumbered(text: str) -> str:
    """``text`` with each member named by its series alone: "Tianwen-3" as "Tianwen"."""
    return _SERIES.sub(lambda m: m.group(1), text)


def others_unnumbered(text: str, question: str) -> str:
    """``text`` with each member of a series ``question`` names, other than the ones it names, written by its
    series alone: "What year is Tianwen-2 supposed to fly?" as "... Tianwen ..." for "and tianwen-4, when?"."""
    asked = {member for _, member in _members(question, lower=True)}
    series = {name for name, _ in asked}

    def rewrite(m: re.Match[str]) -> str:
        name = normalize(m.group(1))
        other = name in series and not {(name, n) for n in _numbers(m)} & asked
        return m.group(1) if other else m.group()

    return _SERIES.sub(rewrite, text) if asked else text


def only_others(text: str, question: str) -> bool:
    """Whether ``text`` names members of a series ``question`` names a member of, but not the asked one:
    "“Tianwen-2” in 2025 will fly ..." for "what about Tianwen-3?"."""
    asked = {member for _, member in _members(question, lower=True)}
    series = {name for name, _ in asked}
    told = {member for _, member in _members(text) if member[0] in series}
    return bool(told) and not told & asked


def named(text: str) -> frozenset[tuple[str, str]]:
    """The members ``text`` names, as (series, number): {("chang'e", "6"), ("chang'e", "7")}."""
    return frozenset(member for _, member in _members(text))


def of_asked_member(found: list[tuple[str, int]], text: str, question: str, before: str, around: str) -> list[tuple[str, int]]:
    """Keep only values about the series member the question names.

    Asked when Tianwen-3 launches, "“Tianwen-2” in 2025 will fly ..." holds a
    date, but Tianwen-2's, and "the lunar base ... in the late 2030s" one of a
    sentence that never names Tianwen-3; counting either would answer a
    question the articles leave open. A sentence naming no member speaks of
    the one the sentence before it names ("It will also host ..."); failing
    that, it is trusted only when the text around it (``around``: what was
    retrieved of its article) names no sibling. A sentence naming only members of another series
    ("Chang’e-7") speaks of those.
    """
    asked = {_key(member) for _, member in _members(question, lower=True)}
    if not asked or not found:
        return found
    series = {name for name, _ in asked}
    mentions = [(at, _key(member)) for at, member in _members(text) if _key(member)[0] in series]
    if not mentions and any(_key(member)[0] not in series for member in _hyphenated(text)):
        # "when is that one supposed to launch?" of Tianwen-3: "its Chang’e-6, Chang’e-7, and Chang’e-8
        # missions ... later in this decade" dates the members of another series
        return []
    if not mentions:
        if any(_key(member) in asked for _, member in _members(before)):
            return found
        siblings = {_key(member) for _, member in _members(around) if _key(member)[0] in series} - asked
        return [] if siblings else found  # with no sibling about, nothing else can own the value
    if all(member in asked for _, member in mentions):
        return found  # no sibling in the sentence: nothing to tell apart

    def owner(at: int) -> tuple[str, str]:
        earlier = [m for m in mentions if m[0] < at]  # a value usually follows the thing it is about
        return earlier[-1][1] if earlier else min(mentions, key=lambda m: m[0] - at)[1]

    return [(v, at) for v, at in found if owner(at) in asked]


def _key(member: tuple[str, str]) -> tuple[str, str]:
    """A member as compared, its apostrophe dropped: "change-6", typed, is "Chang’e-6"."""
    return member[0].replace("'", ""), member[1]


# "Which Luna mission numbers ...?", "Which numbered Luna missions ...?", "Which Luna missions, by number, ...?":
# the answer names members of that series (Luna-25), not the series.
_ASKS_NUMBERS = re.compile(
    r"\b(?:which|what)\b[^?]*?\b(?:numbered\s+(?:[\w’'-]+\s+){0,2}?([A-Z][\w’'-]*)\s+missions?"
    r"|([A-Z][\w’'-]*)\s+(?:missions?\s+)?numbers?\b|([A-Z][\w’'-]*)\s+missions?(?:\s+\w+ly)?,?\s+by\s+number)",
    re.I,
)


# "Which Russian Luna mission is slated to be the first ...?": one member, so "Russian Luna missions" is no answer.
# Not a body's missions ("Which NASA mission ...?") or a country's ("Which Soviet mission ...?"), told by name.
_ASKS_MEMBER = re.compile(
    r"^\s*(?i:which|what)\s+(?:(?!(?i:is|are|was|were|will|would|does|do|did|has|have|the|a|an|its|their)\b)"
    r"[\w’'-]+\s+){0,2}?([A-Z][a-z][a-z’']*)\s+mission\b(?!s)"
)
# "Which specific Russian Luna missions ...?": members by number, though several; "Which Luna missions?" may be
# answered by "Luna missions" in general.
_ASKS_MEMBERS = re.compile(
    r"^\s*(?i:which|what)\s+(?i:specific|exact|particular|individual)\s+(?:[\w’'-]+\s+)?([A-Z][a-z][a-z’']*)\s+missions\b"
    # "Which Russian Luna missions specifically ...?"
    r"|^\s*(?i:which|what)\s+(?:[\w’'-]+\s+)?([A-Z][a-z][a-z’']*)\s+missions\s+(?i:specifically|exactly|in\s+particular)\b"
    # "which of those Luna missions flies first?": one picked out of them
    r"|^\s*(?i:which)\s+(?i:one\s+)?(?i:of)\s+(?i:those|these|the|its|their)\s+(?:[\w’'-]+\s+)?([A-Z][a-z][a-z’']*)\s+missions\b"
)
_NOT_SERIES = frozenset("soviet european national international space lunar".split())  # and ``ADJECTIVES``


def asked_numbers(question: str) -> str:
    """The series whose members' numbers the question asks for ("luna"), or ""."""
    if match := _ASKS_NUMBERS.search(question):
        name = next(group for group in match.groups() if group)
        return normalize(name) if name[0].isupper() else ""
    match = _ASKS_MEMBER.search(question) or _ASKS_MEMBERS.search(question)
    name = next((group for group in match.groups() if group), "") if match else ""
    if name and name.lower() not in _NOT_SERIES and name not in ADJECTIVES:
        return normalize(name)
    return ""


# "Russia's next Luna mission", "NASA's Artemis program": a programme named without a member's number.
_PROGRAMME = re.compile(r"(?<=\S\s)([A-Z][a-z][\w’'-]*)(?<![’']s)\s+(?:missions?|program(?:me)?s?)\b")  # not "China's"
_NOT_PROGRAMME = _NOT_SERIES | frozenset("moon mars earth sun venus jupiter saturn uranus neptune mercury".split())


def programme(question: str) -> str:
    """The programme ``question`` names without a number ("Luna" in "When is Russia's next Luna mission ...?"),
    or "". A country's missions ("Chinese missions", "Russia missions") and a body's ("Moon missions") are
    no programme; an agency's in capitals ("NASA missions") is no name of this shape."""
    for match in _PROGRAMME.finditer(question):
        name = match.group(1)
        numbered = any(ch.isdigit() for ch in name)  # "Tianwen-3 mission" names a member, which ``of_asked_member`` checks
        if not numbered and name.lower() not in _NOT_PROGRAMME and not parties.country(name):
            return name
    return ""


def names_programme(name: str, text: str) -> bool:
    """``text`` names programme ``name`` ("Russian Luna missions", "Luna-25"), not merely a word it begins
    ("lunar")."""
    return re.search(rf"\b{re.escape(normalize(name))}\b", normalize(text)) is not None


def numbered(text: str, name: str) -> list[tuple[str, int]]:
    """The members of series ``name`` that ``text`` names, with where: [("luna-25", 12)]."""
    return [(f"{series}-{number}", at) for at, (series, number) in _members(text) if series == name]
