"""Instruments and payloads, for "What instrument is Italy contributing to Chang'e-6?".

Such a question is answered by a sentence naming a piece of kit ("an Italian retroreflector", "a French
radon detection device"); a sentence that only says a country "will have experiments aboard", or that a
rover weighs 10 kg, names none, and the articles then do not say which. A kit word alone ("detector",
"cubesat") names one; a general one ("device", "experiment") only after a word saying what it does or
whose it is ("radon detection device", "Swedish payload").

The words are hand-picked for space and science news. When no retrieved sentence names any kit of these
kinds (an orchestra's instruments, a patent's devices), the words do not fit the subject and the
answerer does not hold their absence against an answer (``qa.answer``).
"""

from __future__ import annotations

import re

from qa import places
from qa.demonyms import ADJECTIVE_PATTERN, COUNTRY_OF
from qa.text import initialisms

_GENERAL = r"(?:instruments?|experiments?|devices?|payloads?|equipment|tools?|hardware|apparatus)"
# "What Swedish instrument ...?", "What kind of payload ...?", "Which scientific instruments ...?". Not "Which
# countries have experiments ...?": the words between name no kind of kit.
ASKED = re.compile(
    r"^\s*(?:(?:in|at|on|from|for|to|of|by|with|into)\s+)?(?:what|which)\s+(?:(?:kind|type|sort)s?\s+of\s+)?"
    r"(?:(?!(?:is|are|was|were|will|would|do|does|did|has|have|had|can|could|the|a|an|of|and|or)\b)[\w’'-]+\s+){0,2}?"
    rf"{_GENERAL}\b",
    re.I,
)
_KIT = (r"(?:\w*detectors?|\w*reflectors?|cubesats?|cameras?|\w+meters?|\w+scopes?|\w+graphs?|radars?|sensors?|"
        r"lasers?|drills?|imagers?|analy[sz]ers?|antennas?|rovers?|landers?|robotic arms?)")
_WHOSE = ADJECTIVE_PATTERN
_KIT_FOUND = re.compile(
    rf"\b(?:(?P<whose>{_WHOSE})\s+(?:[a-z-]+\s+){{0,2}}?)?(?P<kit>{_KIT})\b"
    rf"|\b(?P<owner>{_WHOSE}|[a-z]+ion)(?:\s+[a-z-]+){{0,2}}?\s+(?P<general>{_GENERAL})\b")
# Who a question asks about: a country by name or adjective, or a space agency ("ESA", "the European Space Agency").
# Not the country owning the mission the kit flies on ("China's Chang'e-6", "the Chinese Chang'e-6 lander").
_AGENCY = re.compile(r"\b(?:ESA|NASA|CNSA|JAXA|ISRO|Roscosmos|(?:[A-Z][a-z]+\s+)+(?:Agency|Administration))\b")
_HOST = re.compile(r"\b[A-Z][a-z]+(?:[’']s)?\s+(?=[A-Z][\w’']*[-\s]\d)")
_COUNTRY_OF = {**COUNTRY_OF, "Saudi": "Saudi Arabia"}  # "a Saudi Arabia rover", "the Saudi rover"
_ADJECTIVE_OF = {country: adjective for adjective, country in _COUNTRY_OF.items()}
_COUNTRY = re.compile(rf"\b(?:{_WHOSE}|{places.COUNTRY.pattern[2:-2]}|Saudi)\b")


def _parties(question: str) -> set[tuple[str, ...]]:
    """What the question asks the kit of, each as the words a sentence may name it by."""
    question = _HOST.sub(" ", question)
    out: set[tuple[str, ...]] = set()
    for name in _COUNTRY.findall(question):
        country = _COUNTRY_OF.get(name, name)
        out.add((country, _ADJECTIVE_OF.get(country, country)))
    out |= {(name, *(i.upper() for i in initialisms(name))) for name in (n.strip() for n in _AGENCY.findall(question))}
    return out


def _names(forms: tuple[str, ...], told: str) -> bool:
    """``told`` names the party by one of ``forms``, or spells out its initials ("the European Space Agency")."""
    spelt = initialisms(told)
    return any(re.search(rf"\b{re.escape(form)}\b", told) or form.lower() in spelt for form in forms)


def found(text: str, question: str, before: str = "") -> list[tuple[str, int]]:
    """Each piece of kit ``text`` names that may be what ``question`` asks for, with where it starts.

    Asked about the Saudi rover's instruments, the rover itself is none; asked what the ESA sends, a sentence
    that (with ``before`` it) names none of the parties the question names lists someone else's.
    """
    asked = set(question.lower().replace("’", "'").split())
    told = before + " " + text
    parties = _parties(question)
    # of several ("Italy ... China's next lunar mission"), one may be the mission's owner, not the kit's
    if parties and not any(_names(forms, told) for forms in parties):
        return []
    out = []
    for m in _KIT_FOUND.finditer(text):
        kit = (m.group("kit") or "").lower()
        if kit and (kit in asked or kit.rstrip("s") in asked):
            continue  # the thing asked about, not its kit
        out.append((m.group(), m.start()))
    return out


def fits(texts: list[str]) -> bool:
    """Some of ``texts`` names kit of the kinds this module knows, so their words fit the subject."""
    return any(_KIT_FOUND.search(text) for text in texts)
