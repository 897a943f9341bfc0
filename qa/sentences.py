"""Candidate sentences: each sentence of the retrieved passages, with the share of the question it covers.

What a sentence covers is more than its own words: an acronym counts as the name an article spells out
for it, a one-word name as its parts, a sentence that points back ("It will ...") as the names of the one
before it, and a word for a choice as "options" when a choice is asked for.
Scoring, selection and citation are ``qa.answer``'s; this module only measures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from qa import facts, kinds, paraphrases
from qa.acronyms import expansions, initialisms, name_terms, with_expansions
from qa.boundaries import sentence_spans
from qa.demonyms import ADJECTIVE_PATTERN, kin
from qa.respell import slips
from qa.spelling import american
from qa.text import NAMES, camel_parts, capitalised_terms, coverage, plain_names, terms
from qa.types import Passage

BOILERPLATE = re.compile(
    r"^\s*(read more|share this|follow us|more must-reads|more chinese|sign up|this story originally|"
    r"subscribe|advertisement|related:|see also|photo:|image:|source:)",
    re.IGNORECASE,
)
# A sentence that points back ("It will also host ...", "rent places on these devices") is about the names
# of the sentence before it.
_ANAPHOR = re.compile(r"^(?:It|They|He|She|These|Those)\b|\b(?:these|those|such)\s+[a-z]+", re.UNICODE)
END = re.compile(r"([.!?…]+[\"'”’)\]]*)$")
# Share of a country's weight its adjective covers, and the other way round (see qa.demonyms).
DEMONYM_SHARE = 0.5
# A credit line or related-story link ("This story originally appeared in ...") is no answer unless the
# question is about it: then it holds this much of the question's weight.
BOILERPLATE_COVERAGE = 0.3
# A follow-up's own words say what is new ("And what is Pakistan putting on it?"); a sentence that meets
# only the words borrowed from the earlier turn answers that turn, and keeps this share of its coverage.
BORROWED_ONLY_SHARE = 0.25
# "What exactly is the Swedish one?": the thing is told by its adjective ("A Swedish negative ion detector"), not
# by the country's name ("experiments aboard from Sweden"), which says only where some come from. A sentence
# without the adjective keeps this share of its coverage.
_DEMONYM_ONE = re.compile(rf"\bthe\s+({ADJECTIVE_PATTERN})\s+ones?\b", re.I)
# A sentence keeps this share of its coverage when the question names one outlet and it is another's.
OTHER_OUTLET_SHARE = 0.5


@dataclass
class Candidate:
    passage: Passage
    start: int
    end: int
    text: str
    coverage: float
    context: float
    values: set[str]
    cosine: float = 0.0
    score: float = 0.0
    support: float = 0.0
    vector: np.ndarray | None = None
    also: list[Passage] = field(default_factory=list)  # corroborating passages
    prior: str = ""  # the sentence before it in its paragraph, which "It will also host ..." leans on


# "But this year, for some reason, China comments ...": the idiom says the reason is unknown, so its "reason"
# covers no question asking for one
_NO_REASON = re.compile(r"\bfor\s+(?:some|whatever|no\s+(?:apparent|obvious|clear)|unknown)\s+reasons?\b", re.I)


def _sentence_terms(text: str, known: dict[str, frozenset[str]] | None = None) -> set[str]:
    text = _NO_REASON.sub(" ", text)
    found = name_terms(text) | camel_parts(text)
    # "The Celestial Empire is ..." is about China; a British "programme" answers a question about a "program".
    for variant in (plain_names(text), american(text)):
        if variant != text:
            found |= set(terms(variant))
    return with_expansions(found, text, known) if known else found


def outlet_terms(outlet: str) -> set[str]:
    """Terms of an outlet's name as the front matter gives it: "ust_magazine" gives those of "ust magazine"."""
    return set(terms(outlet.replace("_", " ")))


_OUTLET_KINDS = frozenset(terms("magazine newspaper newsletter journal"))
_PIECE = frozenset(terms("article piece story report")) | _OUTLET_KINDS  # "And the UST article?" names only a source


def named_outlets(passages: tuple[Passage, ...], question: str) -> dict[str, set[str]]:
    """The retrieved articles' outlets the question names, written as names ("TIME", "the UST piece"), with their terms.

    Capitalised only: "at what time" names no outlet called TIME. A word for a kind of outlet that is part of an
    outlet's name counts in lower case too: "the space magazine" is the outlet that calls itself "ust_magazine";
    so do a name's initials ("Universe Space Tech" for "ust").
    """
    written = capitalised_terms(question) | (_OUTLET_KINDS & set(terms(question))) | set(initialisms(question))
    named: dict[str, set[str]] = {}
    for p in passages:
        if p.outlet and p.outlet not in named:
            named[p.outlet] = outlet_terms(p.outlet) & written
    return {outlet: found for outlet, found in named.items() if found}


def _covered(found: set[str], weights: dict[str, float]) -> float:
    """Coverage, with a country's adjective counting part of the country's weight ("Italian" for "Italy"),
    and a paraphrase part of the question word's ("interested" for "wants")."""
    found = found | slips(found, weights.keys())  # TIME's "Albierti" is the "Aliberti" asked about
    return coverage(found, weights) + DEMONYM_SHARE * coverage(kin(found) | paraphrases.kin(found), weights)


def candidates(
    passages: tuple[Passage, ...],
    weights: dict[str, float],
    context_weights: dict[str, float],
    kind: kinds.Asked,
    asked: str,
    alternatives: set[str],
    fresh: frozenset[str] = frozenset(),
    misdated: Callable[[str], bool] | None = None,
) -> list[Candidate]:
    """Each sentence of the passages, with its coverage of ``weights`` and its passage's of ``context_weights``.

    ``alternatives`` are terms a sentence holding a value of the asked kind covers too ("options" for a dilemma).
    ``fresh`` are a follow-up's own terms, when it borrowed others from the conversation. A sentence ``misdated``
    finds dated of something else holds no value of the date asked (``qa.dating``).
    """
    fresh_weights = {t: w for t, w in weights.items() if t in fresh}
    seen: set[tuple[str, int]] = set()
    out: list[Candidate] = []
    article_text: dict[str, str] = {}  # what was retrieved of each article, for facts.values' siblings
    for p in passages:
        article_text[p.article_id] = article_text.get(p.article_id, "") + "\n" + p.text
    known = expansions("\n".join(article_text.values()))  # "the IAC" counts as the congress it abbreviates
    named = named_outlets(passages, asked)
    one = _DEMONYM_ONE.search(asked)
    adjective = re.compile(rf"\b{one.group(1)}\b", re.I) if one else None
    for p in passages:
        outlet = named.get(p.outlet, set())  # "according to TIME": every sentence of a TIME article says it
        # An outlet the follow-up names is news only when it is all the news: "What does the magazine say is the
        # main reason ...?" asks a reason of the magazine's sentences, which its outlet alone does not meet
        news = {t: w for t, w in fresh_weights.items() if t not in outlet | _PIECE} or fresh_weights
        context = _covered(_sentence_terms(p.text, known) | outlet, context_weights)
        last, last_end = "", 0
        for s, e in sentence_spans(p.text):
            text = p.text[s:e]
            prior = "" if "\n" in p.text[last_end:s] else last  # the sentence before, within the paragraph
            last, last_end = text, e
            key = (p.article_id, p.start + s)
            if key in seen or len(text.split()) < 4:
                continue
            if not END.search(text) and len(text.split()) < 12:
                continue  # a headline or section title, not an answer
            found = facts.values(kind, text, asked, prior, article_text[p.article_id])
            if kind.kind == "epithet" and len(named) == 1 and p.outlet not in named:
                found = set()  # "What does TIME call China?": another outlet's word for it is not TIME's
            if found and misdated and misdated(text):
                found = set()
            inherited = NAMES.findall(prior) if _ANAPHOR.search(text) else []  # "on these devices": the ones just named
            mine = _sentence_terms(text, known)
            own = mine | (alternatives if found else set()) | set(terms(" ".join(inherited))) | outlet
            covered = _covered(own, weights)
            # what "It will also host ..." inherits is the subject, not the news of a follow-up ("And the UST
            # article?" is news its outlet's sentences meet)
            if fresh_weights and not _covered(mine | outlet, news):
                covered *= BORROWED_ONLY_SHARE
            if adjective and not adjective.search(text):
                covered *= BORROWED_ONLY_SHARE
            if BOILERPLATE.match(text) and covered < BOILERPLATE_COVERAGE:
                continue  # "Sign up here", "This story originally appeared ...": an answer only when asked about
            if len(named) == 1 and p.outlet not in named:
                covered *= OTHER_OUTLET_SHARE  # "What does the UST article say ...?": that article's sentences first
            seen.add(key)
            out.append(
                Candidate(
                    passage=p,
                    start=p.start + s,
                    end=p.start + e,
                    text=text,
                    coverage=covered,
                    context=context,
                    values=found,
                    prior=prior,
                )
            )
    return out


def lead_with(
    ranked: list[Candidate], fits: Callable[[Candidate], bool], min_support: float, share: float, depth: int
) -> list[Candidate]:
    """``ranked`` led by the first of its ``depth`` best sentences that ``fits``, is close enough (``min_support``)
    and scores at least ``share`` of the best; ``ranked`` as it is when the best fits or none does."""
    if not ranked or fits(ranked[0]):
        return ranked
    bar = share * ranked[0].score
    lead = next((c for c in ranked[:depth] if c.support >= min_support and c.score >= bar and fits(c)), None)
    return ranked if lead is None else [lead, *(c for c in ranked if c is not lead)]
