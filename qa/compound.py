"""Two questions asked as one, split and answered in turn: "Why wasn't Russia there, and what's behind China
dropping its name?", "Why wasn't Russia at the congress / why was it left out of the pitch?"

Asked whole, such a question is answered by whichever half its best sentence fits, and the other half's
answer may fall below the bar of the sentences beside it. ``parts`` splits it at ", and <question word>",
"? <question word>" or "/ <question word>" when both halves read as questions of their own; the second is
then answered as a follow-up to the first, so its "it" or "there" reaches back. ``merge`` joins the two answers under one run of citation numbers. A half the
articles do not cover is said so, by name; only when neither is covered is the whole refused.

``if_so`` reads "Was X mentioned ...? If so, where?" as the one question "Where was X mentioned ...?".

Left out: lists of three or more questions, and halves joined without a question word ("When will Tianwen-2
fly, and where to?" is short enough to be answered whole).
"""

from __future__ import annotations

import dataclasses
import re

from qa.types import Answer

_WH = r"(?:what(?:'s|’s)?|why|how|where|when|who(?:'s|’s)?|whom|whose|which)"
_SPLIT = re.compile(
    rf"^\s*(?P<first>(?:(?:in|at|on|from|for|to|of|by|with)\s+)?{_WH}\b[^?;/]+?)"
    rf"\s*(?:(?:,|;|\?)\s*(?:and|but|also|plus)\s+|(?:;|\?|/)\s*(?={_WH}\b))"
    rf"(?P<second>{_WH}\b[^?]*?)\s*\??\s*$",
    re.I,
)
# "Was Russia mentioned at all in China's IAC presentation? If so, where and in what context?" (blind374 nq19):
# the second question asks where of what the first asks whether; answering "where" answers both
_IF_SO = re.compile(
    r"^\s*(?P<aux>was|were|is|are|did|does|do|has|have|had|will)\s+(?P<rest>[^?]+?)\s*\?\s*"
    r"(?:and\s+)?if\s+so\s*,?\s+(?P<wh>where|when|how|why|who)\b[^?]*\??\s*$",
    re.I,
)
_MIN_WORDS = 3  # "..., and where to?" leans on the first half for all it asks: answered whole
_MARKER = re.compile(r"\[(\d+)\]")
UNCOVERED = "The articles don't cover this part of the question"


def parts(question: str) -> tuple[str, str] | None:
    """The two questions ``question`` joins, each ending in "?"; None when it asks one."""
    match = _SPLIT.match(question)
    if not match:
        return None
    first, second = match.group("first").strip(), match.group("second").strip()
    if min(len(first.split()), len(second.split())) < _MIN_WORDS:
        return None
    return f"{first}?", f"{second[0].upper()}{second[1:]}?"


# "Which Chinese official gave the presentation ..., and what's their title?": the second half asks about the
# person the first asks for.
_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|theirs)\b", re.I)


def about_asked_person(halves: tuple[str, str], first_kind: str) -> bool:
    """Whether the second half asks about the person the first half asks to be named (``first_kind`` "name"):
    when the articles name no one, they cannot tell that person's title either."""
    return first_kind == "name" and bool(_PERSON.search(halves[1]))


def merge(question: str, halves: tuple[str, str], first: Answer, second: Answer) -> Answer:
    """One answer to ``question`` from the answers to its two ``halves``, under one run of citation numbers.

    A sentence the first answer already gives is not repeated for the second half, and a passage both cite
    keeps its first number.
    """
    if first.refused and second.refused:
        return dataclasses.replace(first, question=question)
    if first.refused or second.refused:
        answered, uncovered = (second, halves[0]) if first.refused else (first, halves[1])
        return dataclasses.replace(answered, question=question, text=f"{answered.text}\n\n{UNCOVERED}: “{uncovered}”")
    given = {_bare(piece) for piece in _pieces(first.text)}
    fresh = [piece for piece in _pieces(second.text) if _bare(piece) not in given]
    if not fresh:  # "..., and what will it try to do there?" answered by the same sentence
        return dataclasses.replace(first, question=question, query=f"{first.query} | {second.query}")
    citations = list(first.citations)
    by_number = {c.number: c for c in second.citations}
    renumber: dict[int, int] = {}
    for number in dict.fromkeys(int(n) for piece in fresh for n in _MARKER.findall(piece)):
        c = by_number[number]
        same = next(
            (i for i, d in enumerate(citations) if (d.article_id, d.start, d.end) == (c.article_id, c.start, c.end)), None
        )
        if same is None:
            citations.append(dataclasses.replace(c, number=len(citations) + 1))
            renumber[number] = len(citations)
        else:  # one passage cited by both halves keeps its first number and every quoted span
            d = citations[same]
            citations[same] = dataclasses.replace(
                d, quotes=tuple(sorted(set(d.quotes) | set(c.quotes))), score=max(d.score, c.score)
            )
            renumber[number] = d.number
    text = " ".join(_MARKER.sub(lambda m: f"[{renumber[int(m.group(1))]}]", piece) for piece in fresh)
    joiner = "\n\n" if first.conflicting or second.conflicting else " "
    return dataclasses.replace(
        first,
        question=question,
        text=f"{first.text}{joiner}{text}",
        citations=tuple(citations),
        conflicting=first.conflicting or second.conflicting,
        query=f"{first.query} | {second.query}",
    )


# An answer's sentences each end with their markers ("... Uranus [1].") and a conflict's lines open with "- ".
_PIECE_END = re.compile(r"(?<=\])[.!?]?(?=\s|$)")


def _pieces(text: str) -> list[str]:
    """The sentences of an answer's text, each with its markers; a conflict's lead and lines stay whole."""
    if "\n" in text:
        return [text]
    pieces, start = [], 0
    for end in _PIECE_END.finditer(text):
        pieces.append(text[start : end.end()].strip())
        start = end.end()
    tail = text[start:].strip()
    return [p for p in [*pieces, tail] if p]


def _bare(piece: str) -> str:
    return " ".join(_MARKER.sub(" ", piece).split())


def if_so(question: str) -> str:
    """ "Was X mentioned ...? If so, where?" asked as "Where was X mentioned ...?"; ``question`` otherwise."""
    match = _IF_SO.search(question)
    if not match:
        return question
    return f"{match['wh'].capitalize()} {match['aux'].lower()} {match['rest']}?"
