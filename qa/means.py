"""Questions about how something is done: "How will Chang'e-8 extract resources?", "What technique ...?"

Such a question wants a way or a means, and the sentence closest to it is often
the one that only says the thing will be done ("“Chang’e-8”, which will try to
extract resources on it"): it matches every word of the question and tells
nothing asked. Two shapes are read:

- "How does/will/is <subject> <verb of doing> ...?", for a short list of verbs of
  doing, making or deciding (extract, power, measure, pick, build ...). A sentence
  that uses the question's own verb answers it only with a word of manner close
  after it ("arranged by theme", "routed individually", "implemented with",
  "steam-powered"); one that tells it in other words ("gambled away his tuition
  money" for "How did Tesla lose ...") must at least speak of what the question
  says besides its subject, or of a means.
- "What technique/method/mechanism/criteria ...?": a sentence must name a means
  ("by", "using", "through", "based on", a word for a method).

Left out: how someone describes, sees or reacts to something ("How does TIME
describe the missions?"), which asks for words, not a means; and "What process
...?", answered in SQuAD by a process's name ("photosynthesis").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qa import misspellings
from qa.text import DASH_TOPIC, IRREGULAR, terms, word_distance

# Verbs of doing, making or deciding, whose "how" is a method; as written in a question (base or participle).
_VERBS = (
    r"(?:extract|pull|mine|dig|drill|collect|gather|obtain|get|retrieve|return|bring|send|"
    r"power|fuel|heat|cool|measure|detect|sense|analy[sz]e|test|"
    r"pick|choose|chose|select|decide|determine|evaluate|assess|review|"
    r"build|built|construct|assemble|make|made|produce|generate|process|"
    r"land|reach|navigate|steer|communicate|transmit|relay|deliver|transport|"
    r"fund|finance|pay|paid|split|divide|share|allocate|coordinate|"
    r"work|function|operate|survive|protect)(?:s|es|ed|d|ing|ted|ting|ped|ping|t)?"
)
_AUX = r"(?:does|do|did|will|would|can|could|should|might|is|are|was|were|has|have|had)"
_ADVERB = r"(?:(?:then|first|even|ever|now|(?-i:[a-z]{2,}ly))\s+)?"  # "exactly", "normally"
_HOW = re.compile(
    rf"^\s*(?:(?:and|so|but|ok(?:ay)?|then)\s*,?\s+)?how\s+{_ADVERB}(?P<aux>{_AUX})\s+(?P<subject>[^?]+?)\s+{_ADVERB}"
    rf"(?:(?:be\s+)?(?:supposed|going|planning|meant|expected|able|set|intended)\s+to\s+{_ADVERB}"
    rf"|(?:plans?|intends?|hopes?|expects?|tries|try|wants?|aims?)\s+to\s+{_ADVERB})?(?:be\s+|been\s+)?"
    rf"(?P<verb>{_VERBS})\b(?P<rest>[^?]*)",
    re.I,
)
# "Swedish negative ion detector on Chang'e-6 — how does it actually measure the ions?" (blind333 mb08): the
# topic before the dash is what "it" names; the question after it is read as asked
_TOPIC = re.compile(rf"^\s*{DASH_TOPIC}(?=(?i:how)\b)")
_CARRIER = re.compile(
    r"\s+(?:(?:going|headed|heading|flying|riding|travel+ing|bound)\s+(?:up\s+)?)?(?:on|aboard|onboard|to)\s+"
    r"(?:the\s+)?[\w’'-]*\d[\w’'-]*$",
    re.I,
)
_METHOD_ASKED = re.compile(
    r"\b(?:what|which)(?:'s|’s|\s+(?:is|are|was|were|will\s+be))?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:techniques?|methods?|mechanisms?|procedures?|criteria|criterion)\b|\bby what (?:means|method)\b"
    rf"|\bwhat means\s+{_AUX}\b"  # not "a word which means what"
    # "What process does CNSA use to pick which proposals get a slot?" (blind369 nl10): a way of choosing; not a
    # bare "What process ...?", which SQuAD answers by a process's name
    # "What's the process China will use to pick ...?" (blind376 ns11)
    r"|\b(?:what|which)(?:'s|’s|\s+is|\s+was)?\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:process|system|approach)\s+"
    r"[^?]*?\bus(?:e|es|ed|ing)\s+to\s+"
    r"(?:pick|choose|select|decide|determine|evaluate|assess|review|rank|screen|vet|approve)\b",
    re.I,
)
_METHOD_WORD = re.compile(
    r"\b(?:techniques?|methods?|mechanisms?|procedures?|criteria|criterion|technolog(?:y|ies)|process(?:es)?)\b", re.I
)
# A means told anywhere in a sentence: "by drilling", "using", "via pores", "based on", "thanks to". Not "by the
# mid-2030s" (a time) or "by China" (an agent), nor "according to" (a source).
_MEANS = re.compile(
    r"\b(?:by\s+(?:means\s+of|way\s+of|\w+ing)|using|via|through|based\s+on|depending\s+on|on\s+the\s+basis\s+of|"
    r"in\s+proportion\s+to|thanks\s+to|"
    r"with\s+the\s+(?:help|aid)\s+of)\b",
    re.I,
)
# Manner close after the question's own verb: a means, "as", "with", "from", or an adverb in -ly.
_MANNER = re.compile(
    r"\b(?:by|using|via|through|with|without|from|as|into|thanks|based)\b"
    r"|\b(?!(?:only|early|likely|family|july|italy|supply|apply|reply|rely|ally|fly|daily|nearly)\b)\w{3,}ly\b",
    re.I,
)
_NEAR = 8  # words after the verb within which its manner is told
_WORD = re.compile(r"[\w’'.-]+")  # as ``word_distance`` counts words
_SUBJECT_WORDS = 8
_TOLD_SHARE = 2 / 3
# Verbs of choosing, as stemmed terms: one is told only where some choice is.
_DECIDING = frozenset(terms("decide determine choose pick select evaluate assess review criteria selection choice"))
_PASSIVE = frozenset({"is", "are", "was", "were"})
# "To protect their interests, the settlers banned ...": what follows the purpose clause is the means.
_PURPOSE_FIRST = re.compile(r"^\W*(?:in\s+order\s+)?to\s+(?P<verb>[\w’'-]+)\b[^,]*,\s*\S", re.I)


@dataclass(frozen=True)
class Means:
    """What a how-question asks: the verb of the act (stemmed) and the other terms of its predicate."""

    verb: str
    rest: frozenset[str]
    method: bool  # it names a method ("what technique"): only a means answers


# "How does the Swedish detector actually take its measurements?" (blind322 lq25) asks how it measures
_TAKING_READINGS = re.compile(r"\btak(?:e|es|ing)\s+(?:its\s+|their\s+|the\s+|any\s+)?(?:measurements|readings)\b", re.I)


def asked(question: str) -> Means | None:
    """The act whose way or means ``question`` asks for, or None when it asks none."""
    if misspellings.asked(question):  # "How did his surname get spelled?" asks for letters, not a method
        return None
    topic = _TOPIC.match(question)
    if topic:  # the subject is the topic, and "ions" in "the ions" it measures is a word of its name
        question = question[topic.end() :]
    question = _TAKING_READINGS.sub("measure", question)
    method = bool(_METHOD_ASKED.search(question))
    found = _HOW.search(question)
    # "the Swedish negative ion detector going up on Chang'e-6" (blind349 mr09): what carries it is no part of it
    subject = _CARRIER.sub("", found["subject"]) if found else ""
    # "How are forces classified with regard to push and pull ...?": the act is "classified", not "pull"
    if not found or len(subject.split()) > _SUBJECT_WORDS or re.search(r"\bto\b|\b[a-z]+ed\b", subject):
        return Means("", frozenset(), True) if method else None
    verb = _stem(found["verb"])
    rest = set(terms(found["rest"])) - set(terms(subject)) - set(terms(topic["topic"] if topic else ""))
    if found["aux"].lower() in _PASSIVE and not rest:
        rest = set(terms(subject))  # the doer is not what is done, but in "How was X decided?" X is
    return Means(verb, frozenset(rest - {verb}), method)


def told(means: Means, sentence: str) -> bool:
    """``sentence`` tells the way or means ``means`` asks for (as far as words can show it)."""
    if _MEANS.search(sentence) or _METHOD_WORD.search(sentence):
        return True
    if means.method:
        return False
    if (first := _PURPOSE_FIRST.search(sentence)) and _stem(first["verb"]) == means.verb:
        return True

    def is_act(word: str) -> bool:
        return _stem(word.split("-")[-1]) == means.verb

    acts = [word for word in _WORD.findall(sentence) if is_act(word)]
    if acts:
        # "steam-powered": the word before the verb is the means; otherwise a word of manner close after it.
        # Without either, the act is only restated: "which will try to extract resources on it"
        return any("-" in word and word.split("-")[0] for word in acts) or any(
            0 < gap <= _NEAR for gap in word_distance(sentence, is_act, _MANNER.finditer(sentence))
        )
    found = set(terms(sentence))
    if means.verb in _DECIDING and not found & _DECIDING:
        # "How does CNSA decide which proposals get a slot?": a sentence inviting proposals tells no choice
        return False
    # most of what the question says besides its subject: "on the Moon" alone is not "extract resources on the Moon"
    return bool(means.rest) and len(means.rest & found) >= _TOLD_SHARE * len(means.rest)


@lru_cache(maxsize=4096)  # the same words recur in every sentence a question is checked against
def _stem(word: str) -> str:
    word = word.lower()
    return (terms(IRREGULAR.get(word, word)) or [word])[0]
