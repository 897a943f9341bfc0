"""Questions asking a person's job title or schooling, and whether a sentence gives anyone a role or a degree.

"What is his job title at the magazine?" of TIME's Jeffrey Kluger is not answered by a sentence about
China's silence: the articles name him only in the byline and the address to write to. Such a question is
refused unless one of the best sentences gives a role ("senior research fellow", "chief representative").
Asked "his" title after a turn naming him, the role must be told of him: Marco Aliberti's "senior research
fellow" is no title of Kluger's. Only questions about a person's own title are read ("What is Aliberti's position?"), not a player's
position in a game nor a country's role in a project. "Where did Marco Aliberti get his doctorate?" is
likewise refused unless a close sentence speaks of a degree or of study, not by his institute's city, and "What did
he do before?" unless one tells of an earlier post ("previously", "before joining"), not by his present one.
"""

from __future__ import annotations

import re

from qa import parties
from qa.text import OPENING, STOPWORDS

_ASKED = re.compile(
    rf"^\s*{OPENING}what(?:'s|’s|\s+is|\s+was)\s+(?:his|her|(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}(?-i:[A-Z])[\w-]*(?:'s|’s))\s+"
    r"(?:(?:official|exact|current|full|actual|real)\s+)?(?:job\s+title|job|title|position|occupation|profession|rank)\b"
    r"(?![^?]*\b(?:play|plays|played|game|match|team)\b)"
    r"|^\s*what\s+(?:does|did)\s+(?:he|she)\s+do\s+(?:for\s+a\s+living|for\s+work)\b",
    re.I,
)
_ROLE = re.compile(
    r"\b(?:official|spokes\w+|representative|head|director|chief|scientist|analyst|author|writer|reporter|"
    r"journalist|editor|correspondent|columnist|astronaut|minister|leader|researcher|engineer|administrator|"
    r"commander|fellow|expert|professor|president|deputy|secretary|manager|founder|chair\w*|officer|"
    # SQuAD's people: "a Western Union superintendent", "New York attorney Charles F. Peck"
    r"superintendent|attorney|lawyer|teacher|doctor|physician|nurse|clerk|judge|mayor|governor|senator|ambassador|"
    r"general|captain|colonel|inventor|architect|designer|artist|painter|poet|novelist|composer|musician|actor|"
    r"producer|banker|merchant|farmer|priest|bishop|pastor|monk|king|queen|prince|emperor|coach|player|"
    r"employee|worker|assistant|consultant|advisor|adviser|agent|diplomat|politician|economist|physicist|"
    r"chemist|mathematician|teacher|lecturer|tutor|student|apprentice|owner|executive|CEO)s?\b",
    re.I,
)


def asked(question: str) -> bool:
    """Whether ``question`` asks for someone's job title or position."""
    return bool(_ASKED.search(question))


def told(text: str) -> bool:
    """Whether ``text`` gives someone a role."""
    return bool(_ROLE.search(text))


# The last word of a capitalised run in an earlier turn: "Jeffrey Kluger wrote it", or the name the answer
# gave, which a follow-up's context carries alone ("... and Russia? Kluger"); a sentence's opening word
# ("Who", "Yes") is a function word and falls to STOPWORDS.
_SURNAME = re.compile(r"\b(?-i:[A-Z][a-z’'-]+)\b(?!\s+(?-i:[A-Z]))")
_NOT_A_SURNAME = frozenset({"Agency", "Institute", "Administration", "Congress", "Station", "Program", "Empire"})


def asked_of(question: str, borrowed: str) -> tuple[str, ...]:
    """The surnames "his" or "her" may stand for in a job-title question, from the earlier turn ("Kluger");
    none when the question names its person or asks no title."""
    if not (asked(question) and re.search(r"\b(?:his|her)\b", question, re.I)):
        return ()
    found = [w.rstrip("’'") for w in _SURNAME.findall(borrowed.strip())]
    return tuple(
        dict.fromkeys(
            w for w in found if w not in _NOT_A_SURNAME and w.lower() not in STOPWORDS and not parties.country(w.split("'")[0])
        )
    )


def told_of(surnames: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` gives a role and names one of the people ``surnames`` stand for."""
    return told(text) and any(re.search(rf"\b{re.escape(s)}\b", text) for s in surnames)


_ASKED_SCHOOLING = re.compile(
    r"\b(?:doctorate|ph\.?d|(?:his|her|their|a)\s+degree|degree\s+(?:in|from)|diploma|alma\s+mater|educated|graduated?|"
    r"study\s+at)\b"
    r"|\bwhich\s+(?:university|college|school)\s+did\b",
    re.I,
)
_SCHOOLING = re.compile(
    r"\b(?:doctor(?:ate|al)|ph\.?d|degrees?|diplomas?|educat\w*|graduat\w*|stud(?:y|ies|ied|ying|ent|ents)|alumn\w*|universit\w*|college|"
    r"school\w*|academ\w*)\b",
    re.I,
)


def asks_schooling(question: str) -> bool:
    """Whether ``question`` asks where or what someone studied."""
    return bool(_ASKED_SCHOOLING.search(question))


def tells_schooling(text: str) -> bool:
    """Whether ``text`` speaks of a degree, a school or study."""
    return bool(_SCHOOLING.search(text))


# "What did he do before?", "What was her previous job?": a career before the present post
# Only before a post ("before joining", "before that", "before?"): "What did China do before the congress?" asks of an event
_EARLIER = (
    r"(?:before|previously|earlier|prior)(?:\s*(?:[?.,]|$)|\s+(?:to\s+)?(?:that|this|then|joining|becoming|taking|moving|"
    r"working|going|coming|entering|starting)\b)"
)
_ASKED_BEFORE = re.compile(
    rf"\bwhat\s+(?:did|had)\s+(?:he|she|they|(?-i:[A-Z])[\w’'-]+)\s+(?:do|done)\s+{_EARLIER}"
    rf"|\bwhere\s+did\s+(?:he|she|they|(?-i:[A-Z])[\w’'-]+)\s+work\s+{_EARLIER}"
    r"|\b(?:his|her|their|(?-i:[A-Z])[\w’'-]+['’]s)\s+(?:previous|prior|former|earlier)\s+(?:jobs?|roles?|positions?|posts?|careers?|employers?|work)\b",
    re.I,
)
_BEFORE = re.compile(
    # SQuAD: "hired Golovin, who had left NASA" tells where he worked before
    r"\b(?:previously|formerly|former|prior\s+to|used\s+to|earlier|careers?|"
    r"had\s+(?:\w+ed|been|left|done|taught|run|held|led|spent|gone)|"
    r"before\s+(?:joining|becoming|taking|moving|working|serving|that))\b",
    re.I,
)


def asks_before(question: str) -> bool:
    """Whether ``question`` asks what someone did before their present post."""
    return bool(_ASKED_BEFORE.search(question))


def tells_before(text: str) -> bool:
    """Whether ``text`` tells of something done before ("previously", "before joining", "a former ...")."""
    return bool(_BEFORE.search(text))
