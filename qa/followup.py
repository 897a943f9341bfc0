"""Follow-up questions without an LLM: fold the earlier turn into the retrieval query.

A question that leans on the conversation ("Which part of the Moon will it
land on?") has few words of its own to retrieve with. When a question has an
anaphoric word, starts like a continuation, or has too few content terms and
names nothing of its own, the latest user turns are appended to the retrieval
query; the answerer then weighs the question's own words above the borrowed ones, and a continuation
that asks for no kind of value asks for the last turn's (``asked``). "The first
of those" after an answer listing several names borrows only the name it
points at. History arrives already validated (``qa.history``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa import kinds, parties, places, purposes, series
from qa.demonyms import ADJECTIVES
from qa.history import Turn
from qa.text import NAMES, OPENING, ORDINALS, terms
from qa.things import NAMED_THINGS

_ANAPHORA = re.compile(
    r"\b(it|its|it's|they|them|their|theirs|he|him|his|she|her|hers|this|that|these|those|there|then|"
    r"the (?:mission|project|base|station|country|agency|report|article|program|programme|plan|deal|agreement))\b",
    re.IGNORECASE,
)
_POSSESSIVE = frozenset({"its", "their"})  # "his", "her" point at a person, whom a question rarely names twice
# Not "why": "Why did Russia skip the congress?" stands alone; a bare "Why?" or "Why not?" has too few words of
# its own and "Why did he say that?" a pronoun, so both still borrow the earlier turn.
# "ok and what's the French contribution?": an acknowledgement before the "and" still continues the last turn
_CONTINUATION = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|alright|all right|right|cool|great|thanks|thank you|got it|i see|hm+)[\s,.!]+)?"
    r"(and|but|also|what about|how about|so|or)\b",
    re.IGNORECASE,
)
# "the first of those", "the last one", "And the second?"; not "for the first time".
_ORDINAL = re.compile(
    r"\bthe (first|second|third|fourth|last|latter|former)"
    r"(?:\s+one\b|\s+of\s+(?:those|these|them|the\s+\w+)\b|\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
_POSITION = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "latter": -1}
_MEMBER = re.compile(r"^(.+?)([-\s])(\d{1,3})$")
# "What about the asteroid one?": a member of the series picked by what it does, not the one the last turn named.
# The word that tells it ("asteroid", "mars") is group 1 or 2, when the question gives one.
_DESCRIBED_ONE = re.compile(
    r"\bthe\s+(?!(?:first|second|third|fourth|fifth|last|other|same|latter|former|next|"
    r"previous|following|preceding|new|old|only|main|number|\w+est)\b)([a-z][\w-]*)\s+one\b"
    # "And the one going to an asteroid — what year ...?": picked by where it goes, said after "one"
    r"|\bthe\s+one\s+(?:going|headed|heading|bound|flying|travel+ing|destined|aimed|sent|carrying|landing|visiting|"
    r"that|which)\b(?:\s+(?:to|for|towards?)\s+(?:an?\s+|the\s+)?([\w-]+))?",
    re.I,
)
# "the next one", "the one after it", "the mission after that one": the neighbour, in a numbered series, of the
# member the last turn was about. Only words for a member: "the next congress" after Chang'e-7 is no Chang'e-8.
_MEMBER_WORD = r"(?:one|mission|probe|flight|launch|lander|spacecraft)"
_STEP = re.compile(
    rf"\bthe (?:(next|following|previous|preceding) {_MEMBER_WORD}|{_MEMBER_WORD} (after|before) (?:it|that|this)(?: one)?)\b",
    re.I,
)
# Kinds a continuing follow-up asks for again when it names none of its own.
_CARRIED = frozenset({"date", "place", "gear", "money", "measure", "count", "duration", "name"})
_THAT_ONE = re.compile(r"\b(?:that|this|the\s+same)\s+([a-z]+)\b", re.I)  # "that mission", "this probe"
_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)
# "it" or "he" as the subject ("What's it going to visit?", "What did he say ...?") is the one just named; as an
# object ("What is Sweden contributing to it?") or an owner ("his institute") it leaves room for the earlier words.
_IT = re.compile(
    r"(?:\b(?:is|was|will|would|does|did|has|can|could|should)\s+|['’]s\s+|^\s*)it\b|\bit\s+(?:is|was|will|has|does|did)\b", re.I
)
_HE = re.compile(r"\b(?:he|she)\b", re.I)
# "what's its name?", "What's the name of it?": the name of the thing the last turn was about
_ITS_NAME = re.compile(
    rf"^\s*{OPENING}what(?:'s|’s|\s+is|\s+was)\s+(?:(?:its|their)\s+(?:full\s+|official\s+)?names?"
    r"|the\s+(?:full\s+|official\s+)?names?\s+of\s+(?:it|them|that\s+one|this\s+one|the\s+one))\b"
    # "What's it called?", "does it have a name?": the same
    rf"|^\s*{OPENING}(?:what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:it|they|that\s+one|this\s+one)\s+called"
    r"|(?:does|do|did)\s+(?:it|they|that\s+one|this\s+one)\s+(?:even\s+)?(?:have|get)\s+(?:an?\s+)?(?:official\s+)?names?)\b",
    re.I,
)
_NAMED_THING = re.compile(rf"\b{NAMED_THINGS}\b", re.I)


def continues(question: str) -> bool:
    """Whether the question opens as a continuation of the last one ("And what's France sending?")."""
    return bool(_CONTINUATION.search(question))


def earlier_thing(borrowed: str) -> str:
    """The kind of thing the earlier turn was about ("rover" in "Is there a rover from Saudi Arabia ...?"), or ""."""
    found = _NAMED_THING.search(borrowed)
    return found.group() if found else ""


def named_thing(question: str, borrowed: str) -> set[str]:
    """Terms of the thing whose name "What's it called?" asks, when the earlier turn was about one ("rover"):
    a name told in a sentence not about it is something else's ("Chang'e-7" beside the IAC session). After a
    turn asking what a country sends, naming no thing, the thing is known by its sender ("saudi", "arabia")."""
    if not _ITS_NAME.search(question):
        return set()
    thing = earlier_thing(borrowed)
    if not thing and kinds.asked(borrowed).kind == "gear":
        return {t for name in parties.countries(borrowed) for t in terms(name)}
    return set(terms(thing))


def asked(question: str, borrowed: str) -> kinds.Asked:
    """The kind of value ``question`` asks for; for a continuing follow-up that names none, the last turn's.

    "And what's France sending?" after "What instrument is Sweden contributing?" asks for kit too. Not
    the name of the thing the last turn asked for: "Which mission will carry a French device?" then
    "And what is Italy supplying for it?" asks for no mission, nor "And what did he say ...?" after "Who ...?"
    for another person.
    """
    kind = kinds.asked(question)
    if not kind.kind and _ITS_NAME.search(question):
        if kinds.asks_person(borrowed):
            return kinds.Asked("name")  # "what's their name?" after "Who pitched ...?": the person's
        if _NAMED_THING.search(borrowed) and not NAMES.fullmatch(borrowed.strip()):
            # "What's the name of it?" after a turn about the Saudi rover: the rover's name, which no answer gave yet
            return kinds.Asked("title")
        if kinds.asked(borrowed).kind == "gear":
            # "what's it called?" after "What is Saudi Arabia contributing to Chang'e-6?": the kit's name (blind343 ml04)
            return kinds.Asked("title")
    if kind.kind or not borrowed or not continues(question):
        return kind
    earlier = kinds.asked(borrowed)
    if earlier.kind == "name" and _PERSON.search(question):
        return kind  # "And what did he say ...?": the person asked for before is now the one asked about
    if purposes.asked(question) or purposes.asked_of_someone(question):
        return kind  # "and what's it going to study ...?" after "Which countries ...?" asks what it is for
    if earlier.kind == "place" and earlier.unit and parties.countries(question):
        return kind  # "ok and what's the French contribution?" after "Which countries ...?" names the country
    return earlier if earlier.kind in _CARRIED else kind


def needs_context(question: str) -> bool:
    if _points_back(question) or continues(question) or _ORDINAL.search(question) or _STEP.search(question):
        return True
    if _DESCRIBED_ONE.search(question):  # "what year is the mars one supposed to launch?": one the last turn listed
        return True
    # Few words of its own mean a follow-up ("Which year?"), unless one of them is a name:
    # "Who is Marco Aliberti?" is short but asks about someone new and must not borrow the last turn. A
    # nationality names no one ("What is the Italian contribution?" asks about the kit just listed), nor does a
    # country: "What is Italy contributing?" after "Which countries have instruments on Chang'e-6?".
    return len(set(terms(question))) <= 2 and all(name in ADJECTIVES or parties.country(name) for name in NAMES.findall(question))


def _points_back(question: str) -> bool:
    """Whether a pronoun or "the mission" points outside the question. A possessive after a name the question
    gives points at that name: "What does the UST article say China writes on its slides?" stands alone."""
    for found in _ANAPHORA.finditer(question):
        # an outlet in capitals ("According to TIME, where is his institute?") is no owner
        named_before = any(not name.isupper() for name in NAMES.findall(question[: found.start()]))
        if not (found.group(1).lower() in _POSSESSIVE and named_before):
            return True
    return False


def _pick(listed: list[str], ordinal: str) -> str:
    """The name "the first of those" or "the fourth one" points at among the names of the last answer; "" if none."""
    # Beside a series ("Tianwen-2, Tianwen-3 and Tianwen-4") an answer names other things in passing ("Mars"):
    # count among the series, and past its end take the member with that number ("the fourth one": Tianwen-4).
    parsed = [(n, m) for n in listed if (m := _MEMBER.match(n))]
    stems = [m.group(1) for _, m in parsed]
    series = [(n, m.group(3)) for n, m in parsed if stems.count(m.group(1)) >= 2]
    members = [n for n, _ in series] or listed
    position = _POSITION[ordinal]
    if len(members) >= 2 and position < len(members):
        return members[position]
    return next((n for n, number in series if number == ORDINALS.get(ordinal)), "")


def _neighbour(question: str, last_turns: str) -> str:
    """ "Tianwen-3" for "the one after it" when the last turns were about Tianwen-2; "" otherwise."""
    step = _STEP.search(question)
    member = next((m for n in NAMES.findall(last_turns) if (m := _MEMBER.match(n))), None)
    if not step or not member:
        return ""
    later = (step.group(1) or step.group(2)).lower() in ("next", "following", "after")
    number = int(member.group(3)) + (1 if later else -1)
    return f"{member.group(1)}{member.group(2)}{number}" if number >= 1 else ""  # series count from 1


def described(question: str) -> str:
    """The word "the mars one" or "the one going to an asteroid" picks a member by ("mars", "asteroid"), or ""."""
    match = _DESCRIBED_ONE.search(question)
    return (match.group(1) or match.group(2) or "").lower() if match else ""


def _described(question: str, reply: str) -> str:
    """ "Tianwen-3" for "the mars one" when the last answer listed "Tianwen-2 ..., Tianwen-3 to Mars, ...": the
    member the description follows there; "" when the answer lists fewer than two members or does not use it."""
    word = described(question)
    if not word:
        return ""
    members = [(m.start(), m.group()) for m in NAMES.finditer(reply) if _MEMBER.match(m.group())]
    told = re.search(rf"\b{re.escape(word)}", reply, re.I)
    if len({name for _, name in members}) < 2 or not told:
        return ""
    before = [name for at, name in members if at < told.start()]
    return before[-1] if before else ""


def _the_one_answered(question: str, asked_before: str, listed: list[str]) -> str:
    """ "Where is that mission going to land?" after "Which mission ...?" was answered "Chang'e-7": that name alone.

    The earlier question's other words ("open to proposals") describe the mission, not what is asked now. So with
    "it" after "Which mission ...?" ("What's it going to visit?") and "he" after "Which researcher ...?" or "Who ...?";
    not "the asteroid one", another member of the series.
    """
    if len(listed) != 1:
        return ""
    if _HE.search(question) and kinds.asks_person(asked_before):
        return listed[0]
    wanted = kinds.thing(asked_before)
    if not wanted:
        return ""
    pointed = _THAT_ONE.search(question)
    if pointed:
        return listed[0] if pointed.group(1).lower().removesuffix("s") == wanted.removesuffix("s") else ""
    return listed[0] if _IT.search(question) and not _DESCRIBED_ONE.search(question) else ""


def _named_as(question: str, reply: str) -> str:
    """ "Artemis" for "that program" when the last answer spoke of "The Artemis program"; "" otherwise."""
    pointed = _THAT_ONE.search(question)
    if not pointed or pointed.group(1).lower() in ("one", "ones"):
        return ""
    noun = re.escape(pointed.group(1).lower().removesuffix("s"))
    found = re.findall(rf"\b((?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*))*)\s+{noun}s?\b", reply, re.I)
    names = {re.sub(r"^(?:The|A|An|This|That)(?:\s+|$)", "", name) for name in found} - {""}
    return names.pop() if len(names) == 1 else ""


def _with_country_answered(context: str, asked_before: str, reply: str) -> str:
    """ "How much does it weigh?" after "Which country is putting a cubesat on Chang'e-6?" was answered
    "Pakistan": the country answered is part of what "it" is (a Pakistani cubesat, not a Saudi rover)."""
    if not places.ASKS_COUNTRY.search(asked_before):
        return context
    added = [c for c in parties.countries(reply) if c.casefold() not in context.casefold()]
    return f"{context} {' '.join(added[:3])}" if added else context


def fold(question: str, history: Sequence[Turn]) -> tuple[str, str]:
    """(retrieval query, borrowed context): the context is empty when the question stands alone."""
    users = [t.content for t in history if t.role == "user" and t.content.strip()]
    if not users or not needs_context(question):
        return question, ""
    context = users[-1]
    # A short earlier turn may itself have been a follow-up: reach one further back.
    if len(users) > 1 and needs_context(context):
        context = f"{users[-2]} {context}"
    # The names the last answer gave are often what "he" or "that series" points at.
    replies = [t.content for t in history if t.role == "assistant" and t.content.strip()]
    if replies and history[-1].role == "assistant":
        neighbour = _neighbour(question, f"{users[-1]} {replies[-1]}")
        if neighbour:
            return f"{question} {neighbour}", neighbour
        listed = list(dict.fromkeys(NAMES.findall(replies[-1])))
        picked = _ORDINAL.search(question)
        if picked:
            chosen = _pick(listed, picked.group(1).lower())
            if chosen:
                return f"{question} {chosen}", chosen
        # "and what's its name again?" after an answer naming one thing: that name
        # (not "what's their name?" after "Who said ...?" was answered by a role at an institute)
        its_name = bool(_ITS_NAME.search(question)) and len(listed) == 1 and not kinds.asks_person(users[-1])
        if (
            chosen := _described(question, replies[-1])
            or _the_one_answered(question, users[-1], listed)
            or _named_as(question, replies[-1])
            or (listed[0] if its_name else "")
        ):
            return f"{question} {chosen}", chosen
        names = [n for n in listed if n.casefold() not in context.casefold()]
        if names:
            context = f"{context} {' '.join(names[:6])}"
        context = _with_country_answered(context, users[-1], replies[-1])
    if _DESCRIBED_ONE.search(question):  # keep the series ("Tianwen"), not the member it was ("Tianwen-3")
        context = series.unnumbered(context)
    # "and tianwen-4, when does that one launch?" after a turn about Tianwen-2 asks about Tianwen-4 alone
    context = series.others_unnumbered(context, question)
    return f"{question} {context}", context
