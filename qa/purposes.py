"""Questions about what something is for: "What scientific goal will the Pakistani cubesat pursue?"

Such a question is answered only by a sentence in which the thing asked about does
something or is meant to: its name followed within a few words by an active verb
("Chang'e-8, which will try to extract resources") or a word for a goal ("aims to",
"designed to", "objective"). A list that only says the thing will be carried ("a
Pakistani cubesat will already be placed on ... Chang'e-6") or that another craft
will host it ("It will also host a Saudi Arabia rover") tells nothing of its purpose,
yet matched such a question closely enough to be given as the answer.

Left out: what a named instrument measures ("What is the French device designed to
detect?") is answered by its name ("a radon detection device"), so questions about
what something detects, carries or visits are not read here.
"""

from __future__ import annotations

import re

from qa import parties
from qa.sentences import Candidate, lead_with
from qa.text import DASH_TOPIC, STOPWORDS, terms, without_opening, word_distance

_GOAL = r"(?:[\w’'-]+\s+){0,2}?(?:goals?|purposes?|objectives?|aims?)"  # "primary operational objective"
_MEANT_TO = r"(?:going|supposed|meant|expected|planned|designed|intended|built)\s+to\s+"  # "is designed to"
_ASKED = re.compile(
    rf"^\s*what\s+{_GOAL}\s+(?:will|does|do|did|is|are|would|could|might)\s+(?P<a>[^?]+?)\s+"
    r"(?:pursue|serve|have|fulfil+|carry\s+out|achieve|accomplish|work\s+toward|be\s+pursuing)\b"
    rf"|^\s*what(?:'s|’s|\s+is|\s+are|\s+was|\s+were|\s+will\s+be)\s+(?:the\s+)?{_GOAL}\s+(?:of|for|behind)\s+(?P<b>[^?]+)"
    rf"|^\s*what(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?P<c>[^?]+?)(?:'s|’s)\s+{_GOAL}\b"
    # "What will the Pakistani cubesat be studying?": what a craft or instrument studies is what it is for
    # "what is pakistan's cubesat on chang'e-6 going to study": the same, said as a plan
    r"|^\s*what(?:\s+(?:exactly|precisely))?(?:\s+(?:will|does|do|is|are|would)|'s|’s)\s+(?P<d>(?:(?!\bto\b)[^?])+?)\s+"
    r"(?:be\s+)?(?:(?:going|supposed|meant|expected|planning|planned|designed|intended|built|used)\s+to\s+)?(?:stud(?:y|ies|ying)|"
    r"investigat(?:e|es|ing)|measur(?:e|es|ing)|examin(?:e|es|ing)|observ(?:e|es|ing)|(?:look|search)(?:s|ing)?\s+for|"
    # "what's it supposed to find out" (blind345 mn25): what it is to learn is what it is for
    r"find(?:s|ing)?\s+out|figur(?:e|es|ing)\s+out)\b"
    # "What scientific measurements will Pakistan's cubesat make?": the science a craft does is what it is for,
    # also when asked what it is built for ("... is the Italian retroreflector designed to make?")
    r"|^\s*what\s+(?:[\w’'-]+\s+){0,2}?(?:measurements?|observations?|experiments?|readings?|studies|research|data|"
    r"science)\s+(?:will|does|do|is|are|would|could|might)\s+(?P<e>(?:(?!\bto\b)[^?])+?)\s+(?:be\s+)?"
    rf"(?:{_MEANT_TO})?(?:make|making|take|taking|collect|collecting|gather|gathering|conduct|conducting|perform|performing|"
    r"carry\s+out|carrying\s+out|do|doing|run|running|send\s+back|return)\b"
    # "What's it actually going to do once it's on the surface?": what a craft is to do, asked of its future
    r"|^\s*what(?:\s+exactly)?(?:\s+(?:will|is|are)|'s|’s)\s+(?P<f>(?:(?!\bto\b)[^?])+?)\s+(?:actually\s+|really\s+)?"
    # "what's the ESA experiment on board actually designed to do?" (blind301 kv24): what it is built to do
    rf"(?:{_MEANT_TO}(?:actually\s+|really\s+)?)?do\b(?!\s+with\b)"
    # "what does the italian retroreflector on chang'e-6 actually do": "actually" asks its work, not a description;
    # of "a retroreflector", any one, it asks what the word means (``qa.definitions``)
    r"|^\s*what\s+(?:does|do)\s+(?P<k>(?:the|its|their|[\w’'-]+['’]s)\s+(?:(?!\bto\b)[^?])+?)\s+(?:actually|really)\s+"
    r"do\b(?!\s+with\b)"
    # "What is the Italian retroreflector meant to be used for?", "What exactly is it going to be used for?" (blind328
    # lw09; not a bare "What is X used for?", which SQuAD
    # answers by "X is used for ...")
    r"|^\s*what(?:\s+exactly)?(?:\s+(?:is|are|will|would)|'s|’s)\s+(?P<g>(?:(?!\bto\b)[^?])+?)\s+(?:meant|supposed|designed|intended|going)\s+to\s+"
    r"be\s+used\s+for\b"
    # "What exactly will the Italian retroreflector be used for once it's on the Moon?": the same, said of its future
    r"|^\s*what(?:\s+exactly)?\s+will\s+(?P<i>(?:(?!\bto\b)[^?])+?)\s+be\s+used\s+for\b"
    # "what's the italian retroreflector on chang'e-6 actually used for?": "actually" asks its use, not its name's;
    # so does "what is the Pakistani cubesat on Chang'e-6 actually for" (blind315 lj12)
    r"|^\s*what(?:'s|’s|\s+is|\s+are)\s+(?P<j>(?:(?!\bto\b)[^?])+?)\s+(?:actually|really)\s+(?:used\s+)?for\b"
    # ... and a bare "What is the Italian retroreflector on Chang'e-6 for?" (blind360 nc21), the whole question
    # (the thing a noun: not "known for", "short for", "good for", "at a high risk for", SQuAD's "responsible for")
    r"|^\s*what(?:'s|’s|\s+is|\s+are)\s+(?P<n>(?:the|an?|its|their|[\w’'-]+['’]s)\s+(?:(?!\bto\b)[^?])+?)"
    r"(?<!ed)(?<!ble)(?<!\bknown)(?<!\bshort)(?<!\bgood)(?<!\bpaid)(?<!\bfamous)(?<!\brisk)(?<!\bready)(?<!\bdue)"
    r"(?<!\bfit)(?<!\bbad)(?<!\bgreat)(?<!\bbest)(?<!\buseful)(?<!\bimportant)(?<!\bnecessary)(?<!\benough)"
    r"(?<!\bpopular)\s+for\s*\??\s*$"
    # "What job does the Italian retroreflector actually perform once it's on the lunar surface?"
    # (a thing's job: not "What function does ozone perform?", which SQuAD answers by what ozone does, nor a
    # person's "What job does he do?")
    r"|^\s*what\s+(?:[\w’'-]+\s+)?jobs?\s+(?:will|does|do|is|are|would)\s+(?P<h>(?:the|an?|its|their)\s+(?:(?!\bto\b)[^?])+?)\s+"
    r"(?:actually\s+|really\s+)?(?:be\s+)?(?:perform|performing|do|doing|serve|serving|carry\s+out|fulfil+)\b"
    # "What will scientists use it to do?" (blind318 lm11): what a thing will be used for, said of its users
    r"|^\s*what\s+(?:will|would)\s+(?:[\w’'-]+\s+){0,2}?(?:be\s+)?(?:use|using)\s+(?P<m>(?:(?!\bto\b)[^?])+?)\s+(?:to\s+do|for)\b"
    # "Tell me what the Italian retroreflector on Chang'e-6 is meant to do scientifically.": the same asked
    # inside a request, the thing before its verb
    r"|^\s*(?:(?:can|could|would)\s+you\s+)?(?:tell\s+me|explain|say)\s+what\s+(?P<l>(?:(?!\bto\b)[^?])+?)\s+"
    r"(?:is|are|will\s+be|would\s+be)\s+(?:actually\s+|really\s+)?"
    rf"{_MEANT_TO}"
    r"(?:do|stud(?:y)|investigate|measure|examine|observe|(?:look|search)\s+for)\b",
    re.I,
)
# "The Italian retroreflector going up on Chang'e-6 — what exactly is it supposed to measure?": "it" is the
# thing set off before the dash
# ("What is the retroreflector actually for — what will it measure?" is two questions, not a topic and one)
_TOPIC = re.compile(
    rf"^\s*(?!(?i:what|which|who|whom|whose|how|where|when|why|is|are|does|do|will|can)\b){DASH_TOPIC}"
    r"(?=(?i:what|tell|can|could|would)\b)"
)
# "pakistani cubesat on chang'e-6 what is it actually for" (blind339 mh23): the same, typed without the dash,
# when the question after it says "it" or "they"
_RUN_ON = re.compile(
    r"^\s*(?!(?i:what|which|who|whom|whose|how|where|when|why|is|are|does|do|will|can|tell)\b)(?P<topic>[^?—–,]{3,80}?)\s+"
    r"(?=(?i:what(?:'s|’s|\s+is|\s+are|\s+will|\s+does|\s+do)\s+(?:(?:exactly|actually|really)\s+)?(?:it|they))\b)"
)
# "What's it for — what will it be used to do on the Moon?" (blind340 mi22): the use of a thing the last turn named
_FOR_IT = re.compile(
    r"^\s*what(?:'s|’s|\s+is|\s+are)\s+(?:it|that|this|they)\s+(?:actually\s+|really\s+|even\s+)?(?:used\s+)?for\b"
    r"|^\s*what\s+will\s+(?:it|that|this|they)\s+be\s+used\s+to\s+do\b",
    re.I,
)


def _topic(question: str) -> re.Match[str] | None:
    """The thing set off before the question, with a dash or run on before "what is it": its "topic" group."""
    return _TOPIC.match(question) or _RUN_ON.match(question)


# "the Pakistani cubesat on Chang'e-6": the thing, not what carries it.
# So is how it travels: "the Swedish negative ion detector flying on Chang'e-6".
_QUALIFIER = re.compile(
    r"\s*,.*$|\s+(?:on|aboard|onboard|of|at|for|in|from|to|that|which|once|when|"
    # "the one after it" (blind353 mv24) points back as "the one" does
    r"flying|riding|carried|headed|heading|bound|travel+ing|mounted|placed|going|after|before)\b.*$",
    re.I,
)
# After the thing's name: it acts ("which will land", "will try to"), not is acted upon ("will already be placed").
_ACTS = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|to)\s+(?:also\s+|then\s+|first\s+|eventually\s+)?"
    r"(?!be\b|have\b|has\b|already\b|the\b|a\b|an\b|its\b|their\b)[a-z]+\b",
    re.I,
)
_GOAL_WORD = re.compile(
    r"\b(?:goals?|purposes?|objectives?|aim(?:s|ed)?\s+(?:to|at)|designed\s+to|intended\s+to|"
    r"meant\s+to|tasked\s+with|in\s+order\s+to|so\s+as\s+to)\b",
    re.I,
)
# ... and "the first of those", "the last one": a place in a list the last turn gave, not a thing's name
_PRONOUNS = frozenset(
    {"it", "they", "them", "this", "that", "these", "those", "he", "she", "one", "first", "second", "third", "last"}
    | {"former", "latter"}
)
_NEAR = 8  # words between the thing's name and what it does: "“Chang’e-8”, which will try"


# "What is the scale used to measure the strength of hurricanes called?" asks a name, not a purpose.
_NAME_ASKED = re.compile(r"\b(?:called|named|known\s+as)\s*\??\s*$", re.I)


def asked(question: str) -> str:
    """The thing whose purpose ``question`` asks ("Pakistani cubesat"), or "" when it asks no purpose."""
    question = without_opening(question)
    topic = _topic(question)
    if topic and _FOR_IT.search(question[topic.end() :]):
        return _bare(topic.group("topic"))  # "Italian retroreflector on Chang'e-6 — what is it for?" (blind343 ml08)
    found = None if _NAME_ASKED.search(question) else _ASKED.search(question[topic.end() :] if topic else question)
    if not found:
        return ""
    thing = _bare(next(g for g in found.groups() if g))
    if _points_back(thing) and topic:
        thing = _bare(topic.group("topic"))
    # "What will it be studying?" after a turn about Chang'e-7: which thing "it" is, this module cannot tell
    return "" if _points_back(thing) else thing


def _bare(thing: str) -> str:
    """``thing`` without what carries it or an article: "the Italian retroreflector on Chang'e-6" -> "Italian
    retroreflector"."""
    return re.sub(r"^\s*(?:the|a|an|this|that|its|their)\s+", "", _QUALIFIER.sub("", thing), flags=re.I).strip()


def _points_back(thing: str) -> bool:
    """ "it", "the first of those", "the other one": a thing named in the last turn, not here."""
    words = thing.lower().split()
    return bool(words) and (" ".join(words) in _PRONOUNS or (len(words) <= 3 and words[-1] == "one"))


def asked_of_someone(question: str) -> bool:
    """Whether ``question`` asks what "it" or "they" is for ("what's it going to look for up there?")."""
    question = without_opening(question)
    if _topic(question):
        return False  # "X — what is it for?": "it" is X, named here
    if _FOR_IT.search(question):
        return True
    found = _ASKED.search(question)
    if found and (found.group("g") or found.group("i") or found.group("j")):
        # "What will the French one be used for?": its name may tell ("a radon detection device"), which the
        # check of any work told cannot read
        return False
    thing = next((g for g in found.groups() if g), "") if found else ""
    return _points_back(_QUALIFIER.sub("", thing).strip())


# Any sentence telling some craft's work: "will try to get samples", "to extract resources", "designed to".
_WORK = re.compile(
    # not "looking for partners" nor "deep space exploration missions": work, not a search for allies
    r"\b(?:stud(?:y|ies|ying)|investigat\w*|explor(?:e|es|ing)|samples?|measur\w*|detect(?:s|ed|ing)?\b|"
    r"observ\w*|map(?:s|ping)?|analy[sz]\w*|extract\w*|collect\w*|examin\w*)\b",
    re.I,
)


# An instrument named for what it does tells its use by its name: "a radon detection device", "an ion detector".
_NAMED_FOR_WORK = re.compile(
    r"\b(?:detect\w*|sensors?|sensing|monitor\w*|measur\w*|cameras?|spectrometers?|imagers?|seismometers?|"
    r"radars?|analy[sz]ers?|counters?|telescopes?|samplers?|drills?)\b",
    re.I,
)


def asked_use_of_it(question: str) -> bool:
    """Whether ``question`` asks what "it" or "that" will be used for, a thing only the last turn names
    ("what's that going to be used for"); not "the French one", whose qualifier may pick a thing named here."""
    question = without_opening(question)
    found = None if _topic(question) else _ASKED.search(question)
    if not found or not (found.group("g") or found.group("i") or found.group("j")):
        return False
    thing = next(g for g in found.groups() if g)
    return _QUALIFIER.sub("", thing).strip().lower() in {"it", "that", "this", "they", "them", "these", "those"}


_OWNER_REACH = 30  # characters before an instrument's name that may say whose it is: "a French radon detection"


def named_for_work(borrowed: str, sentences: list[str]) -> bool:
    """Whether a sentence names an instrument by what it does ("a French radon detection device") of the
    country the earlier turn asked about, or of any when it names none."""
    wanted = set(parties.countries(borrowed))
    for sentence in sentences:
        for m in _NAMED_FOR_WORK.finditer(sentence):
            if not wanted or wanted & set(parties.countries(sentence[max(0, m.start() - _OWNER_REACH) : m.start()])):
                return True
    return False


def tells_work(sentence: str) -> bool:
    """``sentence`` tells a goal, or some work a craft or instrument does: what "it" may be for."""
    return bool(_GOAL_WORD.search(sentence) or _WORK.search(sentence))


def phrase(thing: str) -> str:
    """``thing`` as a refusal names it: "the Pakistani cubesat", but "Pakistan's cubesat" and "Chang'e-6" bare."""
    possessive = re.search(r"['’]s$", thing.split()[0])
    return thing if possessive or (" " not in thing and re.search(r"[A-Z0-9]", thing)) else f"the {thing}"


def led(question: str, ranked: list[Candidate], min_support: float, share: float, depth: int) -> list[Candidate]:
    """``ranked`` led by a close sentence telling what the thing asked about does, when the best does not:
    "what is chang'e-8 supposed to do?" by "“Chang’e-8”, which will try to extract resources", not by "the ILRS
    is supposed to be jointly spearheaded ...", which only shares "supposed"."""
    thing = asked(question)
    return lead_with(ranked, lambda c: told(thing, c.text), min_support, share, depth) if thing else ranked


def told(thing: str, sentence: str) -> bool:
    """``sentence`` says what ``thing`` does or is for: its name, then an active verb or a word for a goal."""
    # "China's Tianwen-2 mission" is named by "Tianwen-2": a name, not its owner or a common noun, picks it out
    words_of = [w for w in thing.split() if w.lower() not in STOPWORDS and terms(w)]
    names = [w for w in words_of if re.search(r"[A-Z0-9]", w) and not re.search(r"['’]s$", w)]
    wanted = {tuple(terms(w)) for w in names or words_of}
    if not wanted:
        return False

    def is_name(word: str) -> bool:
        return tuple(terms(word)) in wanted

    # an active verb tells what the thing does only after its name; a word for a goal may come first
    if any(0 <= gap <= _NEAR for gap in word_distance(sentence, is_name, _ACTS.finditer(sentence))):
        return True
    return any(abs(gap) <= _NEAR for gap in word_distance(sentence, is_name, _GOAL_WORD.finditer(sentence)))
