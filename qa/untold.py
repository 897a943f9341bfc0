"""What a question asks that the articles must tell before it is answered, and why it is refused if not.

``unmentioned`` reads the question against the articles' vocabulary: a name, a kind of thing ("Which
rocket ...?") or the subject of a where-question that no article uses cannot be answered. ``missing``
reads it against the best sentences. Each check reads one shape of question and refuses it when no close
sentence tells the thing asked, even though the sentences match the question's words well: another
edition of an event (``qa.occasions``), where someone comes from (``qa.nationality``), what something is
for (``qa.purposes``), which ones exactly (``qa.specifics``), what a word means (``qa.definitions``), how
something is done (``qa.means``), what a thing is made of (``qa.materials``), who built it and what a
party is bound to do (``qa.makers``), who else joined a project (``qa.members``), a person's job title or schooling (``qa.jobs``), what follows a
failure (``qa.contingency``), whether an offer was taken up (``qa.responses``), why something matters
(``qa.significance``), which of two comes first (``qa.comparisons``) and what a named party said, on the topic asked (``qa.statements``). The reason is
worded for the reader ("they never say where Marco Aliberti is from").

Left out: the checks by the kind of value asked (dates, counts, names), which the
answerer makes from the values it found in each sentence (``qa.facts``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from qa import (
    comparisons,
    contingency,
    costs,
    definitions,
    followup,
    gear,
    jobs,
    kinds,
    makers,
    materials,
    means,
    members,
    names,
    nationality,
    occasions,
    paraphrases,
    parties,
    places,
    polar,
    purposes,
    reasons,
    responses,
    significance,
    specifics,
    statements,
    things,
    viewpoints,
)
from qa.acronyms import expansions
from qa.sentences import Candidate, outlet_terms
from qa.text import NAMES, normalize, plain_names, terms


def unmentioned(question: str, vocabulary: Collection[str], nearby: str) -> str:
    """What the question names that no article mentions ("they never mention Roscosmos"); "" when all is."""
    if missing := names.unknown(question, vocabulary, nearby):
        # "How did Roscosmos respond ...?": no article mentions Roscosmos, so none can say
        return f"they never mention {' or '.join(missing)}"
    thing = kinds.thing(question) or things.attribute(question)
    if thing and not any(names.mentioned(word, vocabulary) for word in things.thing_group(thing)):
        # "Which rocket will launch Chang'e-7?": articles that never mention a rocket cannot name one
        return f"they never mention any {thing}"
    if named := polar.unmentioned(question, vocabulary):
        # "Does the ILRS plan include a nuclear reactor ...?": no article has a word of it
        return f"they never mention any {named}"
    # a response asked of a party is read by ``missing`` ("they give no statement by NASA"), which says more
    if not statements.asked_speaker(question) and (verbs := polar.unclaimed(question, vocabulary)):
        # "Has Beijing formally approved and funded the ILRS?": no article says anything was approved or funded
        return f"they never use the word {verbs}" if " or " not in verbs else f"they never use the words {verbs}"
    placed = places.asked_subject(question)
    # "Where did the only hint ... show up?": the articles' "indication" is a hint
    if placed and not any(
        names.mentioned(w, vocabulary)
        for word in placed.split()
        for w in (*things.thing_group(word), *paraphrases.kin(set(terms(word))))
    ):
        # "Where will the ILRS's ground control centre be located?": no article has a word of it
        return f"they never mention any {placed}"
    return ""


# Shapes of question a sentence answers only if it tells a certain kind of thing at all, in the order tried:
# (asks, tells, why it is refused).
_SHAPES: tuple[tuple[Callable[[str], bool], Callable[[str], bool], str], ...] = (
    # "What is the rover made of?": the sentences weigh it and name its country, not its material
    (materials.asked, materials.told, "they never say what it is made of"),
    # "Which French lab built it?": the sentences list the device among the payloads, not its maker
    (makers.asks_maker, makers.tells_maker, "they never say who built it"),
    # "What is Russia obligated to supply?": the sentences say the agreement was signed, not its terms
    (makers.asks_duty, makers.tells_duty, "they never say what anyone is bound to do"),
    # "Where did Marco Aliberti get his doctorate?": the sentence gives his institute's city
    (jobs.asks_schooling, jobs.tells_schooling, "they never say where or what that person studied"),
    # "What did he do before?" of Marco Aliberti: the sentences give his present post only
    (jobs.asks_before, jobs.tells_before, "they never say what that person did before"),
    # "What is his job title?" of a byline's author: no sentence gives him a role
    (jobs.asked, jobs.told, "they never give that person's job title"),
    # "If the Chang'e-7 lander failed, which mission would take over?": they tell the plan, not a fallback
    (contingency.asked, contingency.told, "they never say what would happen if it failed"),
    # "Did any agency submit a proposal for Chang'e-7?": the sentences only invite proposals
    (responses.asked, responses.told, "they tell of no submission"),
    # "so which option did China end up picking?": the sentences weigh the dilemma, tell no outcome
    (responses.asks_decision, responses.tells_decision, "they never say which way it was decided"),
    # "Why does it matter for lunar science?" of a detector: the sentence lists it among the payloads
    (significance.asked, significance.told, "they never say why it matters"),
    # "How is the cost being split between Beijing and Moscow?": the sentences say nothing of money
    (costs.asked, costs.told, "they never say anything about its cost"),
    # "Why did Russia decide to team up with China?": the sentences explain the omission or Russia's absence
    (reasons.asks_partnering, reasons.tells_partnering, "they give no reason for the partnership"),
    # "Between Artemis and the ILRS, which will put astronauts on the Moon first?": each aim told, no order
    (comparisons.asked, comparisons.told, "they never say which comes first"),
    # "Is Chang'e-8 going to cost more than Chang'e-7?": each named, neither weighed against the other
    (comparisons.asked_degree, comparisons.told_degree, "they never compare the two"),
)


# Shapes of question about something they name, in the order tried: (what the question asks about, or nothing;
# whether a sentence tells it of that; why it is refused).
_ABOUT: tuple[tuple[Callable[[str], Any], Callable[[Any, str], bool], Callable[[Any, str], str]], ...] = (
    # "What nationality is Marco Aliberti?": a sentence names him and his institute's city, not his country
    (nationality.asked, nationality.told, lambda who, _: f"they never say where {who} is from"),
    # "What goal will the Pakistani cubesat pursue?": the sentences only list it among Chang'e-6's payloads
    (purposes.asked, purposes.told, lambda thing, _: f"they never say what {purposes.phrase(thing)} is for"),
    # "How will Chang'e-8 extract resources?": the sentence only says it will try to
    (means.asked, means.told, lambda _, __: "they never say how it is done"),
    # "Which resources exactly will it try to extract?": "will try to extract resources on it"
    (specifics.asked, specifics.told, lambda noun, _: specifics.why(noun)),
    # "What does a retroreflector actually do?": the sentence lists one among Chang'e-6's payloads
    (definitions.asked, definitions.told, definitions.why),
    # "who built that rover?": "a contract to build a lunar base" speaks of making, not of the rover
    (makers.made_thing, makers.tells_maker_of, lambda _, __: "they never say who built it"),
    # "Apart from Russia, which other nations have joined the ILRS?": "officials were mum on any further plans"
    (members.asked, members.told, members.why),
    # "Did any country sign up to put an instrument on Chang'e-8?": the payloads told fly on Chang'e-6
    (responses.signed_up, responses.tells_signed_up, lambda _, __: "they tell of no one signing up"),
    # "did he say anything about how Moscow views the partnership?": Beijing's view of Moscow is told
    (viewpoints.asked, viewpoints.told, viewpoints.why),
)


def missing(question: str, best: list[Candidate], supported: list[Candidate], borrowed: str = "") -> str:
    """Why ``best`` (the few best sentences) or ``supported`` (all close enough) do not answer; "" when they may.

    ``borrowed`` is the earlier turn a follow-up leans on, where what "it" stands for is named.
    """
    occasion = occasions.asked(question)
    if occasion and not any(occasion.told_in(c.text, c.passage.published) for c in best):
        # "Where will next year's congress be held?": the sentences tell of the one that just ended
        return f"they say nothing about {occasion.phrase}"
    used = purposes.asked_use_of_it(question) and not purposes.named_for_work(borrowed, [c.text for c in best])
    if (purposes.asked_of_someone(question) or used) and not any(_tells_work_of(borrowed, c.text) for c in best):
        # "what's it going to look for up there?" of the Saudi rover: the sentences weigh it, tell no work; and
        # "what's that going to be used for" of Italy's retroreflector, whose name tells no use as France's
        # "radon detection device" does
        return "they never say what it is for"
    for asks_after, tells, why in _ABOUT_EARLIER:
        if (about := asks_after(question, borrowed)) and not any(tells(about, c.text) for c in best):
            return why(about, question)
    one = specifics.asked_one(question)
    if one and specifics.unnamed(one, [c.text for c in best]):
        # "which specific asteroid will it visit?": "will fly to a near-Earth asteroid" says only that it is one
        return specifics.why_one(one)
    for asks, tells, why in _ABOUT:
        if (about := asks(question)) and not any(tells(about, c.text) for c in best):
            return why(_as_written(about, best) if isinstance(about, str) else about, question)
    for asks, tells, why in _SHAPES:
        if asks(question) and not any(tells(c.text) for c in best):
            return why
    speaker = statements.asked_speaker(question)
    topic, pronoun = statements.asked_topic(question)
    quoted, on_topic = _quotes(speaker, topic, supported) if speaker else (True, True)
    if not quoted:
        # "What did the European Space Agency say ...?": the articles name the ESA but quote it nowhere
        return f"they give no statement by {speaker}"
    if not on_topic:
        # "What has Marco Aliberti said about NASA's Artemis program?": he is quoted, on Russia
        return f"they give no statement by {speaker} about {topic}"
    if pronoun and topic and not any(_spoken_on(topic, c) for c in supported):
        # "What did he say about NASA's Artemis program?": whoever "he" is, nobody is quoted on it
        return f"they quote no one on {topic}"
    return ""


def _made_earlier(question: str, borrowed: str) -> str:
    """What "it" is in "Who built it?", when the earlier turn named a kind of thing ("rover") or asked what a
    party sends or contributes ("What is Italy contributing to Chang'e-6?": its words stand for the kit, blind324
    ls19); "" otherwise."""
    if not makers.asks_maker(question) or makers.made_thing(question) or not _IT.search(question):
        return ""
    return followup.earlier_thing(borrowed) or (borrowed if _SENT.search(borrowed) else "")


_IT = re.compile(r"\b(?:it|them|that|this)\b", re.I)
# what a party gives (``gear.GIVING``), has sent, flies or puts on a mission ("What is Pakistan putting on
# Chang'e-6?", blind368 nk26): the turn was about its kit
_SENT = re.compile(rf"\b(?:{gear.GIVING}|sent|fl(?:y|ies|ying)|put(?:s|ting)?\s+(?:on|aboard|onto)\b)\b", re.I)


# The same, of what a follow-up's earlier turn (``borrowed``) names: (what the question asks about, read with
# that turn, or nothing; whether a sentence tells it; why it is refused).
_ABOUT_EARLIER: tuple[tuple[Callable[[str, str], Any], Callable[[Any, str], bool], Callable[[Any, str], str]], ...] = (
    # "Who built it?" of the Saudi rover: "a contract to build a lunar base" is no rover's making
    (_made_earlier, makers.tells_maker_of, lambda _, __: "they never say who built it"),
    # "Which other countries have joined that project since then?" after Russia and China's roadmap
    (members.asked_after, members.told, members.why),
    # "what's his actual job title at the magazine?" of Kluger: the role told is Marco Aliberti's
    (jobs.asked_of, jobs.told_of, lambda _, __: "they never give that person's job title"),
)


def _tells_work_of(borrowed: str, sentence: str) -> bool:
    """``sentence`` tells some work, and of what the earlier turn names, if it names anything: after "What is
    Saudi Arabia sending on Chang'e-6?", Chang'e-7's landing and Chang'e-8's mining are no work of "it"."""
    if not purposes.tells_work(sentence):
        return False
    # a country or a numbered craft picks out what "it" is; "the Chinese moon mission ... at the IAC" does not
    found = [part for name in NAMES.findall(borrowed) for part in re.split(r"['’]s\s+", name)]  # "China's Tianwen-2"
    named = [normalize(name) for name in found if re.search(r"\d", name) or parties.country(name) == name]
    return not named or any(name in normalize(plain_names(sentence)) for name in named)


def _as_written(about: str, best: list[Candidate]) -> str:
    """``about`` as the articles write it, when typed all in lowercase: "swedish negative ion detector" is
    "Swedish negative ion detector"; of "saudi rover", "Saudi" is written so (the phrase is "Saudi Arabia rover")."""
    if about != about.lower():
        return about

    def written(words: list[str]) -> str | None:
        pattern = r"\s+".join(re.escape(w).replace("'", "['’]") for w in words)
        for c in best:
            for found in re.finditer(rf"(?<![\w’'-]){pattern}(?![\w’'-])", c.text, re.I):
                if found.start() > 0:  # a sentence's first word is capitalised whatever it is
                    return re.sub(r"\s+", " ", found.group())
        return None

    words = about.replace("’", "'").split()
    return written(words) or " ".join(written([w]) or w for w in words)


def _quotes(speaker: str, topic: str, ranked: list[Candidate]) -> tuple[bool, bool]:
    """(some sentence gives a statement by ``speaker``, or comes from the outlet of that name; one of those is
    on ``topic``), in one pass over the sentences."""
    known = expansions("\n".join({c.passage.chunk_id: c.passage.text for c in ranked}.values()))
    forms = statements.speaker_forms(speaker, known)
    quoted = False
    for c in ranked:
        before = c.passage.text[: c.start - c.passage.start]
        if any(form <= outlet_terms(c.passage.outlet) for form in forms) or statements.voices(forms, c.text, before):
            quoted = True
            if statements.on_topic(topic, speaker, c.text):
                return True, True
    return quoted, False


def _spoken_on(topic: str, c: Candidate) -> bool:
    before = c.passage.text[: c.start - c.passage.start]
    return statements.spoken(c.text, before) and statements.on_topic(topic, "", c.text)
