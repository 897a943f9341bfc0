"""Questions asking what someone said, and whether a sentence gives a statement of theirs.

"What did the European Space Agency say about ...?" and "What was NASA's reaction to ...?" ask for
something the ESA or NASA said. An article naming them only as doers ("experiments aboard from ...
the European Space Agency") holds no such statement, and the answerer refuses rather than offer the
sentence that merely mentions them. A statement is a sentence naming the speaker beside a verb of
saying or a quotation mark, or the sentence after one in the same paragraph (a quote running on).

Only a speaker with a proper name is checked ("the Chinese official", "Aliberti", "CNSA"): a role alone
("the analyst") may be worded otherwise in the article ("a senior research fellow"). Outlets and "the
article" are not speakers here: all their articles print is what they say. Regular expressions, no
parser: a name beside "said" is taken as the one saying it.
"""

from __future__ import annotations

import re

from qa.acronyms import initialisms, name_terms
from qa.boundaries import sentence_spans
from qa.demonyms import ADJECTIVE_PATTERN, ADJECTIVES, COUNTRY_OF, kin
from qa.parties import AGENCIES
from qa.respell import slips
from qa.text import terms, unquoted

_SAYING = (
    r"(?:say|said|tell|told|comment|comments|commented|respond|responded|reply|replied|announce|announced|"
    r"state|stated|think|argue|argued|claim|claimed|suggest|suggested|insist|insisted|warn|warned|make of|feel)"
)
_ASKS = (
    re.compile(rf"\bwhat\s+(?:did|does|do|has|have|had|would)\s+(.+?)\s+{_SAYING}\b", re.I),
    re.compile(
        r"\bwhat\s+(?:was|is|were|are|has been)\s+(.+?)(?:'s|’s)\s+(?:\w+\s+)?"
        r"(?:reaction|response|comment|statement|reply|answer|position|stance)s?\b",
        re.I,
    ),
    re.compile(r"\bhow\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:react|respond|repl(?:y|ie)|comment)(?:s|ed|d)?\b", re.I),
    # "Did he say anything about how Moscow views the partnership?"
    re.compile(
        r"^\s*(?:has|have|had|did|does|do)\s+(.+?)\s+(?:ever\s+)?(?:say|said|mention|mentioned)\s+(?=anything|something)", re.I
    ),
    # "Has Moscow officially responded ...?", "Did NASA respond ...?": whether they said anything at all.
    re.compile(
        r"^\s*(?:has|have|had|did|does|do)\s+(.+?)\s+(?:\w+ly\s+|yet\s+|ever\s+)?(?:respond(?:ed)?|react(?:ed)?|"
        r"repl(?:y|ied)|comment(?:ed)?|(?:made|make|issued?|put\s+out|puts\s+out|released?|gave|give|offered|offer)\s+"
        r"(?:a|an|any)\s+(?:\w+\s+)?(?:statement|comment|response|reaction|reply))\b",
        re.I,
    ),
)
# Phrases naming an article, an outlet's writer or someone from an earlier turn: no speaker to look for.
_NOT_SPEAKER = re.compile(
    r"\b(?:articles?|pieces?|reports?|reporting|outlets?|stor(?:y|ies)|magazines?|sites?|"
    r"websites?|publications?|newspapers?|papers?|authors?|writers?|journalists?|reporters?|"
    r"coverage|analysis|accounts?|sources?|headlines?|it|they|he|she|them|one|both|each|either|"
    r"neither|others?|slides?|presentations?|documents?|timelines?|roadmaps?|summar(?:y|ies))\b",
    re.I,
)
_RELATIVE = re.compile(r"\s+(?:who|that|which|whose|when)\b.*$", re.I | re.S)
# "What does China now say ...?" (blind323 lr12): when or how it speaks is no part of who speaks
_WHEN_SAID = re.compile(r"(?:\s+(?:now|still|currently|today|actually|really|officially|publicly))+\s*$", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_DETERMINERS = frozenset({"The", "A", "An", "Its", "Their"})
_SPEECH = re.compile(
    r"\b(?:said|says|say|saying|told|tells|telling|added|adds|stated|states|announced|announces|noted|"
    r"notes|explained|argued|argues|warned|warns|claimed|claims|commented|comments|responded|"
    r"replied|according to|wrote|writes|insisted|insists|suggested|suggests|quoted|admits|admitted|concedes|conceded|"
    r"acknowledges|acknowledged|contends|contended|maintains|maintained|asserts|asserted|believes|believed|"
    r"points out|pointed out)\b|[“”\"]",
    re.I,
)
# "..., the report adds, which noted ...": a document speaking, whatever the sentence names before it; nor is a
# verb of saying in the passive ("in which it was noted", "since the ILRS was announced") anyone's words
_DOCUMENT = r"(?:report|article|piece|story|slide|summary|document|presentation|timeline|roadmap|paper|study)s?\b"
_DOCUMENT_SAYS = re.compile(
    r"(?:\bwhich|\b(?:is|are|was|were|been|being)|\b(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{_DOCUMENT}|statements?\b))\s*,?\s*$",
    re.I,
)
_SUBJECT_SPAN = 80  # characters before a verb of saying that hold its subject ("the SpaceNews report ")
# A word or two in quotation marks ("the \"reconnaissance\" phase") is a term, not a statement.
_SCARE_QUOTES = re.compile(r"[“\"][^“”\"\s]+(?:\s+[^“”\"\s]+){0,2}[”\"]")
# How far back a quote's attribution may sit: the sentence before, in the same paragraph.
_LOOK_BACK = 400


def asked_speaker(question: str) -> str:
    """The named speaker whose statement the question asks for ("the European Space Agency"), or ""."""
    for pattern in _ASKS:
        match = pattern.search(question)
        if match:
            speaker = _country_case(_WHEN_SAID.sub("", _RELATIVE.sub("", match.group(1))).strip())
            if _NOT_SPEAKER.search(speaker) or not _names(speaker):
                return ""
            return speaker
    return ""


# "... say about NASA's Artemis program?", "... said anything regarding the budget?": what the statement is on.
_TOPIC = re.compile(
    r"^\s*(?:anything\s+|something\s+|publicly\s+)?(?:about|regarding|concerning|on)\s+(.+?)[\s?.!]*$", re.I | re.S
)
_PRONOUN = re.compile(r"^(?:he|she|him|her)$", re.I)


def asked_topic(question: str) -> tuple[str, bool]:
    """(what the asked statement is about, whether its speaker is only "he" or "she"); ("", False) if no topic.

    "What did Marco Aliberti say about NASA's Artemis program?" is not answered by a quote of his on Russia.
    """
    for pattern in _ASKS:
        match = pattern.search(question)
        if not match:
            continue
        pronoun = bool(_PRONOUN.match(match.group(1).strip()))
        if topic := _TOPIC.search(question[match.end() :]):
            return topic.group(1), pronoun
        # "How did Russia react to being left out of China's IAC presentations?": a reaction is on what it reacts
        # to, when that is told in a few words; a reply need not name "the request" it answers (SQuAD: Morgan)
        reacted = _REACTED_TO.search(question[match.end() :]) if _REACTING.search(match.group()) else None
        if reacted and len(set(terms(reacted.group(1)))) >= 3:
            return reacted.group(1), pronoun
    return "", False


_REACTING = re.compile(r"\b(?:react|respond|repl(?:y|ie))", re.I)
_REACTED_TO = re.compile(r"^\s*(?:\w+ly\s+)?to\s+(.+?)[\s?.!]*$", re.I | re.S)


def on_topic(topic: str, speaker: str, text: str) -> bool:
    """``text`` has at least half the words of ``topic`` that do not name the speaker (a nationality counts for
    its country): "Beijing's view of Moscow" is on "how China sees Moscow"'s "Moscow", not on "NASA's Artemis"."""
    wanted = set(terms(topic)) - set(terms(speaker))
    if not wanted:
        return True
    found = set(terms(text))
    found |= kin(found)
    return 2 * len(wanted & found) >= len(wanted)


def spoken(sentence: str, before: str) -> bool:
    """``sentence`` (or, for a quote running on, the one ``before`` it) bears a sign of speech: someone's words."""
    return any(text and _speech(text) for text in (sentence, _last_sentence(before)))


def _speech(text: str) -> bool:
    """``text`` bears a sign of someone's words: a quotation, or a verb of saying whose subject is no document."""
    text = _SCARE_QUOTES.sub(" ", text)
    return any(
        not _DOCUMENT_SAYS.search(text[max(0, m.start() - _SUBJECT_SPAN) : m.start()])
        and not (m.group().lower() == "according to" and _DOCUMENT_NAMED.match(text, m.end()))
        for m in _SPEECH.finditer(text)
    )


# "According to a new summary released from a meeting ...": a document's account, not anyone's words
_DOCUMENT_NAMED = re.compile(rf"\s+(?:a|an|the|this|that|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_DOCUMENT}", re.I)


# A body of a country: "Russia's space agency", "the Chinese foreign ministry", "Russian officials".
_BODY_OF = re.compile(rf"(?:[’']s|\b{ADJECTIVE_PATTERN})\s+((?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)\s*$")


def _country_case(speaker: str) -> str:
    """ "russian space officials", typed in lower case, as "Russian space officials": a country names a speaker,
    and so does an agency ("nasa" as "NASA")."""

    def cased(word: str) -> str:
        if word.capitalize() in _COUNTRY_WORDS:
            return word.capitalize()
        return _AGENCY_CASE.get(word, word)

    return re.sub(r"\b[a-z]+\b", lambda m: cased(m.group()), speaker)


_AGENCY_CASE = {agency.lower(): agency for agency in AGENCIES}


_COUNTRY_WORDS = ADJECTIVES | frozenset(COUNTRY_OF.values())


def _names(speaker: str) -> list[str]:
    return [w for w in _CAPITALISED.findall(speaker) if w not in _DETERMINERS]


def speaker_forms(speaker: str, expansions: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    """Sets of terms any one of which, found whole in a sentence, names ``speaker``: its name's terms,
    its initials ("esa"), or for initials what an article spells them out as."""
    name = " ".join(_names(speaker))
    if match := _BODY_OF.search(speaker):  # "Russia's space agency" is not Russia, nor "the Russian government"
        name += " " + match.group(1)
    forms = [frozenset(terms(name))]
    forms += [frozenset({letters}) for letters in initialisms(name)]
    forms += [expansions[w.lower()] for w in _names(speaker) if w.isupper() and w.lower() in expansions]
    return [f for f in forms if f]


def voices(forms: list[frozenset[str]], sentence: str, before: str) -> bool:
    """``sentence`` (or, for a quote running on, ``before`` it) names the speaker beside a sign of speech."""
    return any(_said_by(forms, text) for text in (sentence, _last_sentence(before)))


_OPEN_QUOTE = re.compile(r"[“\"][^”\"]*$")


def _said_by(forms: list[frozenset[str]], text: str) -> bool:
    if not text or not _speech(text):
        return False
    # a name inside the quote is spoken of, not speaking; a quote left open runs to the sentence's end: TIME's
    # "look for Beijing to “officially celebrate ... cooperation with Russia" is no statement by Russian officials
    found = name_terms(_OPEN_QUOTE.sub("", unquoted(text)))
    found |= kin(found)
    return any(form <= found | slips(found, form) for form in forms)


def _last_sentence(before: str) -> str:
    paragraph = before[-_LOOK_BACK:].rsplit("\n", 1)[-1]
    spans = sentence_spans(paragraph)
    return paragraph[spans[-1][0] : spans[-1][1]] if spans else ""
