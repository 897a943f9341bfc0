"""Who else has joined a project: "Apart from Russia, which other nations have officially joined the ILRS?"

Asked which other countries joined or signed on to a named project, a sentence answers only if it names
the project, a word of joining and a country beyond the ones the question names. A country told beside
one of those as its co-founder ("China and Russia signed a cooperation contract") joined nothing new.
The articles say China and Russia announced the ILRS and that China was "absolutely mum on any further
plans for the ILRS": close to the question in words, silent on any other member.

Asked which countries "specifically", the question need name none: "Which specific countries has NASA
signed up as partners for Artemis?" is not answered by "NASA is partnering with multiple nations".

Left out: questions neither naming a country to go beyond nor insisting ("Which countries have signed up to
fly instruments on Chang'e-7?"), where the project's own host may be the answer; projects named only by common nouns
("the lunar base"); agencies and companies as members.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from qa import parties
from qa.acronyms import initialisms
from qa.text import STOPWORDS, normalize

# Plural, or "other": "Apart from Russia, which country signed on?" may well ask for its co-signer.
_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:(?:specific|particular|exact)\s+)?(?:other\s+(?:countries|country|nations?|states|partners?|members?)|"
    r"(?:countries|nations|states|partners|members))\b[^?]*?"
    r"\b(?:joined|join|joining|signed\s+(?:on|up)|sign\s+(?:on|up)|become\s+(?:members?|partners?)|enlisted|"
    r"come\s+aboard|tak(?:e|es|en|ing)\s+part|participat\w*)\b",
    re.I,
)
# The question asks beyond the countries it names: "apart from Russia", "besides", "which other nations".
_BEYOND = re.compile(r"\b(?:other|apart\s+from|aside\s+from|besides|except|beyond|in\s+addition\s+to)\b", re.I)
# Or it insists on their names: "Which specific countries has NASA signed up as partners for Artemis?"
_INSIST = re.compile(r"\b(?:specific|specifically|exactly|precisely|in\s+particular)\b", re.I)
# A project is named by an acronym ("ILRS"), a numbered craft ("Chang'e-7") or a capitalised word after the
# first ("Artemis"), in a question typed any case.
_PROJECT = re.compile(r"\b[A-Z]{2,}s?\b|\b[\w’']+-\d+\b|(?<=\s)(?-i:[A-Z][a-z]+)\b")
_JOINING = re.compile(
    r"\b(?:join(?:s|ed|ing)?|signed|signs?\s+(?:on|up)|signator(?:y|ies)|members?|membership|partners?|"
    r"participa\w+|taking\s+part|took\s+part|aboard|enlist\w*|accession|acceded|"
    # what a country puts on a craft is its part in it: "a Swedish negative ion detector ... will be placed on"
    r"contribut\w*|placed|carr(?:y|ies|ied|ying)|host\w*|experiments?|instruments?|payloads?|devices?)\b",
    re.I,
)


@dataclass(frozen=True)
class Joining:
    """What a question asks who joined, and the countries it already names (to be gone beyond)."""

    project: tuple[str, ...]
    named: tuple[str, ...]

    @property
    def phrase(self) -> str:
        """The project as a refusal names it: "the ILRS", "Artemis" (its agency, "NASA", left out)."""
        shown = [p for p in self.project if p not in parties.AGENCIES] or list(self.project)
        return " or ".join(f"the {p}" if p.isupper() else p for p in shown)


def asked(question: str) -> Joining | None:
    """The project ``question`` asks which other countries joined, and the countries it names; None otherwise."""
    beyond, insists = bool(_BEYOND.search(question)), bool(_INSIST.search(question))
    if not (_ASKED.search(question) and (beyond or insists)):
        return None
    named = parties.countries(question)
    found = [p for p in _PROJECT.findall(question) if not parties.country(p.title()) and p.lower() not in STOPWORDS]
    project = tuple(dict.fromkeys(found))
    return Joining(project, named) if project and (named or not beyond) else None


# "Which other countries have joined that project since then?": the project is the earlier turn's
_BACK = re.compile(
    r"\b(?:that|this|the|their)\s+(?:project|base|station|program(?:me)?|effort|initiative|partnership|alliance)\b"
    r"|\bit\b",
    re.I,
)


def asked_after(question: str, borrowed: str) -> Joining | None:
    """As ``asked``, of a follow-up pointing back at the project of an earlier turn naming the countries to go
    beyond ("When did Russia and China sign the roadmap for their lunar base?"); None otherwise."""
    if asked(question) or not (_ASKED.search(question) and _BEYOND.search(question) and _BACK.search(question)):
        return None
    named = parties.countries(borrowed)
    return Joining((), named) if named else None


def told(joining: Joining, sentence: str) -> bool:
    """Whether ``sentence`` names the project (if the question does), a word of joining and a country beyond
    those asked about."""
    if not _JOINING.search(sentence):
        return False
    if joining.project and not any(_names_project(p, sentence) for p in joining.project):
        return False
    return bool(_newcomers(joining.named, sentence))


def why(joining: Joining, _question: str) -> str:
    if joining.named:
        joined = joining.phrase or "it"
        return f"they name no country besides {' and '.join(joining.named)} that joined {joined}"
    return f"they never name which countries joined {joining.phrase}"


def _names_project(project: str, sentence: str) -> bool:
    if normalize(project) in normalize(sentence):
        return True
    return project.isupper() and project.lower() in initialisms(sentence)  # "the International Lunar Research Station"


def _newcomers(named: tuple[str, ...], sentence: str) -> set[str]:
    """Countries ``sentence`` names beyond ``named`` and those it pairs with one of them ("China and Russia")."""
    found = [(parties.country(word) or word, start, start + len(word)) for word, start in parties.found(sentence)]
    paired = [
        (first, second)
        for (first, _, end), (second, start, _) in itertools.pairwise(found)
        if re.fullmatch(r"\s*(?:and|,|&)\s*", sentence[end:start])
    ]
    known, grown = set(named), True
    while grown:  # co-founders told together: "Sweden, China and Russia"
        grown = False
        for pair in paired:
            if known & set(pair) and not set(pair) <= known:
                known |= set(pair)
                grown = True
    return {name for name, _, _ in found if name not in known and name in parties.countries(name)}
