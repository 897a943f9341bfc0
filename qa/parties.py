"""Who a question is about: countries (by name or adjective) and space agencies, and whether a text names them.

"What instrument is Italy contributing?" and "Has NASA invited China ...?" each ask about parties a
sentence must name to answer ("an Italian retroreflector"; a sentence naming NASA but not China says
nothing of China). The country owning a mission ("China's Chang'e-6") is the mission's host, not a
party to what is asked. People, companies and institutes other than agencies are left out: the tables
cover the parties of international space news, where these questions were seen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa import places
from qa.acronyms import initialisms
from qa.demonyms import ADJECTIVE_PATTERN, COUNTRY_OF

COUNTRY_PATTERN = rf"(?:{ADJECTIVE_PATTERN}|{places.COUNTRY.pattern[2:-2]}|Saudi)"  # "Italian", "Saudi Arabia"
_COUNTRY = re.compile(rf"\b{COUNTRY_PATTERN}\b")
_COUNTRY_OF = {**COUNTRY_OF, "Saudi": "Saudi Arabia"}  # "a Saudi Arabia rover", "the Saudi rover"
_ADJECTIVE_OF = {country: adjective for adjective, country in _COUNTRY_OF.items()}
AGENCIES = ("ESA", "NASA", "CNSA", "JAXA", "ISRO", "Roscosmos")  # space agencies news names by a short name
_AGENCY = re.compile(rf"\b(?:{'|'.join(AGENCIES)}|(?:[A-Z][a-z]+\s+)+(?:Agency|Administration))\b")
# Capitals news writing uses for their governments ("Beijing might be reluctant"), each with its country's word.
# Not host cities ("the congress in Paris"), which are more often the place than the government.
CAPITALS = {"beijing": "china", "moscow": "russia", "washington": "america", "tokyo": "japan", "delhi": "india"}

# "Which American lunar programme is the Chinese-Russian base compared to?" (blind374 nq22): news names America's
# space effort by its agency ("NASA's long-delayed Artemis program"), so a question about the country's space or
# lunar effort looks for the agency as well. Only that shape: added to any question naming the US, "NASA" led
# SQuAD's "Who is the third richest man in America?" astray (four first sentences and two answers lost among
# 248 SQuAD questions).
_AMERICA_IN_SPACE = re.compile(
    r"\b(?:U\.?S\.?A?|America|American|United\s+States)(?:['’]s)?(?:-led|-run|-based)?\s+(?:[\w-]+\s+)?"
    r"(?:space|lunar|moon|crewed)\b"
)


def with_national_agency(query: str) -> str:
    """``query`` with "NASA" added when it asks about America's space effort (and does not name NASA)."""
    return f"{query} NASA" if _AMERICA_IN_SPACE.search(query) and not re.search(r"\bNASA\b", query) else query


_HOST = re.compile(r"\b[A-Z][a-z]+(?:[’']s)?\s+(?=[A-Z][\w’']*[-\s]\d)")


def country(word: str) -> str:
    """The country ``word`` names ("Pakistani" -> "Pakistan", "Sweden" -> "Sweden"); "" when it names none."""
    return _COUNTRY_OF.get(word, word if _COUNTRY.fullmatch(word) else "")


def asked(question: str) -> set[tuple[str, ...]]:
    """The parties ``question`` names, each as the words a text may name it by."""
    question = _HOST.sub(" ", question)
    out: set[tuple[str, ...]] = set()
    for name in _COUNTRY.findall(question):
        whole = country(name)
        out.add((whole, _ADJECTIVE_OF.get(whole, whole)))
    return out | agencies(question)


def agencies(question: str) -> set[tuple[str, ...]]:
    """The agencies ``question`` names ("NASA"), each as the words a text may name it by."""
    return {(name, *(i.upper() for i in initialisms(name))) for name in (n.strip() for n in _AGENCY.findall(question))}


def named(forms: tuple[str, ...], text: str) -> bool:
    """``text`` names the party by one of ``forms``, or spells out its initials ("the European Space Agency")."""
    spelt = initialisms(text)
    return any(re.search(rf"\b{re.escape(form)}\b", text) or form.lower() in spelt for form in forms)


def found(text: str) -> list[tuple[str, int]]:
    """The countries (by name or adjective) and agencies ``text`` names, with where: "Who is sending
    experiments?" is answered by "Sweden, France, and the European Space Agency"."""
    return sorted(
        [(m.group(), m.start()) for m in _COUNTRY.finditer(text)]
        + [(m.group().strip(), m.start()) for m in _AGENCY.finditer(text)],
        key=lambda v: v[1],
    )


# Questions are often typed in lower case ("the one from saudi arabia"); articles capitalise countries.
_ANY_COUNTRY = re.compile(rf"\b{COUNTRY_PATTERN}\b", re.I)


@lru_cache(maxsize=256)  # read of the same question for every sentence
def countries(text: str) -> tuple[str, ...]:
    """The countries ``text`` names, by name or adjective, in any case, in order and once each: "a Pakistani
    cubesat and a saudi arabia rover" -> ("Pakistan", "Saudi Arabia")."""
    return tuple(dict.fromkeys(country(m.group().title()) for m in _ANY_COUNTRY.finditer(text)))
