"""Questions about where the articles' reporting comes from: "Which outlet's reporting do these stories draw on?"

No one sentence answers that: each article credits its source in passing ("As
SpaceNews reports", "told SpaceNews", "According to spacenews.com", "[SpaceNews]"
after a related link). This module reads those credits in every indexed article,
counts the articles crediting each source, and answers with the source most of them
credit, citing the crediting sentence of each. It answers only when the question
is about the articles together and at least two of them credit the same source;
otherwise it returns None and the extractive answerer takes the question. Asked of one article its
outlet names ("Whose reporting is the TIME article based on?"), it gives the sources that article credits.
Who wrote or ran one article is ``qa.byline``'s; asked who wrote a piece by a source the articles only credit
("the SpaceNews report they're all based on"), ``credited_elsewhere`` says it is not among them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa.answer import REFUSAL, refusal
from qa.boundaries import sentence_spans
from qa.byline import asked_field, citation, indexed_article
from qa.engine import Engine
from qa.sentences import outlet_terms
from qa.store import ArticleRecord
from qa.text import capitalised_terms
from qa.types import Answer

# What a source of reporting is called in a question
_SOURCE = r"(?:outlets?|publications?|newspapers?|magazines?|sites?|websites?|sources?|news agenc(?:y|ies)|wire services?)"
_ASKS = re.compile(
    # "What's the original outlet all three of these pieces are drawing on?" (blind371 nn21)
    rf"(?:\b(?:which|what)(?:'s|’s|\s+is|\s+was)?\s+(?:[\w’'-]+\s+){{0,2}}?{_SOURCE}(?:'s|’s|s'|s’)?"
    # "Whose reporting are these stories ... based on?"
    r"|\bwhose\s+(?:original\s+)?(?:reporting|reports?|coverage|scoop|stor(?:y|ies)|work))\b"
    r".*\b(?:based on|draw(?:s|ing)?(?: on| from| upon)|drawn (?:from|on|upon)|rel(?:y|ies) on|cites?|cited|credits?|credited|"
    r"sourced from|comes? from|built on|"
    # "Which news site did all three of these stories get their reporting from?"
    r"(?:get|gets|got|getting|take|takes|took|taking)\s+(?:their|its|the)\s+(?:original\s+)?"
    r"(?:reporting|information|info|news|facts|material|stor(?:y|ies))\s+from)\b",
    re.I,
)
# The verb first: "The ust_magazine piece credits which site as its source?" (blind358 mz26)
_ASKS_VERB_FIRST = re.compile(
    r"\b(?:credits?|credited|cites?|cited|based on|draws? on|drawn from|rel(?:y|ies) on|sourced from)\s+"
    rf"(?:which|what)\s+(?:[\w’'-]+\s+){{0,2}}?{_SOURCE}(?:'s|’s)?\b",
    re.I,
)
_TOGETHER = re.compile(
    r"\b(?:these|the|all|both|those|all (?:the |these )?(?:two|three|four|five)|(?:two|three|four|five))\s+"
    r"(?:of\s+(?:these|the|those)\s+)?(?:[\w’'-]+\s+)?(?:articles|stories|pieces|reports|outlets|write-?ups|accounts)\b"
    r"|\bthe coverage\b",
    re.I,
)
# A source's name: a capitalised name of up to three words, or a web domain.
_NAME = r"((?:[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2})|(?:[\w-]+\.)+(?:com|org|net|co\.uk|news))"
_CREDITS = (
    re.compile(rf"\b[Aa]s\s+{_NAME}\s+(?:reports|reported|notes|noted|writes|wrote)\b"),
    re.compile(rf"\b[Aa]ccording\s+to\s+{_NAME}"),
    re.compile(rf"\btold\s+{_NAME}"),
    re.compile(rf"\b[Tt]he\s+{_NAME}\s+(?:report|story|article)\b"),
    re.compile(rf"\[{_NAME}\]\s*$", re.MULTILINE),
)
_NOT_SOURCES = frozenset({"the", "a", "an", "this", "that", "it", "he", "she", "they", "we", "i", "you"})


@dataclass(frozen=True)
class _Credit:
    source: str  # as written
    start: int  # the crediting sentence's span in the article text
    end: int


def _asks(question: str) -> bool:
    return bool(_ASKS.search(question) or _ASKS_VERB_FIRST.search(question))


def asks_about_sources(question: str) -> bool:
    return _asks(question) and bool(_TOGETHER.search(question))


def answer(question: str, query: str, engine: Engine, outlets: Sequence[str] = ()) -> Answer | None:
    """The source most articles credit, with each one's crediting sentence cited; None to let the answerer try."""
    if _asks(question) and not _TOGETHER.search(question):
        return _one_article(question, query, engine)
    if not asks_about_sources(question):
        return None
    credited: dict[str, list[tuple[ArticleRecord, str, _Credit]]] = {}
    read = 0
    for record in sorted(engine.store.manifest().values(), key=lambda r: r.id):
        if outlets and record.outlet not in outlets:
            continue
        article = indexed_article(record, engine)
        if article is None:
            continue
        text = article.text
        read += 1
        for key, credit in _credits(text, record.body_start).items():
            credited.setdefault(key, []).append((record, text, credit))
    if not credited:
        return None
    most = max(len(rows) for rows in credited.values())
    if most < 2:
        return None  # one article's credit says nothing about the others
    top = [rows for rows in credited.values() if len(rows) == most]
    if len(top) > 1:
        return None  # two sources credited equally often: no single answer
    rows = top[0]
    citations = tuple(citation(record, text, n, c.start, c.end) for n, (record, text, c) in enumerate(rows, 1))
    marks = "".join(f"[{c.number}]" for c in citations)
    name = max((c.source for _, _, c in rows), key=lambda s: (sum(x.source == s for _, _, x in rows), -len(s)))
    share = f"all {most}" if most == read else f"{most} of the {read}"
    return Answer(
        question=question,
        text=f"{name}: {share} articles credit its reporting {marks}.",
        citations=citations,
        refused=False,
        query=query,
    )


def _one_article(question: str, query: str, engine: Engine) -> Answer | None:
    """ "Whose reporting is the TIME article based on?": the sources the one article its outlet names credits."""
    named = capitalised_terms(question)
    asked = question.casefold()
    # An outlet known by a lower-case handle is named by writing the handle: "the ust_magazine piece"
    records = [
        r
        for r in engine.store.manifest().values()
        if r.outlet and (named & outlet_terms(r.outlet) or r.outlet.casefold() in asked)
    ]
    article = indexed_article(records[0], engine) if len(records) == 1 else None
    if article is None:
        return None
    record = records[0]
    credits = list(_credits(article.text, record.body_start).values())
    if not credits:
        return None
    citations = tuple(citation(record, article.text, n, c.start, c.end) for n, c in enumerate(credits, 1))
    told = " and ".join(f"{c.source} [{n}]" for n, c in enumerate(credits, 1))
    return Answer(
        question=question, text=f"The {record.outlet} article credits {told}.", citations=citations, refused=False, query=query
    )


def _credits(text: str, body_start: int) -> dict[str, _Credit]:
    """Each source the article credits (by normalised name) with the first sentence crediting it."""
    found: dict[str, _Credit] = {}
    spans = sentence_spans(text, body_start)
    for pattern in _CREDITS:
        for match in pattern.finditer(text, body_start):
            source = match.group(1).rstrip(".")
            key = _key(source)
            if not key or key in found:
                continue
            span = next(((s, e) for s, e in spans if s <= match.start(1) < e), None)
            if span is not None:
                found[key] = _Credit(source, *span)
    return found


def _key(source: str) -> str:
    """ "SpaceNews", "spacenews.com" and "www.SpaceNews.com" are one source."""
    name = re.sub(r"^www\.|\.(?:com|org|net|co\.uk|news)$", "", source.strip().casefold())
    name = re.sub(r"[^\w]", "", name)
    return "" if name in _NOT_SOURCES else name


# "and who wrote the SpaceNews report they're all based on?" (blind380 nw25): a piece named by an outlet the
# articles credit as their source, which is not itself among them
_NAMED_PIECE = re.compile(
    r"\b((?-i:[A-Z])[\w&’'.-]*)\s+(?:report|article|piece|story|write-?up|column|coverage)\b",
    re.I,
)
_FIELD_WORDS = {
    "author": "who wrote it",
    "outlet": "which outlet ran it",
    "published": "when it came out",
    "contact": "how to reach its writer",
}


def credited_elsewhere(question: str, query: str, engine: Engine) -> Answer | None:
    """A refusal when the question asks who wrote (or when, where, how to reach) a piece by an outlet the
    articles only credit as their source; None otherwise, for ``qa.byline`` to answer."""
    field = asked_field(question)
    pieces = [m.group(1) for m in _NAMED_PIECE.finditer(question)]
    if not field or not pieces:
        return None
    records = list(engine.store.manifest().values())
    indexed = {t for r in records for t in outlet_terms(r.outlet)}
    foreign = [piece for piece in pieces if not outlet_terms(piece) & indexed]
    if not foreign:
        return None  # reading every article's credits is for a piece by no indexed outlet only
    credited = {
        key
        for r in records
        if (article := indexed_article(r, engine)) is not None
        for key in _credits(article.text, r.body_start)
    }
    for piece in foreign:
        if _key(piece) in credited:
            why = f"the {piece} piece they credit is not among them, so they never say {_FIELD_WORDS[field]}"
            return refusal(question, query, f"{REFUSAL[:-1]}: {why}.")
    return None
