"""Text primitives shared by chunking, BM25, answering and evaluation.

- ``normalize``: the one matching normalisation (NFKC, straight quotes, folded
  case, collapsed white space).
- ``terms``: stemmed content words for lexical scoring.
It does no I/O and knows nothing about articles or the index.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize(text: str) -> str:
    """NFKC, curly to straight quotes, dashes to '-', case-folded, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().casefold()


def strip_controls(text: str) -> str:
    """Remove C0 control characters other than tab and newlines."""
    return _CONTROL.sub("", text)


_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
# A year as news writes one, standing alone: "in 2023", not "1,500" or "2023.5".
YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
YEAR = re.compile(rf"(?<![\w.,-]){YEAR_DIGITS}(?![\w.,-]\d)")
QUOTE_MIN_WORDS = 6  # a quotation this long carries its own topic, apart from who said it
SPEAKER_MIN_WORDS = 3


def unquoted(text: str) -> str:
    """``text`` with what stands inside quotation marks taken out."""
    return _QUOTED.sub(" ", text)


def quote_parts(text: str) -> tuple[str, str] | None:
    """(quoted words, the rest) of a sentence that quotes someone at length, else None.

    "“...long quote...,” an analyst at the institute told SpaceNews." is about two things: what was
    said and who said it. An embedding of the whole leans to the quote, so a question about the
    speaker is judged against the rest on its own.
    """
    quoted = [m.group(1) for m in _QUOTED.finditer(text)]
    rest = unquoted(text)
    # A quotation may open in this sentence and close in a later one, or the other way round.
    if "“" in rest:
        rest, _, tail = rest.partition("“")
        quoted.append(tail)
    if "”" in rest:
        head, _, rest = rest.rpartition("”")
        quoted.append(head)
    if not quoted:
        return None
    inside = " ".join(q.strip() for q in quoted)
    outside = _SPACE.sub(" ", rest).strip(" ,;:—-")
    if len(inside.split()) < QUOTE_MIN_WORDS or len(outside.split()) < SPEAKER_MIN_WORDS:
        return None
    return inside, outside


# --- lexical terms ----------------------------------------------------------

STOPWORDS = (
    frozenset(
        """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    also s t did does tell say said says according may might must shall one ones whose""".split()
    )
    | frozenset(  # negated auxiliaries, with and without the apostrophe: "why wasnt russia there"
        f"{verb}{ending}"
        for verb in "is was are were do does did has have had would could should must need".split()
        for ending in ("n't", "nt")
    )
    | frozenset("can't cant won't wont shan't ain't aint".split())
)
# Other contractions keep their first part: "they're" is "they", "we've" is "we".
_CONTRACTION = re.compile(r"'(?:re|ve|ll|d|m)$")
_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:['-][^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    """Normalised word tokens, stopwords kept."""
    return _WORD.findall(normalize(text))


# Past forms the stemmer cannot join to their base ("wrote" and "write").
IRREGULAR = dict(
    pair.split(":")
    for pair in """wrote:write written:write said:say told:tell began:begin begun:begin took:take taken:take gave:give
    given:give went:go gone:go made:make saw:see seen:see found:find thought:think brought:bring bought:buy built:build
    sent:send spent:spend left:leave led:lead held:hold met:meet paid:pay ran:run won:win lost:lose fell:fall rose:rise
    risen:rise chose:choose chosen:choose flew:fly flown:fly grew:grow grown:grow knew:know known:know drew:draw drawn:draw
    spoke:speak spoken:speak broke:break broken:break stood:stand sold:sell kept:keep felt:feel meant:mean heard:hear
    struck:strike fought:fight caught:catch taught:teach sought:seek laid:lay shot:shoot threw:throw thrown:throw
    drove:drive driven:drive hid:hide hidden:hide stole:steal stolen:steal became:become came:come did:do done:do
    had:have got:get gotten:get sat:sit slept:sleep understood:understand withdrew:withdraw withdrawn:withdraw
    undertook:undertake undertaken:undertake""".split()
)


def _content_words(text: str) -> list[str]:
    tokens: list[str] = []
    for word in words(text):
        if word.endswith("'s"):
            word = word[:-2]
        word = _CONTRACTION.sub("", word)
        word = IRREGULAR.get(word, word)
        if word in STOPWORDS:
            continue
        # "chang'e-7" is indexed whole and by its parts, so either spelling matches.
        parts = re.split(r"['-]", word)
        tokens.append(word if len(parts) == 1 else word.replace("'", "").replace("-", ""))
        if len(parts) > 1:
            tokens.extend(p for p in parts if p and p not in STOPWORDS)
    return tokens


def terms(text: str) -> list[str]:
    """Stemmed content terms: what BM25 indexes and what answer scoring overlaps."""
    return _stemmer().stemWords(_content_words(text))


ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
}


def query_terms(text: str) -> list[str]:
    """Terms of a question: like ``terms``, plus digits for ordinals ("the fourth mission" also asks for 4)."""
    found = terms(text)
    found += [ORDINALS[w] for w in words(text) if w in ORDINALS]
    return found


# The verbs a question inverts: "What dilemma does ...", "Has NASA invited ...?" (``qa.polar``, ``qa.measures``).
AUXILIARY = r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|might|may)"


def own_part(question: str, start: int = 0) -> str:
    """``question`` up to its first "?" after ``start``: the question asked, without an earlier turn folded in
    after it ("and the pakistani cubesat, how heavy is that one? How much does the Saudi rover weigh?")."""
    end = question.find("?", start)
    return question if end < 0 else question[: end + 1]


# The words a follow-up may open with before its question: "ok and what's ...?", "So is ESA ...?", "and when ...?",
# and a reply to the last answer set off by a comma or a stop ("cool, what's it going to study?"); "Right
# ascension" is no reply.
OPENING = (
    r"(?:(?:(?:and|but|so|then|also|ok(?:ay)?|well)\b"
    r"|(?:cool|great|nice|thanks|thank\s+you|right|alright|got\s+it|i\s+see|interesting|hm+)(?=\s*[,.!]))[\s,.!]*)*"
)
_OPENED = re.compile(rf"^\s*{OPENING}", re.I)
# "Pakistani cubesat on Chang'e-6 — what's its mass?": words set off by a dash before the question proper, as
# group "topic"; what may follow the dash is each reader's own lookahead
DASH_TOPIC = r"(?P<topic>[^?—–]{3,80}?)\s+[—–-]{1,2}\s+"


def without_opening(question: str) -> str:
    """``question`` without a follow-up's opening words: "ok and what's it for?" -> "what's it for?"."""
    return _OPENED.sub("", question)


# Names in running text: capitalised runs not at the start of a sentence, and words with digits ("Chang'e-7").
NAMES = re.compile(r"(?<=[a-z,;:] )[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*|\b\w+[-’'][\w-]*\d\w*\b")
_CAMEL = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")


# Epithets news writing uses for a country or a planet, read as its plain name: MiniLM puts "The Celestial
# Empire is only interested in technology" far from a question about what China wants (cosine 0.15, against
# 0.39 with "China"). A short list of settled ones; a capital ("Beijing") is a place in its own right.
EPITHETS = (
    (re.compile(r"\b(?:[Tt]he\s+)?Celestial\s+Empire\b"), "China"),
    (re.compile(r"\b(?:[Tt]he\s+)?Kremlin\b"), "Russia"),
    (re.compile(r"\b(?:[Tt]he\s+)?Red\s+Planet\b"), "Mars"),
    (re.compile(r"\b(?:[Tt]he\s+)?Land\s+of\s+the\s+Rising\s+Sun\b"), "Japan"),
)


def capitalised_terms(text: str) -> set[str]:
    """Terms of the words written with a capital ("the TIME piece" gives {"time"}; "at what time" gives none)."""
    return {t for word in re.findall(r"\b[A-Z][\w’'-]*", text) for t in terms(word)}


def plain_names(text: str) -> str:
    """``text`` with each well-known epithet replaced by the name it stands for; ``text`` itself if it has none."""
    for pattern, name in EPITHETS:
        text = pattern.sub(name, text)
    return text


def camel_parts(text: str) -> set[str]:
    """Terms of the words run together in one-word names: "SpaceNews" gives those of "space news"."""
    return {t for word in _CAMEL.findall(text) for t in terms(" ".join(re.findall(r"[A-Z][a-z]+", word)))}


def coverage(found: set[str], weights: dict[str, float]) -> float:
    """The share of the question's term weight whose terms are in ``found`` (0 when nothing is weighted)."""
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in found) / total if total else 0.0


def term_words(text: str) -> list[tuple[str, str]]:
    """(stemmed term, the word it came from) for each content word."""
    tokens = _content_words(text)
    return list(zip(_stemmer().stemWords(tokens), tokens, strict=True))


@lru_cache(maxsize=65536)
def rarity(word: str) -> float:
    """How specific a word is in general English, 0.05 (\"the\") to 1 (never seen), from wordfreq.

    A small corpus cannot tell framing words ("kind", "make") from content
    words by its own counts; the general frequency can.
    """
    from wordfreq import zipf_frequency

    zipf = zipf_frequency(word, "en")
    return min(1.0, max(0.05, (7.5 - zipf) / 7.5))


# A word with its apostrophes, hyphens and dots kept whole: "Chang’e-8", "St.", "10".
_WHOLE_WORD = re.compile(r"[\w’'.-]+")


def word_distance(text: str, is_name: Callable[[str], bool], cues: Iterable[re.Match[str]]) -> list[int]:
    """For each cue found in ``text`` and each word of it that ``is_name`` picks, how many words the cue lies
    after that word (negative when before): "Russian space agency head Yuri Borisov" puts "Russian" at -4
    from "Yuri". Empty when the text names nothing or holds no cue."""
    found = list(_WHOLE_WORD.finditer(text))
    named = [i for i, w in enumerate(found) if is_name(w.group())]
    starts = [w.start() for w in found]
    return [bisect_left(starts, cue.start()) - i for cue in cues for i in named]
