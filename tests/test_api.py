"""The Python API over the seed corpus: cited answers, refusals, conflicts, follow-ups, filters, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import qa
from qa import followup, series
from qa.followup import needs_context
from qa.history import parse_history
from qa.metrics import markers
from tests.conftest import make_settings, turns


def assert_valid(answer: qa.Answer, settings: qa.Settings) -> None:
    """The invariant every answer keeps: markers and citations match, offsets are exact."""
    numbers = [c.number for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert set(markers(answer.text)) == set(numbers)
    for c in answer.citations:
        text = qa.article_text(c.article_id, settings=settings)
        assert text[c.start : c.end] == c.text
        assert all(c.start <= s < e <= c.end for s, e in c.quotes)
    if answer.refused:
        assert answer.citations == ()


def test_a_factoid_is_answered_with_its_passage(seed: qa.Settings) -> None:
    answer = qa.ask("What will Tianwen-4 explore?", settings=seed)
    assert_valid(answer, seed)
    assert not answer.refused
    assert "Jupiter and Uranus [1]." in answer.text
    cited = answer.citations[0]
    assert cited.article_id == "004_d6a241afb2d7d2e5.txt" and cited.title == "China seeks new partners in space"
    assert "“Tianwen-4” — to Jupiter and Uranus" in cited.text
    assert 0 < cited.score <= 1


def test_conflicting_sources_are_all_shown(seed: qa.Settings) -> None:
    answer = qa.ask("When did China and Russia sign the agreement on the lunar base?", settings=seed)
    assert_valid(answer, seed)
    assert answer.conflicting
    for version in ("March 2021", "June 2021", "summer of 2021"):
        assert version in answer.text
    assert len({c.article_id for c in answer.citations}) == 3


def test_a_rival_version_is_shown_when_the_question_is_worded_differently(seed: qa.Settings) -> None:
    # Found as a user: worded "agree to build", TIME's June 2021 sentence scored just under the conflict cut-off.
    answer = qa.ask("When did China and Russia agree to build a lunar base together?", settings=seed)
    assert_valid(answer, seed)
    assert answer.conflicting
    assert "March 2021" in answer.text and "June 2021" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Who won the 2022 FIFA World Cup?", "What is a good recipe for banana bread?", "How much will the ILRS cost?"],
)
def test_questions_the_articles_do_not_answer_are_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == () and "don't cover" in answer.text


def test_a_follow_up_uses_the_earlier_turn(seed: qa.Settings) -> None:
    history = turns(("Tell me about Chang'e-7.", "Chang'e-7 is a Chinese lunar mission."))
    answer = qa.ask("Which part of the Moon will it land on?", history=history, settings=seed)
    assert_valid(answer, seed)
    assert re.search(r"south pole", answer.text, re.IGNORECASE)
    assert "Chang'e-7" in answer.query


@pytest.mark.parametrize(
    ("question", "follows_up"),
    [
        ("Which part of the Moon will it land on?", True),  # a pronoun
        ("and who said that?", True),  # a continuation
        ("Which year?", True),  # too few words of its own
        ("What about Chang'e-8?", True),
        ("Who is Marco Aliberti?", False),  # short, but names someone new
        ("Where was the International Astronautical Congress held?", False),
        ("Why did Russia skip the congress in Paris?", False),  # a whole question that starts with "why"
        ("Why?", True),
        ("Why did he say that?", True),
        ("What is the Italian contribution?", True),  # a nationality names no one new
        ("What did Italy contribute?", True),  # nor does a country (blind253 iz23, after the countries on Chang'e-6)
        # a possessive after a name the question gives points at that name (found in the browser: it borrowed
        # the cubesat turn before it)
        ("What does the UST article say China now writes on its ILRS slides?", False),
        ("What is its mass?", True),
        ("According to TIME, in which city is his institute located?", True),  # "his" is the last turn's analyst
        ("What does TIME say about its launch?", True),  # an outlet in capitals owns no launch
    ],
)
def test_which_questions_borrow_the_earlier_turn(question: str, follows_up: bool) -> None:
    assert needs_context(question) is follows_up


def test_a_new_short_question_about_someone_named_stands_alone(seed: qa.Settings) -> None:
    """Found by asking in the browser: after a question about the lunar base, this was refused."""
    first = qa.ask("When did China and Russia sign the lunar base agreement?", settings=seed)
    history = [{"role": "user", "content": first.question}, {"role": "assistant", "content": first.text}]
    answer = qa.ask("Who is Marco Aliberti?", history=history, settings=seed)
    assert_valid(answer, seed)
    assert answer.query == "Who is Marco Aliberti?" and not answer.refused
    assert "senior research fellow Marco Aliberti" in answer.text


def test_outlet_filter_limits_the_sources(seed: qa.Settings) -> None:
    question = "Where was the International Astronautical Congress held?"
    assert {c.outlet for c in qa.ask(question, settings=seed).citations} != {"TIME"}  # unfiltered: other outlets too
    answer = qa.ask(question, settings=seed, outlets=["time"])  # matched case-insensitively
    assert_valid(answer, seed)
    assert answer.citations and {c.outlet for c in answer.citations} == {"TIME"}


def test_the_readmes_where_question_is_answered_only_with_sentences_naming_the_place(seed: qa.Settings) -> None:
    answer = qa.ask("Where was the International Astronautical Congress held?", settings=seed)
    sentences = [line for line in re.split(r"(?<=\])[.!?] ", answer.text) if line]
    assert len({c.outlet for c in answer.citations}) == 3  # all three outlets say it
    assert sentences and all("Paris" in sentence for sentence in sentences), answer.text


def test_a_follow_up_asking_who_said_it(seed: qa.Settings) -> None:
    first = qa.ask("Why is partnering with Moscow not Beijing's preferred outcome?", settings=seed)
    history = [{"role": "user", "content": first.question}, {"role": "assistant", "content": first.text}]
    answer = qa.ask("and who said that?", history=history, settings=seed)
    assert_valid(answer, seed)
    assert "Aliberti" in answer.text


def test_answers_serialise_to_json(seed: qa.Settings) -> None:
    data = json.loads(json.dumps(qa.ask("Where was the International Astronautical Congress held?", settings=seed).to_dict()))
    assert "Paris" in data["text"] and data["refused"] is False
    assert {"number", "article_id", "title", "outlet", "url", "text", "start", "end", "score"} <= set(data["citations"][0])


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 100_000, "characters long"),
        ("What\x07 happened?", "control character"),
        ("Where\x00 is it?", "control character"),
        (None, "must be text"),
    ],
)
def test_bad_questions_raise_a_question_error(seed: qa.Settings, question: object, message: str) -> None:
    with pytest.raises(qa.QuestionError, match=message):
        qa.ask(question, settings=seed)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "history",
    ["not a list", [{"role": "user"}], [{"role": "robot", "content": "hi"}], [["user", "hi"]], [{"role": "user", "content": 5}]],
)
def test_malformed_history_raises_a_question_error(seed: qa.Settings, history: object) -> None:
    with pytest.raises(qa.QuestionError, match="history"):
        qa.ask("and then?", history=history, settings=seed)  # type: ignore[arg-type]


def test_asking_before_any_ingest_builds_the_index(tiny_corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tiny_corpus, tmp_path / "fresh")
    answer = qa.ask("How many steel cables were replaced on the bridge?", settings=settings)
    assert "240" in answer.text and not answer.refused


def test_a_missing_corpus_is_a_corpus_error(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "missing", tmp_path / "ix")
    with pytest.raises(qa.CorpusError, match="does not exist"):
        qa.ask("Anything?", settings=settings)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"QA_TOP_K": "many"}, "QA_TOP_K='many' is not a valid int"),
        ({"QA_TOP_K": "0"}, "QA_TOP_K=0 must be between 1 and 100"),
        ({"QA_CHUNK_OVERLAP": "500"}, "QA_CHUNK_OVERLAP=500"),
        ({"QA_CHROMA_URL": "localhost:8000"}, "must look like http://host:port"),
        ({"QA_FUSION": "max"}, "QA_FUSION='max' is unknown"),
    ],
)
def test_bad_settings_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(qa.ConfigError, match=re.escape(message)):
        qa.Settings.from_env(environ=env)


def test_settings_come_from_qa_variables() -> None:
    settings = qa.Settings.from_env(environ={"QA_TOP_K": "7", "QA_CORPUS_DIR": "/data/news", "QA_FUSION_ALPHA": "0.3"})
    assert (settings.top_k, settings.corpus_dir, settings.fusion_alpha) == (7, Path("/data/news"), 0.3)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Which weekly newsletter did the TIME story first appear in?", "TIME Space"),
        ("What did a Chinese rover find evidence of on Mars, per the story linked at the end?", "Ancient Ocean"),
    ],
)
def test_a_credit_line_or_related_link_answers_only_when_asked_about(seed: qa.Settings, question: str, says: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert_valid(answer, seed)
    assert says in answer.text


def test_a_credit_line_is_not_added_to_an_answer_about_something_else(seed: qa.Settings) -> None:
    unrelated = qa.ask("What will Tianwen-4 explore?", settings=seed)
    assert not any(line in unrelated.text for line in ("originally appeared", "sign up", "More Chinese space stuff"))


def test_a_sentence_pointing_back_is_about_the_names_just_before_it(seed: qa.Settings) -> None:
    # "China offers other countries to rent places on these devices" follows the sentence naming Chang'e-7 and -8.
    answer = qa.ask("What is China offering other nations on the Chang'e-7 and Chang'e-8 spacecraft?", settings=seed)
    assert "rent places" in answer.text.split("[")[0]


def test_a_name_spelled_out_in_the_question_finds_the_passage_that_only_gives_its_initials(seed: qa.Settings) -> None:
    # Only Futurism says why Russia was absent, and it writes "the IAC"; the question spells the congress out.
    answer = qa.ask("Why wasn't Russia at the International Astronautical Congress?", settings=seed)
    assert not answer.refused and "invasion of Ukraine" in answer.text
    assert any("not at the IAC because" in c.text for c in answer.citations)


@pytest.mark.parametrize(
    "question", ["Which think tank does Marco Aliberti work for?", "What organization does analyst Marco Aliberti work for?"]
)
def test_who_someone_works_for_is_read_from_the_attribution_after_a_long_quote(seed: qa.Settings, question: str) -> None:
    # Futurism names the institute only after a 30-word quote about China and Russia; the quote's
    # embedding alone kept the sentence under the support threshold, so the question was refused.
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and "European Space Policy Institute" in answer.text


def test_look_alike_sentences_with_different_facts_are_not_merged(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The final of the cup was played in Glendale, Arizona, before 70,000 fans.\n")
    (corpus / "b.txt").write_text("The final of the cup was played in Tampa, Florida, before 70,000 fans.\n")
    settings = make_settings(corpus, tmp_path / "ix")
    answer = qa.ask("Where was the final of the cup played?", settings=settings)
    assert_valid(answer, settings)
    assert "[1][2]" not in answer.text  # never one claim cited to both


# An answer that lists several names, for follow-ups that point at one of them.
TIANWEN_LIST = turns(
    ("Which deep space missions is China looking for partners on?", "The Tianwen-2, Tianwen-3 and Tianwen-4 missions.")
)


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        ("What is the first of those supposed to do?", "Tianwen-2"),
        ("And the last one?", "Tianwen-4"),
        ("What about the second of them?", "Tianwen-3"),
    ],
)
def test_the_first_of_those_picks_one_name_from_the_last_answer(question: str, picked: str) -> None:
    history = parse_history(TIANWEN_LIST)
    assert followup.fold(question, history) == (f"{question} {picked}", picked)


def test_the_fourth_one_of_a_numbered_series_is_the_one_numbered_four() -> None:
    # The reply names the series, its members and a planet in passing: counting names would land on "Mars".
    history = parse_history(
        [
            {"role": "user", "content": "Tell me about China's Tianwen missions."},
            {
                "role": "assistant",
                "content": "China's Tianwen series: Tianwen-2 will visit an asteroid, Tianwen-3 will go to Mars,"
                " and Tianwen-4 will go further out.",
            },
        ]
    )
    question = "Which planets is the fourth one supposed to head for?"  # an ordinal alone, no pronoun: still a follow-up
    assert followup.fold(question, history) == (f"{question} Tianwen-4", "Tianwen-4")


@pytest.mark.parametrize(
    ("question", "neighbour"),
    [
        ("And the one after it — where is that headed?", "Tianwen-3"),
        ("Where is the next one going?", "Tianwen-3"),
        ("What about the one before that?", "Tianwen-1"),
        ("And what is the mission after that one supposed to try doing?", "Tianwen-3"),
        ("Where is the next probe headed?", "Tianwen-3"),
    ],
)
def test_the_next_one_is_the_neighbour_in_the_series_the_last_turn_was_about(question: str, neighbour: str) -> None:
    assert followup.fold(question, _TIANWEN_2) == (f"{question} {neighbour}", neighbour)


_TIANWEN_2 = parse_history(
    turns(("What's Tianwen-2 supposed to do?", "Tianwen-2 is due to fly in 2025 to a near-Earth asteroid."))
)


def test_a_member_the_follow_up_names_replaces_the_one_the_last_turn_named() -> None:
    question = "And tianwen-4, when does that one launch?"
    _, borrowed = followup.fold(question, _TIANWEN_2)
    assert "Tianwen-2" not in borrowed and "Tianwen" in borrowed


def test_a_member_the_articles_give_no_date_for_is_refused(seed: qa.Settings) -> None:
    history = turns(("What year is Tianwen-2 supposed to fly?", "2025, to a near-Earth asteroid."))
    assert qa.ask("and tianwen-4, when does that one launch?", history=history, settings=seed).refused


@pytest.mark.parametrize(
    "question",
    [
        "what about Tianwen-3, where's it going?",  # blind296 kq07
        "what about Tianwen-3?",
    ],
)
def test_a_member_the_follow_up_names_is_answered_without_the_one_asked_before(seed: qa.Settings, question: str) -> None:
    # The earlier turn's words ("a near-Earth asteroid") match Tianwen-2's sentence best; it is not about Tianwen-3.
    history = turns(
        (
            "Which Chinese deep space mission is aimed at a near-Earth asteroid?",
            "Tianwen-2, planned for 2025, which will try to collect samples from a near-Earth asteroid.",
        )
    )
    answer = qa.ask(question, history=history, settings=seed)
    assert not answer.refused and "Mars" in answer.text and "Tianwen-2" not in answer.text


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("“Tianwen-2” in 2025 will fly to a near-Earth asteroid.", True),
        ("“Tianwen-3” will go to Mars, and “Tianwen-4” — to Jupiter and Uranus.", False),
        ("China is looking for partners for its deep space missions.", False),  # names no member at all
        ("Chang'e-7 will land at the South Pole.", False),  # another series
    ],
)
def test_a_sentence_naming_only_other_members_of_the_asked_series(text: str, others: bool) -> None:
    assert series.only_others(text, "what about tianwen-3?") is others


def test_the_next_of_something_else_is_no_neighbour_in_the_series() -> None:
    _, borrowed = followup.fold("And when is the next congress after that?", _TIANWEN_2)
    assert "Tianwen-3" not in borrowed


def test_nothing_comes_before_the_first_of_a_series() -> None:
    # Series count from 1: "the one before Chang'e-1" names no mission, so the whole earlier turn is borrowed.
    history = parse_history(turns(("What did Chang'e-1 do?", "Chang'e-1 orbited the Moon.")))
    query, borrowed = followup.fold("What about the one before that?", history)
    assert "Chang'e-0" not in query and "Chang'e-1" in borrowed


def test_a_series_member_picked_by_what_it_does_is_not_the_one_named_before(seed: qa.Settings) -> None:
    # "the asteroid one" is Tianwen-2; the last turn was about Tianwen-3, whose name would make 2025 another's date
    history = turns(("Which Tianwen mission is headed to Mars?", "Tianwen-3."))
    _, borrowed = followup.fold("What about the asteroid one?", parse_history(history))
    assert "Tianwen" in borrowed and "Tianwen-3" not in borrowed
    answer = qa.ask("What about the asteroid one — what year is it due to fly?", history=history, settings=seed)
    assert not answer.refused and "2025" in answer.text


def test_the_first_time_is_not_a_reference_to_a_listed_name() -> None:
    history = parse_history(TIANWEN_LIST)
    _, borrowed = followup.fold("When did they fly for the first time?", history)
    assert "Tianwen-2" in borrowed and "Tianwen-3" in borrowed  # the whole earlier turn, not one picked name


def test_a_follow_up_about_the_first_of_several_missions_answers_for_that_one(seed: qa.Settings) -> None:
    answer = qa.ask("What is the first of those supposed to do?", settings=seed, history=TIANWEN_LIST)
    assert answer.text.startswith("“Tianwen-2”") and "asteroid" in answer.text


def test_a_follow_up_is_answered_by_what_its_own_words_ask_not_by_the_earlier_answer(seed: qa.Settings) -> None:
    history = turns(("Which Chinese lunar mission will carry a small rover from Saudi Arabia?", "Chang'e-6."))
    answer = qa.ask("And what is Pakistan putting on it?", settings=seed, history=history)
    assert "Pakistani cubesat" in answer.text  # not the Saudi rover sentence, which meets only the earlier turn


def test_the_one_a_follow_up_describes_by_its_country_is_told_by_that_adjective(seed: qa.Settings) -> None:
    # blind221 ht22: "experiments aboard from Sweden" says where some come from, not what the Swedish one is
    history = turns(
        ("Which countries have experiments going up on Chang'e-6?", "TIME lists Sweden, France and the European Space Agency.")
    )
    answer = qa.ask("What exactly is the Swedish one?", settings=seed, history=history)
    assert answer.text.startswith("A Swedish negative ion detector")


def test_a_target_timeframe_is_answered_with_a_date_to_come(seed: qa.Settings) -> None:
    # blind221 ht17: not June 2021, when the plans were announced
    answer = qa.ask("what's the target timeframe for the lunar research station to be up and running", settings=seed)
    assert "mid-2030s" in answer.text.split("[1]")[0]


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("And what does TIME say?", "June 2021"),  # TIME's account of the signing, not Futurism's March 2021
        ("And the UST article?", "summer of 2021"),
    ],
)
def test_a_follow_up_naming_an_outlet_gets_that_outlets_account(seed: qa.Settings, question: str, says: str) -> None:
    history = turns(("When did China and Russia sign the lunar base agreement?", "In March 2021."))
    assert says in qa.ask(question, settings=seed, history=history).text


@pytest.mark.parametrize(
    ("filters", "says"),
    [
        (
            {"outlets": ["TIME"], "since": "2022-01-01"},
            "No indexed article matches outlet TIME, since 2022-01-01: widen or drop"
            " the filters (an article without a published date never matches",
        ),
        ({"outlets": ["Nowhere Daily"]}, "No indexed article matches outlet Nowhere Daily: widen or drop the filters."),
    ],
)
def test_filters_that_exclude_every_article_say_so(seed: qa.Settings, filters: dict[str, object], says: str) -> None:
    # The seed articles carry no published date, so a date filter leaves nothing to search.
    answer = qa.ask("When did China and Russia announce the lunar station?", settings=seed, **filters)
    assert answer.refused and answer.citations == ()
    assert answer.text.startswith(says)


def test_a_filter_that_matches_still_refuses_what_its_articles_do_not_cover(seed: qa.Settings) -> None:
    answer = qa.ask("What is a good recipe for banana bread?", settings=seed, outlets=["TIME"])
    assert answer.refused and answer.text == "The articles don't cover this."


def test_a_sentence_naming_china_by_an_epithet_answers_a_question_about_china(seed: qa.Settings) -> None:
    # UST calls China "the Celestial Empire"; read as "China", its sentence outranks ones that only name China.
    answer = qa.ask("What does one outlet say China is really interested in getting out of Russia?", settings=seed)
    assert not answer.refused and "technology and production facilities" in answer.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("What kind of instrument is Italy contributing to Chang'e-6?", "retroreflector"),
        ("What is Sweden sending on the Chang'e-6 mission?", "negative ion detector"),
    ],
)
def test_a_question_naming_a_country_finds_the_sentence_using_its_adjective(seed: qa.Settings, question: str, says: str) -> None:
    # The only sentence naming the instruments says "an Italian retroreflector", "a Swedish ... detector".
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and says in answer.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("According to the UST piece, what does China actually want out of Russia?", "technology and production facilities"),
        ("Which city is his institute based in, according to TIME?", "Vienna"),
        # "ESPI": the embedder knows the institute by the name the articles spell out
        ("The ESPI analyst quoted by TIME works at an institute based in which city?", "Vienna"),
        # the mission's name opens the sentence that answers
        (
            "According to TIME, which Chinese lunar mission will carry experiments from Sweden, France and the European "
            "Space Agency?",
            "Chang’e-6 alone",
        ),
        # "ust_magazine" is the outlet a reader calls "the space magazine"
        (
            "What does the space magazine say China actually wants out of its relationship with Russia?",
            "technology and production facilities",
        ),
        ("What TIME newsletter did the story first run in?", "TIME Space"),
        ("Where did the TIME piece first run?", "TIME Space"),  # "originally appeared"
        ("Which NASA effort to put people back on the Moon is the ILRS compared with?", "Artemis"),
        # the articles know that outlet only by its initials
        (
            "What does the Universe Space Tech article say China now writes on its ILRS slides instead of crediting Russia?",
            "launched in China in 2014",
        ),
    ],
)
def test_a_question_naming_an_outlet_prefers_that_outlets_sentences(seed: qa.Settings, question: str, says: str) -> None:
    # No sentence says "UST" or "TIME"; the article's outlet does, so each of its sentences covers that word.
    history = turns(
        (
            "Who is the outside analyst quoted about China and Russia?",
            "Marco Aliberti, a senior research fellow at the European Space Policy Institute.",
        )
    )
    answer = qa.ask(question, settings=seed, history=history if "his" in question.split() else None)
    assert not answer.refused and says in answer.text


def test_a_whole_why_question_after_another_turn_does_not_borrow_it(seed: qa.Settings) -> None:
    # Found in the browser: after a refused Roscosmos question, this one folded that turn in and was refused.
    history = turns(
        ("How did Roscosmos respond to being left out?", "The articles don't cover this: they never mention Roscosmos.")
    )
    answer = qa.ask("Why did Russia skip the astronautical congress in Paris?", history=history, settings=seed)
    assert not answer.refused and "invasion of Ukraine" in answer.text
    assert "Roscosmos" not in answer.query


@pytest.mark.parametrize(
    "question",
    [
        "Why was Russia absent from the Paris congress, according to the Futurism piece?",  # blind187 gl11
        "As SpaceNews reported it, why wasn't Russia present at the congress in Paris?",  # blind195 gt04
    ],
)
def test_why_someone_was_absent_is_answered_by_the_sentence_saying_they_were_not_there(seed: qa.Settings, question: str) -> None:
    # "Paris" pulled the passage about the omission ahead; the reason sentence says "not at the IAC"
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and "invasion of Ukraine" in answer.text


def test_an_instrument_asked_about_is_the_detector_the_article_lists(seed: qa.Settings) -> None:
    # blind199 gx09: "exactly" weighed as the rarest word and "instrument" met nothing, so it was refused
    answer = qa.ask("What's the Swedish instrument, exactly?", settings=seed)
    assert not answer.refused and "negative ion detector" in answer.text


def test_that_mission_is_the_one_the_last_answer_named(seed: qa.Settings) -> None:
    # blind196 gu14: the earlier question's words ("open to proposals") outweighed "land" and found Paris
    history = turns(
        (
            "Which Chinese lunar mission was said to be open to international proposals?",
            "The Chang'e-7 lander and orbiter mission.",
        )
    )
    answer = qa.ask("Where is that mission going to land?", history=history, settings=seed)
    assert not answer.refused and "South Pole" in answer.text
    assert answer.query.endswith("Chang'e-7")


@pytest.mark.parametrize(
    ("question", "borrowed", "kind"),
    [
        ("And what's France sending?", "What instrument is Sweden contributing to Chang'e-6?", "gear"),
        ("And for China?", "When did Russia sign the agreement?", "date"),
        # no mission: what a country supplies is its kit, by the question's own words
        ("And what is Italy supplying for it?", "Which Chinese mission will carry a French device?", "gear"),
        ("How is Italy involved?", "What instrument is Sweden contributing?", ""),  # not a continuation
        # the person asked for before is the one now asked about: what he said is no name
        (
            "And what did he say the dilemma facing Beijing is?",
            "Who from the European Space Policy Institute did SpaceNews talk to? Aliberti",
            "",
        ),
        ("And who did she work with?", "Who led the team?", "name"),  # "who" asks a name of its own
        # blind231 id14: the country asked for before is named now, so its contribution (kit) is asked, not a country
        ("ok and what's the French contribution?", "Which countries are putting instruments on Chang'e-6?", "gear"),
        ("ok and what about France?", "Which countries are putting instruments on Chang'e-6?", ""),
        ("ok and for China?", "When did Russia sign the agreement?", "date"),  # carried past the acknowledgement
        ("okay, and when did Russia sign?", "When did China sign?", "date"),
    ],
)
def test_a_continuing_follow_up_asks_for_the_kind_the_last_turn_did(question: str, borrowed: str, kind: str) -> None:
    assert followup.asked(question, borrowed).kind == kind


@pytest.mark.parametrize(
    ("question", "continues"),
    [
        ("ok and what's the French contribution?", True),  # an acknowledgement before "and"
        ("Okay, so where is it headed?", True),
        ("thanks! and who wrote it?", True),
        ("Right now, which phase is it in?", False),  # "right now" is no acknowledgement
        ("What about Italy?", True),
        ("Okay what is the ILRS?", False),  # an acknowledgement alone opens a question of its own
    ],
)
def test_a_question_opening_as_a_continuation_is_recognised(question: str, continues: bool) -> None:
    assert followup.continues(question) is continues


@pytest.mark.parametrize(
    ("question", "history", "says"),
    [
        # blind229 ib14: "who's" asks a party as "who is" does, and the Saudi rover of the earlier turn is not the
        # kit the question asks the owner of
        (
            "who's providing the retroreflector on it?",
            turns(("Which mission is carrying a small Saudi rover?", "Chang'e-6.")),
            "Italian retroreflector",
        ),
        # blind76 ce14: "the one going to an asteroid" picks another member of the series than the one last named
        (
            "And the one going to an asteroid — what year is that one planned for?",
            turns(("Which of China's Tianwen deep-space missions is bound for Mars?", "Tianwen-3 will go to Mars.")),
            "2025",
        ),
        # blind231 id14: "ok" before "and" hid the continuation, and the question alone matched too little
        (
            "ok and what's the French contribution?",
            turns(
                (
                    "Which countries are putting instruments on Chang'e-6?",
                    "Sweden, France, Italy and Pakistan have payloads on it.",
                )
            ),
            "radon detection device",
        ),
        # blind253 iz23: a country names no one new, so the short question borrows the list of countries
        (
            "What is Italy contributing?",
            turns(
                (
                    "Which countries already have instruments lined up for Chang'e-6?",
                    "Sweden, France, Italy and Pakistan, plus the European Space Agency.",
                )
            ),
            "retroreflector",
        ),
        # the member the description follows in the last answer's list
        (
            "and the asteroid one — what year?",
            turns(
                (
                    "Which Chinese deep-space missions still have room for partner payloads?",
                    "Tianwen-2 to a near-Earth asteroid, Tianwen-3 to Mars, Tianwen-4 to Jupiter.",
                )
            ),
            "2025",
        ),
        # blind251 ix22: "for some reason" gives no reason, and "the magazine" alone is no news its sentences meet
        (
            "What does the magazine say is the main reason for that change?",
            turns(
                (
                    "What did China say on its old ILRS presentation slides this year?",
                    "That the program was launched in China in 2014, leaving Russia out.",
                )
            ),
            "war unleashed by Russia",
        ),
        # a person's name after "Who said ...?" was answered by a role: not the institute the role is at
        ("what's their name?", turns(("Who said Beijing faces a dilemma?", "A senior research fellow at ESPI.")), "Aliberti"),
        # blind248 iu05: what France sends is its kit, not that it has experiments aboard
        (
            "and what's France sending?",
            turns(("What is Sweden contributing to the Chang'e-6 mission?", "A negative ion detector.")),
            "radon detection device",
        ),
        # a name the last answer gave is the name asked for
        (
            "and what's its name again?",
            turns(("Which mission will go to an asteroid?", "Tianwen-2.")),
            "Tianwen-2",
        ),
        # blind12 s22: the French one's name says what it is for
        (
            "What will the French one be used for?",
            turns(
                (
                    "Which countries already have equipment booked on Chang'e-6?",
                    "Sweden, Italy, France and Pakistan have instruments on it.",
                )
            ),
            "radon detection device",
        ),
    ],
)
def test_a_follow_up_is_answered_of_the_thing_it_picks(
    seed: qa.Settings, question: str, history: list[dict[str, str]], says: str
) -> None:
    answer = qa.ask(question, history=history, settings=seed)
    assert not answer.refused and says in answer.text


def test_that_program_is_the_one_the_last_answer_named(seed: qa.Settings) -> None:
    # blind233 if21: "that program" is "the Artemis program" of the last answer, and "the piece about ..." picks
    # the article, not the sentence
    history = turns(
        (
            "What is NASA's counterpart to the China-Russia lunar base effort?",
            "The Artemis program, which NASA is pursuing with multiple partner nations.",
        )
    )
    question = "how is that program described in the piece about China dropping Russia from its IAC slides?"
    answer = qa.ask(question, history=history, settings=seed)
    assert answer.text.startswith("Like NASA's long-delayed Artemis program")


@pytest.mark.parametrize(
    ("question", "history"),
    [
        # blind232 ie21: the lunar base's "late 2030s" and the Chang'e missions' "later in this decade" are no
        # launch date of Tianwen-3
        (
            "when is that one supposed to launch?",
            turns(("Is China planning another Mars mission it wants partners for?", "Yes. Tianwen-3 will go to Mars.")),
        ),
        # blind246 is25, blind241 in21: the rover is never named; a name asked of "it" is a title
        (
            "What's the name of it?",
            turns(("How heavy is the Saudi rover flying on Chang'e-6?", "It weighs only 10 kg.")),
        ),
        # blind250 iw17: what it is called is its name
        (
            "What's it called, and what is it actually going to study up there?",
            turns(("how heavy is the saudi rover going on chang'e-6?", "Only 10 kg.")),
        ),
        (
            "does it have a name?",
            turns(("How heavy is the Saudi rover flying on Chang'e-6?", "It weighs only 10 kg.")),
        ),
        (
            "who built it, and what's its name?",
            turns(("How heavy is the Saudi rover that's going on Chang'e-6?", "Only 10 kg.")),
        ),
        # blind247 it16: the question's own country (Pakistan) picks the thing, not the Saudi rover of the last turn
        (
            "and the pakistani cubesat, how heavy is that one?",
            turns(("How much does the Saudi rover on Chang'e-6 weigh?", "It weighs only 10 kg.")),
        ),
        # blind252 iy25: "the mars one" is Tianwen-3 of the list, which no sentence dates (the lunar base's late
        # 2030s are not its)
        (
            "ok and the mars one — what year is it supposed to launch?",
            turns(
                (
                    "Which Chinese deep-space missions still have room for partner payloads?",
                    "Tianwen-2, to an asteroid in 2025, Tianwen-3 to Mars, and Tianwen-4 to Jupiter.",
                )
            ),
        ),
        # blind256 jc10: "their" is the person asked for before, whose name no article gives
        (
            "what's their name?",
            turns(
                ("Who pitched China's Chang'e-7 mission to foreign partners at the IAC?", "A chief Chinese space representative.")
            ),
        ),
        # blind252 iy24: no age, and no nationality
        (
            "how old is he, and what's his nationality?",
            turns(
                (
                    "Who said Beijing faces a dilemma over partnering with Russia?",
                    "Marco Aliberti, a senior research fellow at the European Space Policy Institute.",
                )
            ),
        ),
        # blind235 ih25: no span of time at the institute, and "16 months" is no age
        (
            "How long has he been at that institute, and how old is he?",
            turns(
                ("Who is the ESPI researcher quoted by SpaceNews?", "Marco Aliberti, a senior research fellow at the institute.")
            ),
        ),
        # blind235 ih26: the slide names no Luna mission by number
        (
            "Which Luna missions specifically, by number?",
            turns(
                (
                    "Did China mention Russia anywhere in its IAC presentation?",
                    "Only on a single slide, on future Chang'e and Russian Luna missions.",
                )
            ),
        ),
        # blind264 jk18: "the mars one" with no opening word still picks Tianwen-3 of the last answer
        (
            "what year is the mars one supposed to launch?",
            turns(
                ("Which deep space missions is China looking for partners on?", "Tianwen-2, Tianwen-3 and Tianwen-4."),
                (
                    "And where are they headed?",
                    "Tianwen-2 to a near-Earth asteroid, Tianwen-3 to Mars, and Tianwen-4 to Jupiter and Uranus.",
                ),
            ),
        ),
        # blind265 jl22: the Saudi rover has no name, and "a contract to build a lunar base" is no rover's making
        (
            "What's it called, and who built it?",
            turns(
                (
                    "Is there a rover from Saudi Arabia going on one of the Chang'e missions?",
                    "Yes, Chang'e-6 will carry a Saudi Arabia rover that weighs only 10 kg.",
                )
            ),
        ),
        # blind283 kd12: the Mars one is Tianwen-3, which no sentence dates; Tianwen-2's 2025 is another's date
        (
            "ok and the Mars one — when is that going up?",
            turns(
                (
                    "Which Chinese mission is heading to an asteroid, and when?",
                    "Tianwen-2, which is set to fly to a near-Earth asteroid in 2025 and try to collect samples.",
                )
            ),
        ),
        # blind282 kc26: a reply opening the question ("cool,") leaves it a question of what "it" is for
        (
            "cool, what's it going to study up there, and who built it?",
            turns(("Is there a rover going on Chang'e-6?", "Yes, it will host a rover from Saudi Arabia weighing only 10 kg.")),
        ),
        # blind282 kc21: the ESA has "experiments aboard", which no sentence names
        (
            "what's ESA's experiment going to be?",
            turns(("Which countries are flying experiments on Chang'e-6?", "Sweden, France and the European Space Agency.")),
        ),
        # blind283 kd25: no country beyond Russia and China is said to have joined their project
        (
            "Which other countries have joined that project since then?",
            turns(
                (
                    "When did Russia and China sign the roadmap for their lunar base?",
                    "The accounts differ: a contract in March 2021, or June or the summer of 2021 in St. Petersburg.",
                )
            ),
        ),
    ],
)
def test_a_follow_up_for_what_the_articles_never_give_is_refused(
    seed: qa.Settings, question: str, history: list[dict[str, str]]
) -> None:
    answer = qa.ask(question, history=history, settings=seed)
    assert answer.refused and answer.citations == ()


def test_a_sentence_going_on_about_the_answer_with_its_own_value_is_kept(seed: qa.Settings) -> None:
    # blind236 ii20: "But that was 16 months—and one invasion of Ukraine—ago" follows the "little more than a
    # year ago" sentence and gives the span more exactly
    history = turns(
        (
            "When does TIME say China and Russia announced the ILRS?",
            "In June 2021, at an International Astronautical Federation gathering.",
        )
    )
    answer = qa.ask("how long ago was that, according to the magazine?", history=history, settings=seed)
    assert "little more than a year ago" in answer.text and "16 months" in answer.text


def test_a_span_asked_as_how_long_before_is_told_by_the_sentences_that_give_it(seed: qa.Settings) -> None:
    # blind239 il21: "had that been" asks a span counted back, as "ago" does; "But that was 16 months ... ago"
    # goes on from the sentence before it
    history = turns(
        (
            "In TIME's account, where did China and Russia first unveil the ILRS?",
            "At a gathering of the International Astronautical Federation (IAF) in St. Petersburg, in June 2021.",
        )
    )
    answer = qa.ask("how long before the IAC had that been, according to the piece?", history=history, settings=seed)
    assert "16 months" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which US space program is China's lunar base plan being compared to?",  # blind242 io17: the US is NASA
        "The ILRS gets compared to which NASA lunar program?",  # blind254 ja19: the program asked in place
    ],
)
def test_a_us_program_is_named_by_a_sentence_about_nasa(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and answer.text.split("[1]")[0].count("Artemis")


def test_where_a_hint_shows_up_in_a_presentation_is_a_slide(seed: qa.Settings) -> None:
    # blind239 il25: "hint" is the articles' "indication", and a place in a presentation is no city
    question = "Where did the only hint that Russia co-leads the ILRS show up in China's presentation?"
    answer = qa.ask(question, settings=seed)
    assert answer.text.startswith("Indeed, the only indication") and "a single slide" in answer.text


def test_what_france_sends_after_what_sweden_sends_is_its_instrument(seed: qa.Settings) -> None:
    history = turns(("What instrument is Sweden contributing to the Chang'e-6 lander?", "A negative ion detector."))
    answer = qa.ask("And what's France sending?", history=history, settings=seed)
    assert "radon detection device" in answer.text


def test_a_negated_word_no_article_uses_is_read_as_the_word_it_negates(seed: qa.Settings) -> None:
    # "unmentioned" is in no article; "fail to mention" is, in the sentence giving the invasion as the reason
    answer = qa.ask("What event is cited as the reason Russia went unmentioned or absent at the congress?", settings=seed)
    assert not answer.refused and "Ukraine" in answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # the best sentence speaks of "deep space exploration missions" and names none; the next names it
        ("Which Chinese deep-space mission is bound for Mars?", "Tianwen-3"),
        ("Which mission is bound for Jupiter?", "Tianwen-4"),
    ],
)
def test_a_thing_asked_for_is_named_by_a_close_sentence_when_the_best_names_none(
    seed: qa.Settings, question: str, named: str
) -> None:
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and named in answer.text


TIANWEN_2025 = turns(("Which Chinese deep-space mission is slated for 2025?", "Tianwen-2."))
ESPI_RESEARCHER = turns(
    (
        "Which European Space Policy Institute researcher did SpaceNews talk to?",
        "Marco Aliberti, a senior research fellow at the institute.",
    )
)
SAUDI_ROVER_MISSION = turns(("Which Chang'e mission is going to carry a rover from Saudi Arabia?", "Chang'e-6."))


@pytest.mark.parametrize(
    ("question", "history", "says"),
    [
        # blind200 gy20: "it" is Tianwen-2, asked about as if named; the earlier "2025" had found Tianwen-3's sentence
        ("What's it going to visit?", TIANWEN_2025, "near-Earth asteroid"),
        # blind199 gx23: "he" is Aliberti; the institute's name had pulled his other quotes ahead of the dilemma
        ("What did he say Beijing's dilemma is?", ESPI_RESEARCHER, "real partnership or drop it"),
        # "his institute" is the one the earlier question named: its words still count
        ("Where is his institute based?", ESPI_RESEARCHER, "Vienna"),
        # "it" as an object leaves Sweden the subject, and the earlier turn's kit words still help
        ("And what is Sweden contributing to it?", SAUDI_ROVER_MISSION, "negative ion detector"),
    ],
)
def test_a_pronoun_for_the_one_name_just_given_asks_about_that_name(
    seed: qa.Settings, question: str, history: list[dict[str, str]], says: str
) -> None:
    answer = qa.ask(question, history=history, settings=seed)
    assert not answer.refused and says in answer.text


def test_a_sensor_asked_about_is_the_detector_the_article_lists(seed: qa.Settings) -> None:
    # blind200 gy06: "sensor" asked only for sensors, and a detector was none
    answer = qa.ask("What kind of sensor is Sweden sending up on Chang'e-6?", settings=seed)
    assert not answer.refused and "negative ion detector" in answer.text


def test_the_name_of_an_official_no_article_names_is_refused(seed: qa.Settings) -> None:
    # blind202 ha23: "that official's name" asks a person's name, and the representative is never named
    history = turns(
        (
            "Who pitched Chang'e-7 to foreign partners at the congress?",
            "A chief Chinese space representative, who said China is open to proposals.",
        )
    )
    assert qa.ask("What's that official's name?", history=history, settings=seed).refused


def test_a_follow_up_set_against_the_earlier_turn_is_not_led_back_to_it(seed: qa.Settings) -> None:
    # blind339 mh22: "instead" sets the question against the 2021 roadmap; its words would lead back to it
    history = turns(
        (
            "What did the 2021 St. Petersburg roadmap say about who co-founded the lunar base project?",
            "That the Russian Federation and the PRC were its co-founders on equal rights.",
        )
    )
    answer = qa.ask("and what do China's slides say this year instead?", history=history, settings=seed)
    assert "the program was launched in China in 2014" in answer.text.split(" [1]")[0]


@pytest.mark.parametrize(
    ("earlier", "kind"),
    [
        ("What is Saudi Arabia contributing to Chang’e-6?", "title"),  # blind343 ml04: what it sends, by name
        ("Is there a rover from Saudi Arabia on Chang'e-6?", "title"),
        ("Where will Chang'e-7 land?", ""),
    ],
)
def test_whats_it_called_after_a_turn_about_a_countrys_kit_asks_its_name(earlier: str, kind: str) -> None:
    assert followup.asked("what's it called?", earlier).kind == kind


def test_the_name_of_a_countrys_kit_the_articles_never_give_is_refused(seed: qa.Settings) -> None:
    history = turns(("What is Saudi Arabia contributing to Chang’e-6?", "A rover weighing only 10 kg."))
    assert qa.ask("what's it called?", history=history, settings=seed).refused


@pytest.mark.parametrize(
    "question",
    [
        "Which countries are named in both TIME and ust_magazine as putting equipment on Chang'e-6?",  # blind354 mw18
        "Which countries have instruments on Chang'e-6 according to both TIME and the ust_magazine piece?",
    ],
)
def test_a_question_naming_two_outlets_is_answered_from_each(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert {c.outlet for c in answer.citations} >= {"TIME", "ust_magazine"}
    assert "Sweden" in answer.text and "France" in answer.text


def test_the_one_after_it_set_off_by_a_dash_points_back(seed: qa.Settings) -> None:
    # blind353 mv24: "the one after it" is the mission after the last turn's, not a thing named here
    history = turns(("Which Chang'e mission will land at the Moon's south pole?", "Chang'e-7."))
    answer = qa.ask("and the one after it — what's it meant to do?", history=history, settings=seed)
    assert not answer.refused and "extract resources" in answer.text
