"""Whose reason a sentence gives: "Why did the European Space Agency decide ...?" wants a reason told of the ESA.

A why-question about a named party is answered by a sentence that gives a
reason ("because", "due to", "in order to" ...: ``qa.facts``; or a word of
cause such as "forced" or "in response to") and names that party; a reason
told of someone else ("Russia was not at the IAC because of its invasion of
Ukraine") does not say why the ESA did anything. ``qa.answer`` refuses when no
shortlisted sentence with a reason names any of the question's parties.

A capital stands for its country ("Beijing" for China), an epithet for its
name (``text.plain_names``). Left out: the outlet a question cites ("according
to TIME") and the person whose view it asks for ("in Aliberti's view"), who
tell the reason rather than have it; and questions naming no one ("Why is the
omission striking?"), which are not checked: SQuAD's "Why aren't the examples of bourgeois
architecture visible today?" is answered by "were not restored by the communist authorities", in no
word of cause.
"""

from __future__ import annotations

import re

from qa import attribution
from qa.acronyms import initialisms
from qa.parties import CAPITALS, countries
from qa.sentences import Candidate, lead_with, outlet_terms
from qa.text import capitalised_terms, plain_names, terms

# Causes told without the words ``qa.facts`` ranks reasons by (SQuAD: "An increase in imported cars forced
# General Motors, Ford and Chrysler to ...").
_CAUSE = re.compile(
    r"\b(?:forc(?:e|es|ed|ing)|in response to|led to|leads? to|result(?:s|ed)? in|so as to|in protest|"
    r"to avoid|for fear|prompt(?:s|ed)|spurr?(?:s|ed)|driven by|motivated by)\b"
    # "announced with enough fanfare that Beijing might not want to lose face": a degree that has a consequence
    r"|\benough\s+(?:[\w’'-]+\s+){1,2}?that\b",
    re.I,
)
# ``parties.CAPITALS`` as stemmed terms: "beij" stands for "china".
_CAPITALS = {terms(capital)[0]: terms(country)[0] for capital, country in CAPITALS.items()}


# "Why did China and Russia pick the lunar south pole as the site ...?": a motive for a choice, told of the thing chosen.
_CHOICE = re.compile(
    r"\bwhy\b.*?\b(?:choose|chose|pick|picked|select|selected|opt(?:ed)?\s+for|settled?\s+on)"
    r"\s+(.+?)(?=\s+(?:as|for|over|rather|instead|in\s+particular)\b|[,?]|$)",
    re.I,
)
# "Why build the base at the south pole instead of somewhere else?": the place preferred is the thing chosen.
_PREFERRED = re.compile(
    r"\bwhy\b.*?\b(?:at|in|on|near|to|from)\s+((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:instead\s+of|rather\s+than|over)\b",
    re.I,
)
_CHOSEN = re.compile(r"\bwhy\s+(?:was|were|is|are|has|have|had)\s+(.+?)\s+(?:been\s+)?(?:chosen|picked|selected)\b", re.I)


def given(question: str, ranked: list[Candidate]) -> bool:
    """Some shortlisted sentence gives a reason told of a party the question names, and of the thing chosen
    when the question asks why something was chosen. It may sit a few sentences below the one restating the
    question: "Why did Russia skip the congress?" at the fifth."""
    cited = {t for c in ranked for t in outlet_terms(c.passage.outlet)} | set(terms(attribution.source(question)))
    found = parties(question, cited)
    thing = chosen(question)
    if not found and not thing:
        return True
    # "What's behind China dropping its name?": a sentence saying what accounts for the omission answers it,
    # though it names the party left out (Russia) rather than the one that left it out
    absence = bool(_ABSENCE.search(question))
    return any(
        (c.values or _CAUSE.search(c.text))
        and (not found or names_any(found, c.text) or (absence and _ACCOUNTS.search(c.text)))
        and thing <= set(terms(c.text))
        for c in ranked
    )


# "Why did Russia decide to team up with China on it?": the motive for a partnership, asked of a party that entered it
_PARTNERING = (
    r"(?:team(?:s|ed|ing)?\s+up|partner\w*|join\w*|co-?operat\w*|collaborat\w*|all(?:y|ied|iance)|sign\w*|"
    r"work\w*\s+together|link\w*\s+up|merg\w*|unit(?:e|ed|ing)|deal|agreement|pact|contract|treaty)"
)
_ASKS_PARTNERING = re.compile(
    # the party, a few words, right before the verb: not "Why do the reports think China stopped naming Russia as
    # its partner?", whose "partner" is a noun
    r"\bwhy\s+(?:did|does|do|would|has|have|had|was|were|is|are)\s+(?:[\w’'-]+\s+){1,4}?"
    r"(?:first\s+|originally\s+|ever\s+|even\s+|eventually\s+|finally\s+)?"
    r"(?:(?:decide[sd]?|agree[sd]?|choose|chose|chosen|want(?:ed)?|opt(?:ed)?|elect(?:ed)?|seek|sought)\s+to\s+)?"
    r"(?:team\s+up|partner|join|co-?operate|collaborate|ally|sign|work\s+together|link\s+up|merge|unite)\b",
    re.I,
)
_PARTNER_WORD = re.compile(rf"\b{_PARTNERING}\b", re.I)
_MOTIVE = re.compile(
    r"\b(?:in\s+order\s+to|so\s+(?:that|as\s+to)|reasons?\s+(?:for|why|is|was)|(?:which|that)\s+is\s+why)\b", re.I
)


def asks_partnering(question: str) -> bool:
    """Whether ``question`` asks why a party entered a partnership ("Why did Russia decide to team up with China?")."""
    return bool(_ASKS_PARTNERING.search(question))


def tells_partnering(sentence: str) -> bool:
    """Whether ``sentence`` gives a reason for a partnership: a cause and a word of partnering told before any
    "because". Not "the omission is striking, because in March 2021 China and Russia signed a cooperation contract",
    which explains the striking, nor "Russia was not at the IAC because of its invasion ... a pretty jarring
    partnership to fail to mention", which explains an absence."""
    cue = _CUE.search(sentence)
    if not (cue or _CAUSE.search(sentence) or _MOTIVE.search(sentence)):
        return False
    return any(not cue or m.start() < cue.start() for m in _PARTNER_WORD.finditer(sentence))


def chosen(question: str) -> set[str]:
    """Terms of what a why-question asks was chosen ("the lunar south pole" -> {"lunar", "south", "pole"}), or
    none: "because in March 2021 China and Russia signed a contract to build a lunar base" is no reason for
    picking the south pole."""
    match = (
        _CHOSEN.search(question) or _CHOICE.search(question) or _PREFERRED.search(question)
    )  # "Why was X picked as ...?" is passive
    return set(terms(match.group(1))) if match else set()  # ``terms`` drops "the", "its"


def parties(question: str, cited: set[str] = frozenset()) -> set[str]:
    """Terms of the parties a question names, less ``cited`` (the outlet's and the quoted speaker's terms). In a
    question naming nothing with a capital, a country counts typed in lower case: "why did saudi arabia decide
    ..." (blind336 me16) names Saudi Arabia. (With capitals, "French" is read as written, not as "France".)"""
    named = _named(question)
    typed = set() if named else {_CAPITALS.get(t, t) for name in countries(question) for t in terms(name)}
    return (named | typed) - cited


# A word giving a cause, where what it explains ends: "Russia was not at the IAC | because of its invasion".
_CUE = re.compile(r"\b(?:because|due to|owing to|caused by|as a result of|thanks to)\b", re.I)


# Only why a party was absent or left out, told as what it was not or did not do ("Russia was not at the IAC
# because ..."): SQuAD's "Why did Tesla sever ties with his family?" is answered by "to hide ...", with no word
# of cause, and "he fired a secretary because of her weight" names Tesla before a cause of something else.
_ABSENCE = re.compile(
    r"n['’]t\b|\b(?:not|never|missing|absent|absence|skip\w*|miss(?:ed)?|left\s+(?:out|off)|dropped|excluded|omitted|"
    r"unmentioned|quiet|silen(?:t|ce)|drop(?:s|ped)?\s+out|dropping|(?:was|were|did|is|are|does|has|have)nt|"  # "why wasnt russia ...", typed
    r"stop(?:s|ped)?\s+(?:naming|mentioning|crediting|listing|citing))\b",  # "Why did China stop naming Russia ...?"
    re.I,
)
# A sentence saying outright that it gives the cause of an omission or change the passage tells of: "the main
# reason for such a strange change is the war", "Russia was not at the IAC ..., which could account for the omission".
_ACCOUNTS = re.compile(
    r"\breasons?\s+(?:for|behind)\s+(?:such|this|that|these|those|the)\b[^.;]{0,80}?\b(?:is|was|are|were|lies|lay)\b"
    r"|\baccount(?:s|ed)?\s+for\s+(?:the|this|that|such\s+an?)\s+(?:\w+\s+)?(?:omission|absence|change|shift|silence|snub)\b",
    re.I,
)
# Of the share a reason needs to lead, what a sentence telling the cause of the asked party's absence outright needs.
_TOLD_SHARE = 0.8
_NEGATION = re.compile(r"n['’]t\b|\b(?:not|never|no\s+longer|absent|missing|without)\b", re.I)


def led(question: str, ranked: list[Candidate], min_support: float, share: float, depth: int) -> list[Candidate]:
    """``ranked`` led by a close sentence that tells why of the party asked about, when the best gives no reason.

    "why was russia missing from the paris congress?": "Russia was not at the IAC because of its invasion"
    leads "China may have chosen ... by simply removing the country's name from presentations at the IAC in
    Paris", which matches more words and tells no reason. The sentence must be among the first ``depth``,
    close enough (``min_support``) and score at least ``share`` of the best (0.8 of that when it tells the
    cause of the asked party's absence outright). Asked why something was left out, a sentence saying it
    gives the cause of an omission or change ("the main reason for such a strange change is ...") may lead
    too, whoever it names. Asked an outlet's reason ("Why does TIME think ...?"), only its sentences lead.
    """
    if not ranked or ranked[0].values:
        return ranked
    absence = bool(_ABSENCE.search(question))
    # "Why does TIME think ...?" asks TIME's reason: another outlet's account of the omission does not lead it
    cited = set(terms(attribution.source(question)))
    if not any(cited & outlet_terms(c.passage.outlet) for c in ranked):
        cited = set()  # a speaker or a piece not among these outlets: any sentence may lead

    def gives_reason(c: Candidate) -> bool:
        if cited and not cited & outlet_terms(c.passage.outlet):
            return False
        return bool(c.values) and (explains(question, c.text) or (absence and bool(_ACCOUNTS.search(c.text))))

    leading = lead_with(ranked, gives_reason, min_support, share, depth)
    if leading is not ranked:
        return leading
    # "Why was Russia absent from, or left out of, China's presentations ...?": the sentence telling how it was
    # left out matches nearly every word and scores twice the one telling why of Russia outright, which still leads
    return lead_with(ranked, lambda c: gives_reason(c) and explains(question, c.text), min_support, _TOLD_SHARE * share, depth)


def explains(question: str, sentence: str) -> bool:
    """Whether ``sentence`` gives a cause of something it tells of the party a why-question is about: "Russia
    was not at the IAC because of its invasion of Ukraine" for "Why was Russia missing ...?", not "But the
    omission is striking, because in March 2021 China and Russia signed ...", whose Russia follows the cause,
    nor for "why might Beijing be reluctant ... as it cools on Russia?", which is about Beijing."""
    subject = _subject(question)
    cue = _CUE.search(sentence)
    if not (subject and cue and _ABSENCE.search(question)):
        return False
    told = sentence[: cue.start()]
    return names_any({subject}, told) and bool(_NEGATION.search(told))


def _subject(question: str) -> str:
    """The term of the first party named after "why" or "what's behind" ("russia" in "why was russia missing
    ...?", "What's behind Russia being left out ...?"), or ""."""
    why = re.search(r"\bwhy\b|\bbehind\b", question, re.I)
    if not why:
        return ""
    tail = question[why.end() :]
    found = parties(tail) | set(terms(" ".join(countries(tail))))  # "why was russia ...", typed in lower case
    for word in re.findall(r"[\w’'-]+", tail):
        term = _CAPITALS.get(t := (terms(word) or [""])[0], t)
        if term in found:
            return term
    return ""


def names_any(found: set[str], sentence: str) -> bool:
    """Whether ``sentence`` names one of the parties ``found``."""
    return bool(found & _named(sentence))


def _named(text: str) -> set[str]:
    text = plain_names(text)
    named = capitalised_terms(text) | set(initialisms(text))
    return {_CAPITALS.get(t, t) for t in named}
