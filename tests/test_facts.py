"""Question analysis the answerer leans on: the asked kind, the focus phrase, the values a sentence holds."""

from __future__ import annotations

import pytest

import qa
from qa import attribution, dating, facts, kinds, occasions, parties, things
from tests.conftest import turns


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("What dilemma does the analyst say Beijing faces?", {"dilemma"}),
        ("Which NASA program is the project compared to?", {"nasa", "program"}),
        ("What kind of object will Tianwen-2 visit?", {"object"}),
        ("And which outlet did?", {"outlet"}),
        ("According to the analyst, what two options does Beijing have?", {"two", "option"}),  # after whose words
        ("What is China offering other countries?", set()),  # "what is": no focus phrase
        ("Where was the congress held?", set()),
        ("What is the name of the NASA programme that the ILRS is compared to?", {"program"}),  # the thing named
        ("What is the name of the process?", set()),  # not a kind of thing that bears a proper name
        ("What is the Saudi rover going aboard Chang'e-6 called?", {"rover"}),
    ],
)
def test_the_focus_phrase_names_the_kind_of_thing_asked_for(question: str, focus: set[str]) -> None:
    assert kinds.focus(question) == focus


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What was the name of the Chinese official who presented the mission?", "name"),
        ("What are the names of the two analysts quoted?", "name"),
        ("What is the name of the lunar station?", "title"),  # a thing, not a person: a name, but no person's
        ("What is the name of the process that tests primality?", ""),  # a process is not named like a station
        ("When did they sign?", "date"),
        ("What time did the session start?", "date"),
        ("What TIME newsletter did the story first run in?", "title"),  # the outlet, not the time of day
        ("Which Russian official put their signature on the roadmap?", "name"),  # an irregular past tense
        ("Where in China's IAC presentation was the only hint?", ""),  # a part of a text, not a place
        ("Where in Russia is St. Petersburg?", "place"),
        ("Whereabouts on the Moon will it set down?", "place"),
        ("What is China interested in when it comes to Russia?", "aim"),  # an idiom, not a date question
        ("What did he say when asked about Russia?", ""),
        ("Which rocket will launch Chang'e-7?", "title"),
        ("What did Luther not mean for the new mass to replace?", ""),  # SQuAD: a mass is also a liturgy
        ("What typically involves mass production of similar items?", ""),
        ("What kind of spacecraft is it?", ""),  # a description, not a name
        ("Which series of Russian missions was named?", ""),  # the thing asked for is the missions
        ("What does one outlet say China wants?", "aim"),  # "does one" is no adjective before "outlet": no name
        ("Who is Marco Albierti?", ""),  # the question gives the name: it asks what he is
        ("who's Marco Aliberti exactly?", ""),
        ("Who is ESPI?", ""),
        ("Who is the head of CNSA?", "name"),
        ("Who is Aliberti talking to?", "name"),  # the name is not the whole question
        ("Who is the Italian?", "name"),
        ("What is the Saudi rover going to Chang'e-6 called?", "title"),
        ("What was the process called?", ""),  # no thing known by a proper name
        ("What is China's lunar base called?", "title"),  # a possessive instead of "the"
        ("The ESPI analyst works at an institute based in which city?", "place"),  # the place asked comes last
        ("In which year did the institute open in that city?", "date"),
        ("Which Russian official signed the ILRS roadmap in 2021?", "name"),  # asks who, as "Who signed" does
        ("Which expert at ESPI commented?", "name"),
        ("What official reason was given?", ""),  # "official" describes the reason
        ("Which official document was signed?", ""),
        ("What does ILRS stand for?", "title"),  # the name the initials abbreviate
        ("What is the acronym IAC short for?", "title"),
        ("What does it stand for?", ""),  # no initials asked about
        ("ILRS — what does it stand for?", "title"),  # blind320 lo05: "it" is the initials set before the dash
        ("The ILRS, what does it stand for?", "title"),
        ("and what does he say Beijing's choice boils down to?", "choice"),  # blind321 lp08
        ("Whose gathering in St. Petersburg was the setting, according to TIME?", "title"),  # a body held it
        ("At whose meeting was it unveiled?", "title"),
        ("Whose cubesat is flying on Chang'e-6?", "name"),
        ("What is the hard choice Beijing faces?", "choice"),
        ("What's that official's name?", "name"),  # blind202 ha23: a role's name is a person's
        ("Name the person who headed the Chinese delegation and pitched Chang'e-7 to the IAC.", "name"),  # hw15
        ("Name the ESPI analyst quoted by SpaceNews.", "name"),
        ("Name the mission that will carry the rover.", ""),  # an order naming a thing is not read as one
        ("what's his name", "name"),
        ("What's the likely explanation for China leaving Russia out of its IAC pitch?", "reason"),  # blind227 hz14
        (
            "exact dates of the paris IAC where china made its pitch?",
            "date",
        ),  # blind228 ia22: a bare noun phrase  # blind57 bl06, asked after "who was the chinese official ...?"
        ("What is its name?", ""),  # a thing's name, which the thing asked about says the kind of
        ("What launch year has been set for the Tianwen-3 Mars mission?", "date"),  # blind201 gz05
        ("What target date did they set?", "date"),
        ("chang'e-7 launch year?", "date"),  # blind231 id19: a bare noun phrase
        ("launch date of tianwen-2", "date"),
        ("How old is Marco Aliberti?", "age"),  # blind231 id20
        ("What exact launch date has CNSA set for Chang'e-6?", "date"),  # blind234 ig18
        ("what's the swedish contribution?", "gear"),  # blind238 ik06: a country's share of a payload is its kit
        ("and what's France sending?", "gear"),  # blind248 iu05: what a country puts aboard
        ("what is pakistan sending to chang'e-6?", "gear"),
        ("ok and what's sweden actually contributing hardware-wise?", "gear"),  # blind264 jk21
        ("What is Britain sending troops to?", ""),  # SQuAD-like: not what a country puts aboard
        ("Pakistani cubesat on Chang'e-6 — what's its mass?", "measure"),  # blind250 iw04: a topic set off by a dash
        ("the saudi rover - how heavy is it?", "measure"),
        ("exact launch date for chang'e-7?", "date"),  # blind250 iw13: a bare noun phrase
        ("What does the Pakistani cubesat riding on Chang'e-6 weigh?", "measure"),  # blind255 jb18
        ("The ILRS gets compared to which NASA lunar program?", "title"),  # blind254 ja19: asked in place
        ("Speed limits were conferred by what act?", ""),  # SQuAD: "The 2012 Act", named by no proper name
        ("In what year did it launch?", "date"),  # "what year" is no named thing
        ("What's NASA spending on Artemis, for comparison with China's lunar plans?", "money"),  # blind240 im26
        ("Marco Aliberti's age?", "age"),  # blind244 iq14
        ("What was the source of the Rhine in the last Ice Age?", ""),  # SQuAD: an age of the Earth, not a person's
        # blind244 iq19: what event is behind something is its cause
        ("What real-world event do the reports suggest is behind China keeping quiet about Russia?", "reason"),
        ("Where did the only hint that Russia co-leads the ILRS show up in China's presentation?", ""),  # il25: a slide
        ("At what age did he join the institute?", "age"),
        ("How old were the fossils found in China?", "age"),  # SQuAD: "515 million years"
        ("what's the target timeframe for the lunar research station to be up and running", "date"),  # blind221 ht17
        ("What is the timeline for the ILRS?", "date"),
        ("Which timeline is further expanded in the fourth scale?", ""),  # SQuAD: a thing called a timeline
        ("what's the rover's name?", "title"),  # blind222 hu19: a thing's name, by a possessive
        ("Which specific Russian Luna missions are slated to be done jointly with China?", "member"),  # blind222 hu16
        ("Which Luna missions are joint?", "title"),  # "Luna missions" in general may answer
        ("ok, which of those Luna missions is meant to fly first?", "member"),  # blind296 kq26: one picked out
        ("What kept Russia away from the Paris congress?", "reason"),  # blind202 ha14: what kept it away is a cause
        ("What stopped Russia from attending?", "reason"),
        ("What kept the crew busy?", ""),  # kept busy, not kept away
        ("What keeps records of the launches?", ""),  # a present "keeps" stores, it does not prevent
        ("What explains Russia's absence and China leaving it out of the presentations?", "reason"),  # blind311 lf15
        ("Name of the Chinese rover that found signs of an ancient ocean on Mars?", "title"),  # blind313 lh17
        ("Which Chang'e lander is meant to try extracting resources on the Moon?", "title"),  # blind311 lf06: a member
        ("Which Saudi rover will fly on Chang'e-6?", "gear"),  # whose rover: the country's kit
        ("Which NASA camera will fly?", "gear"),  # an agency's initials say whose it is too
        ("Which Chinese official actually presented the call for proposals?", "name"),  # blind343 ml06
        # blind361 nd05: an irregular past, which "-ed" misses
        ("Which Chinese official stood up at the IAC and told delegates China was open to proposals? Need a name.", "name"),
        ("Roughly what will it cost a country to rent space on Chang'e-7?", "money"),  # blind343 ml14: a hedge
        ("About when will Chang'e-7 launch?", "date"),
        ("About the ILRS, what has China said?", ""),  # "about" as a topic, not a hedge
        ("What were the exact opening and closing dates of the congress?", "date"),  # blind349 mr03
        ("according to TIME what US moon program was China hoping to mirror", "title"),  # the outlet set aside
    ],
)
def test_asking_for_a_persons_name_is_a_name_question(question: str, kind: str) -> None:
    assert kinds.asked(question).kind == kind


def test_who_is_a_named_person_is_answered_by_what_the_article_says_of_them(seed: qa.Settings) -> None:
    answer = qa.ask("Who is Marco Albierti?", settings=seed, outlets=["TIME"])
    assert not answer.refused and "senior research fellow" in answer.text


@pytest.mark.parametrize("question", ["Who is Bill Nelson?", "Who is Yuri Borisov?"])
def test_who_is_someone_the_articles_never_mention_is_refused(seed: qa.Settings, question: str) -> None:
    assert qa.ask(question, settings=seed).refused


def test_an_officials_name_the_articles_never_give_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask(
        "What was the name of the Chinese official who presented the Chang'e-7 opportunities at the IAC?", settings=seed
    )
    assert answer.refused and answer.citations == ()


@pytest.mark.parametrize(
    ("question", "sentence", "kind", "found"),
    [
        (
            "Where is his institute based?",
            "a fellow at the Policy Institute in Vienna, told SpaceNews",
            "place",
            {"policy institute", "vienna"},
        ),
        ("In which city was the congress held?", "at the IAC in Paris last week", "place", {"iac", "paris"}),
        ("Where did they sign it?", "in March 2021 the two sides signed", "place", set()),  # a month is no place
        ("How many slides named Russia?", "only a single slide mentioned Russia", "count", {"single slide"}),
        ("Which country is sending a rover?", "It will also host a Saudi Arabia rover.", "place", {"saudi arabia"}),
        ("Where was the congress held?", "China was seeking new partners there.", "place", set()),  # no country asked
        ("Why didn't Russia attend?", "Russia was not at the IAC because of its invasion of Ukraine", "reason", {"because"}),
        ("What was the reason for the omission?", "The omission is striking.", "reason", set()),
        # what is blamed for something is its cause
        (
            "What event is blamed for Russia's absence?",
            "Russia was not at the IAC because of its invasion of Ukraine",
            "reason",
            {"because"},
        ),
        # Asking for "the likely reason" names the cue word, not the answer; "for some reason" gives none.
        ("What is the likely reason China kept quiet?", "The main reason for such a change is the war.", "reason", {"reason"}),
        ("What event is cited as the reason for the silence?", "For some reason, China stayed quiet.", "reason", set()),
        # blind304 ky10: "because" after a judgement says why the omission is striking, not why it happened
        (
            "What event is blamed for China keeping quiet about Russia?",
            "But the omission is striking, because in March 2021 China and Russia signed a contract",
            "reason",
            set(),
        ),
        (
            "Why is the omission striking?",
            "But the omission is striking, because in March 2021 China and Russia signed a contract",
            "reason",
            {"because"},
        ),
        # blind211 hj09, blind5 f16: what the reports blame, or point to as the explanation, is the cause
        (
            "what event do the reports blame for china going quiet?",
            "Russia was not at the IAC because of its invasion of Ukraine",
            "reason",
            {"because"},
        ),
        (
            "What event do the reports point to as the likely explanation for the silence?",
            "Russia was not at the IAC because of its invasion of Ukraine",
            "reason",
            {"because"},
        ),
        (
            "And where is his institute based?",
            "a fellow at the Policy Institute in Vienna",
            "place",
            {"policy institute", "vienna"},
        ),  # a follow-up's opening "And" changes nothing
        (
            "According to TIME, in which city is his institute?",
            "a fellow at the Policy Institute in Vienna",
            "place",
            {"policy institute", "vienna"},
        ),  # nor does an opening attribution (blind20 aa20)
        ("What is the name of the TIME newsletter?", "It first ran in TIME Space, our newsletter.", "title", {"time space"}),
        (
            "What is the full name of the ILRS project?",
            "They plan the International Lunar Research Station (ILRS).",
            "title",
            {"international lunar research station"},
        ),
        # A capital that only starts the sentence, a country, and names the question gives are no answer.
        ("What is the name of the Saudi rover?", "It will also host a Saudi Arabia rover.", "title", set()),
        ("What is the name of the NASA program?", "NASA leads it.", "title", set()),
        ("What two options does Beijing face?", "a dilemma: a real partnership or drop it", "choice", {"dilemma"}),
        ("On what exact date did they meet?", "They met in June 2021.", "date", {"june 2021"}),
        ("On what exact date did they meet?", "They met last week, a year ago.", "date", set()),  # not a calendar date
        ("What choice does China face?", "Be it in space or elsewhere, China is realistic.", "choice", set()),  # a bare "or"
        # "Which <thing known by name>" asks for a name; an adjective of nationality or a sentence's opener is none,
        # and a run of capitals as long as a headline is a headline.
        (
            "Which NASA program is it compared with?",
            "Like NASA's long-delayed Artemis program, it aims high.",
            "title",
            {"nasa's", "artemis"},
        ),
        # a country is no person: asked who leads, "a Saudi Arabia rover" names nobody
        ("Who is leading the development of the cubesat?", "It will also host a Saudi Arabia rover.", "name", set()),
        # a thing of NASA's is named in a sentence about NASA, not in one about the IAF
        (
            "Which NASA effort is it compared with?",
            "At a gathering of the International Astronautical Federation (IAF) they announced it.",
            "title",
            set(),
        ),
        (
            "Which Italian institute built it?",
            "A Swedish detector, an Italian retroreflector and a French device.",
            "title",
            set(),
        ),
        # An organisation is not named with a number: a mission is no institute.
        ("Which Italian institute built it?", "An Italian retroreflector flies on Chang'e-6.", "title", set()),
        ("Which rocket launches it?", "It flies on a Long March 5 in 2026.", "title", {"long march"}),  # kept
        # A name inside a compound word describes something else: "a near-Earth asteroid" names no asteroid.
        ("Which asteroid is it targeting?", "It will fly to a near-Earth asteroid in 2025.", "title", set()),
        ("Which mission will fly?", "The China-led mission will fly to Apophis.", "title", {"apophis"}),
        (
            "Which Chinese rover found an ocean?",
            "More Chinese space stuff: Chinese Rover Discovers Evidence of Ancient Ocean on Mars",
            "title",
            {"mars"},
        ),
        ("What is the deadline for proposals?", "They are planned for later in this decade.", "date", set()),  # a day
        ("What is the deadline for proposals?", "Proposals are due by March 1, 2024.", "date", {"march 1, 2024"}),
        ("On what date did the congress open?", "It met in Paris last week.", "date", set()),  # no calendar date
        ("By what date must proposals arrive?", "Missions are planned for later in this decade.", "date", set()),
        ("What fee does China charge?", "China offers countries places to rent.", "money", set()),
        ("How much does China charge?", "Places cost $5 million each.", "money", {"$5 million"}),
        ("How much is China charging for a place?", "China offers countries places to rent.", "money", set()),
        ("What is the launch mass of the lander?", "It will host a rover weighing only 10 kg.", "measure", set()),  # a rover's
        ("What is the launch mass of the rover?", "It will host a rover weighing only 10 kg.", "measure", {"10 kg"}),
        # A country's adjective names the country asked for; the one the question names is no answer.
        (
            "Which nation is sending a cubesat on Chang'e-6?",
            "A French radon device and a Pakistani cubesat will fly.",
            "place",
            {"france", "pakistan"},
        ),
        ("Which country will China fly with?", "A Chinese rover and an Italian retroreflector.", "place", {"italy"}),
        ("Where was the congress?", "A Pakistani cubesat will fly.", "place", set()),  # not asking for a country
        ("Which other countries will fly on it?", "A Swedish detector flies.", "place", {"sweden"}),
        (
            "Near which part of the Moon would the base be built?",
            "It will be launched at the South Pole of our moon.",
            "place",
            {"south pole"},
        ),
        ("What part of the deal is unclear?", "It will be launched at the South Pole.", "", set()),  # a part, no place
        # A place on the Moon is a pole or a crater; a city or a country is no answer.
        (
            "Where on the Moon is Chang'e-7 going to land?",
            "Chang'e-7 will land at the South Pole of the Moon.",
            "place",
            {"south pole"},
        ),
        ("Where on the Moon will it land?", "It was presented at a congress in Paris.", "place", set()),
        # a follow-up carries the earlier answer's words; they do not make its South Pole a place already named
        (
            "Where on the Moon will it land? Chang'e-7 will land at the South Pole.",
            "Chang'e-7 will land at the South Pole of the Moon.",
            "place",
            {"south pole"},
        ),
        # Which members of a series, by number: "Luna missions" names none.
        ("Which specific Luna mission numbers will Russia fly?", "Chang'e and Russian Luna missions will fly.", "member", set()),
        ("Which numbered Russian Luna missions will fly?", "Luna-25 flies before Chang'e-7.", "member", {"luna-25"}),
        ("Which Luna missions, by number, fly with China?", "Chang'e-7 flies with Luna-27.", "member", {"luna-27"}),
        ("Which Luna missions specifically, by number?", "Future Russian Luna missions join.", "member", set()),  # ih26
        # blind268 jo23: "specifically" after the series asks for members too
        (
            "Which Russian Luna missions specifically are going to be done jointly with China?",
            "Future Chang'e and Russian Luna missions would be undertaken in cooperation.",
            "member",
            set(),
        ),
        # One member of a named series: "Which Russian Luna mission ...?" is answered by "Luna-25", not "Luna missions".
        ("Which Russian Luna mission flies first?", "Chang'e and Russian Luna missions will fly.", "member", set()),
        ("Which Tianwen mission goes to Jupiter?", "Tianwen-4 goes to Jupiter.", "member", {"tianwen-4"}),
        (
            "Which NASA mission flies first?",
            "NASA said that Artemis flies first.",
            "title",
            {"artemis"},
        ),  # a body's, not a series
        # a name with a number is one even first in its sentence, where a capital alone may only open it
        (
            "Which lunar mission will carry experiments from Sweden?",
            "Chang’e-6 alone will have experiments aboard from Sweden.",
            "title",
            {"chang'e-6"},
        ),
        ("Which agency will fly an instrument?", "NASA will fly one.", "title", {"nasa"}),
        ("Which agency will fly an instrument?", "Officials will fly one.", "title", set()),
        ("What is the Chang'e-8 mission meant to attempt?", "Chang'e-8 will try to extract resources.", "", set()),
        ("What were the exact dates of the congress?", "It ended in Paris last week.", "date", set()),
        # the dates an event ran are its span: one date is not (blind262 ji26)
        ("What were the exact dates it ran?", "It was in June 2021, at a gathering of the IAF.", "date", set()),
        (
            "Between what dates was the building refurbished?",
            "It was refurbished between November 2006 and May 2008.",
            "date",
            {"november 2006", "may 2008"},
        ),
        # a date is asked, which a span of years is not
        ("What is the scheduled launch date for Chang'e-6?", "Landings are planned for later in this decade.", "date", set()),
        ("What is the launch date of Tianwen-2?", "“Tianwen-2” in 2025 will fly to a near-Earth asteroid.", "date", {"2025"}),
        # What someone is after is answered by a sentence saying what they want, in the article's words.
        (
            "What is China really after in its dealings with Russia?",
            "The Celestial Empire is only interested in technology.",
            "aim",
            {"interested"},
        ),
        ("What does China actually want from Russia?", "No friendship exists in Russian-Chinese relations.", "aim", set()),
        ("What happened after the invasion?", "China is interested in technology.", "", set()),  # not an aim
        ("What does China want from Russia?", "Beijing might not want to lose face.", "aim", set()),  # no aim: negated
        # How long is answered by a span of time, or of space for a river; "weighing 10 kg" is neither.
        ("How long had it been since the ILRS was announced?", "That was 18 months ago.", "duration", {"18 months"}),
        ("How long ago was the ILRS announced?", "It was little more than a year ago.", "duration", {"a year"}),
        # blind222 hu26: a span told "ago" dates something; it is no length of a stay
        ("How long has he been at the institute?", "But that was 16 months—and one invasion—ago.", "duration", set()),
        ("How long has he been at the institute?", "He joined the institute 16 months ago.", "duration", set()),
        ("How long will the rover operate?", "It will last from 2024 to 2026.", "duration", {"from 2024 to 2026"}),
        ("How long is the Rhine?", "The Rhine runs 1,230 km.", "duration", {"1,230 km"}),
        ("How long has it been a principle?", "It is one since the 1950s.", "duration", {"since the 1950s"}),
        ("How long will the rover operate?", "A rover weighing only 10 kg.", "duration", set()),
    ],
)
def test_places_reasons_and_counts_are_recognised(question: str, sentence: str, kind: str, found: set[str]) -> None:
    asked = kinds.asked(question)
    assert asked.kind == kind
    assert facts.values(asked, sentence, question) == found


@pytest.mark.parametrize(
    ("question", "sentence", "found"),
    [
        ("In what year will Tianwen-3 launch?", "“Tianwen-2” in 2025 will fly to a near-Earth asteroid.", set()),
        ("In what year will Tianwen-2 launch?", "“Tianwen-2” in 2025 will fly to a near-Earth asteroid.", {"2025"}),
        ("When will Tianwen-3 fly?", "Tianwen-2 flies in 2025 and Tianwen-3 in 2028.", {"2028"}),
        ("When did they sign?", "In March 2021 China and Russia signed.", {"march 2021"}),  # no series named
        ("when is tianwen-4 supposed to launch?", "“Tianwen-2” in 2025 will fly to an asteroid.", set()),  # lower case
        ("when will the 3 missions fly?", "“Tianwen-2” in 2025 will fly to an asteroid.", {"2025"}),  # "the 3": no member
        # "Chang'e-6, -7 and -8" names all three.
        ("When are the Chang'e-6, -7 and -8 landings?", "Chang’e-7, and Chang’e-8 missions—planned for 2028.", {"2028"}),
    ],
)
def test_a_value_belongs_to_the_series_member_it_sits_next_to(question: str, sentence: str, found: set[str]) -> None:
    assert facts.values(kinds.asked(question), sentence, question) == found


SPACENEWS = "As SpaceNews reports, China advertised for collaborators at the IAC in Paris last week."
SLIDE = "A single slide noted that future Chang'e and Russian Luna missions would be undertaken together."


@pytest.mark.parametrize(
    ("question", "sentence", "found"),
    [
        # blind218 hq06: a mission is named by neither the place nor the outlet telling the news
        ("And which Russian missions did that single slide mention?", SPACENEWS, set()),
        ("And which Russian missions did that single slide mention?", SLIDE, {"chang'e", "russian luna"}),
        ("Which outlet reported it?", SPACENEWS, {"spacenews", "iac", "paris"}),  # other things keep them
    ],
)
def test_a_mission_is_not_a_place_or_a_source(question: str, sentence: str, found: set[str]) -> None:
    assert facts.values(kinds.asked(question), sentence, question) == found


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # Asked who contributes, sends or flies something, and of no person's role, a country or agency answers.
        ("Who is contributing experiments to Chang'e-6?", {"sweden", "france", "european space agency"}),
        ("Who will fly payloads on it?", {"sweden", "france", "european space agency"}),
        ("Who already has experiments booked on Chang'e-6?", {"sweden", "france", "european space agency"}),
        (
            "According to TIME, who is already sending experiments on the Chang'e-6 mission?",
            {"sweden", "france", "european space agency"},
        ),
        ("Whose cubesat is flying on Chang'e-6?", {"sweden", "france", "european space agency"}),
        ("According to TIME, whose experiments will be carried on Chang'e-6?", {"sweden", "france", "european space agency"}),
        # the party set aside is named by the question, so it is no answer
        ("According to TIME, who besides Sweden has experiments flying on Chang'e-6?", {"france", "european space agency"}),
        ("Who, apart from France, is sending experiments?", {"sweden", "european space agency"}),
        # the kit's country is given: a builder is asked, and the parties of the other kit are none
        ("Who built the Pakistani cubesat?", set()),
        ("Which official is contributing experiments?", set()),  # a role: a person is asked for
        ("Who signed the agreement on Russia's behalf?", set()),  # a person signs for a country
        # blind371 nn25: parties co-found a project
        ("who co-founded it, according to that roadmap?", {"sweden", "france", "european space agency"}),
    ],
)
def test_who_contributes_is_answered_by_a_party(question: str, found: set[str]) -> None:
    sentence = "Chang’e-6 alone will have experiments aboard from Sweden, France, and the European Space Agency."
    assert facts.values(kinds.Asked("name"), sentence, question) == found


def test_who_put_out_a_plan_is_answered_by_the_agency(seed: qa.Settings) -> None:
    # blind299 kt22: "Timelines released by the China National Space Administration (CNSA)" names no person
    history = turns(("What is the ILRS?", "The International Lunar Research Station, a planned base near the Moon's south pole."))
    answer = qa.ask("Who put out the timelines for it?", history=history, settings=seed)
    assert not answer.refused and "China National Space Administration" in answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "before", "found"),
    [
        # A programme named without a number owns only the dates of sentences naming it.
        ("When is Russia's next Luna mission due?", "It hopes to host crewed lunar missions by the mid-2030s.", "", set()),
        ("When is Russia's next Luna mission due?", "Russian Luna missions will fly in 2027.", "", {"2027"}),
        ("When is Russia's next Luna mission due?", "They will fly in 2027.", "Luna missions join Chang’e.", {"2027"}),
        ("When does NASA's Artemis program land?", "In June 2021 China and Russia announced a base.", "", set()),
        ("When will the Chang'e program land?", "“Chang’e-7” will land in 2026.", "", {"2026"}),  # curly apostrophe
        # An owner ("China's mission") or a body ("Moon missions") is no programme.
        ("In what year is China's mission to an asteroid to fly?", "“Tianwen-2” in 2025 will fly.", "", {"2025"}),
        ("When will the new Moon missions fly?", "The base will be launched in the late 2030s.", "", {"late 2030s"}),
        # A numbered member before "mission" is no programme: a follow-up about its sibling keeps its date.
        ("When does Tianwen-2 fly? Where is China's Tianwen-3 mission going?", "“Tianwen-2” in 2025 will fly.", "", {"2025"}),
    ],
)
def test_a_programme_named_without_a_number_owns_only_the_dates_told_of_it(
    question: str, sentence: str, before: str, found: set[str]
) -> None:
    assert facts.values(kinds.asked(question), sentence, question, before) == found


@pytest.mark.parametrize(
    ("question", "sentence", "found"),
    [
        # a year is asked: a decade said in words gives none, a year in digits or "next year" does
        ("chang'e-7 launch year?", "Uncrewed landings are planned for later in this decade.", set()),
        ("What year will Tianwen-2 fly?", "“Tianwen-2” in 2025 will fly to an asteroid.", {"2025"}),
        ("What year will it fly?", "It will fly next year.", {"next year"}),
        # an age is a number of years, however written, or a birth; "the two countries" is none
        ("How old is Marco Aliberti?", "The two countries are not natural partners, Marco Aliberti said.", set()),
        ("How old was Manning in 2015?", "The 39-year-old Manning started in 2015.", {"39"}),
        ("How old was she?", "She was thirty-nine years old.", {"nine years"}),
        ("How old was Tesla when he died?", "Tesla died at the age of 86.", {"age of 86"}),
        ("How old is he?", "But that was 16 months ago, and it weighs 10 kg.", set()),  # blind235 ih25: other units
        # blind238 ik26: counted of NASA's partners, China and Russia's "two countries" are none
        ("How many countries are partnered with NASA?", "The two countries are not natural partners.", set()),
        ("How many countries are partnered with NASA?", "NASA has signed up two countries.", {"two countries"}),
        # an exact date is not a decade (blind234 ig18)
        ("What exact launch date has CNSA set?", "It hopes to host crewed missions by the mid-2030s.", set()),
    ],
)
def test_a_year_or_an_age_asked_is_found_only_in_its_own_shape(question: str, sentence: str, found: set[str]) -> None:
    assert facts.values(kinds.asked(question), sentence, question) == found


TIANWEN = "“Tianwen-2” in 2025 will fly to an asteroid. “Tianwen-3” will go to Mars."


@pytest.mark.parametrize(
    ("sentence", "before", "around", "found"),
    [
        # "It" after a sentence naming the asked member is that member ...
        ("It will launch in 2028.", "“Tianwen-3” will go to Mars.", TIANWEN, {"2028"}),
        # ... after one naming a sibling it is the sibling.
        ("It will launch in 2028.", "“Tianwen-2” will fly to an asteroid.", TIANWEN, set()),
        # A paragraph's first sentence, among siblings, is about something else: the lunar base.
        ("The lunar base will be launched in the late 2030s.", "", TIANWEN, set()),
        # With no sibling in the passage there is nothing else it could be about.
        ("The mission will launch in 2028.", "", "“Tianwen-3” will go to Mars.", {"2028"}),
        # A sentence naming only members of another series dates those (blind232 ie21) ...
        ("Its Chang’e-6 and Chang’e-7 missions will land later in this decade.", "", "China invited partners.", set()),
        # ... but a date is no member of a series.
        ("The mission will launch on February 7, 2028.", "", "“Tianwen-3” will go to Mars.", {"february 7, 2028"}),
    ],
)
def test_a_sentence_naming_no_member_is_about_the_one_its_context_names(
    sentence: str, before: str, around: str, found: set[str]
) -> None:
    question = "In what year will Tianwen-3 launch?"
    assert facts.values(kinds.asked(question), sentence, question, before, around) == found


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is China's annual budget for space exploration?", "money"),
        ("What will the lunar station cost?", "money"),
        ("What is the station's purpose?", ""),
        ("What was the cost of the other events?", "money"),
        ("How much money has China set aside for the station?", "money"),
        ("Is China spending more on the ILRS than NASA is spending on Artemis?", "money"),  # a sum for each
        ("Is China spending its effort on the ILRS?", ""),
        ("How does the projected cost of the ILRS compare with what NASA is spending on Artemis?", "money"),
        ("How does the ILRS compare with Artemis?", ""),
        ("How high in miles did AS-201 reach when launched?", "measure"),  # "when" here asks for no date
    ],
)
def test_money_and_measures_are_recognised_in_other_words(question: str, kind: str) -> None:
    assert kinds.asked(question).kind == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Where is Tianwen-2 headed when it launches in 2025?", "place"),
        ("Who led the agency when the deal was signed?", "name"),
        ("When will Tianwen-2 launch?", "date"),
        ("So when is the launch?", "date"),
        ("What is Tianwen-2 supposed to do when it launches in 2025?", ""),  # before a subject pronoun
        ("Which Chang'e mission did officials single out when inviting proposals?", "member"),  # before a gerund
        ("What do China's slides now say about when the program started?", "date"),  # the clause is what is asked
        ("What's the target of Tianwen-2, and when does it fly?", "date"),  # a second question
        ("Where did the TIME piece first run?", ""),  # a piece of writing runs in a publication, not at a place
        ("Where was the congress held?", "place"),
    ],
)
def test_a_when_clause_after_another_question_word_asks_for_no_date(question: str, kind: str) -> None:
    assert kinds.asked(question).kind == kind


@pytest.mark.parametrize(
    "question",
    [
        "Where is the Tianwen-2 probe headed when it flies in 2025?",
        "What will China's Tianwen-2 probe head for when it flies in 2025?",  # the clause gives its year
    ],
)
def test_where_a_probe_is_headed_when_it_launches_is_answered_by_its_destination(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and "near-Earth asteroid" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "In what year is the Tianwen-3 Mars mission scheduled to launch?",  # only Tianwen-2's date is given
        "What is China's annual budget for space exploration?",
        "What is the name of the Saudi rover that will fly on Chang'e-6?",  # a rover is named, its name is not
        "On what exact dates did the Paris astronautical congress take place?",  # "which just ended", "last week"
        "What is the mass of the Pakistani cubesat?",  # the 10 kg in the next sentence weighs the Saudi rover
        "How much does the Pakistani cubesat weigh?",
        "What does the Pakistani cubesat riding on Chang'e-6 weigh?",  # blind255 jb18
        "Who was the senior Chinese official who presented at the IAC?",  # only an analyst is named
        "What is the Saudi Arabian rover going to Chang'e-6 called?",  # what it is called is its name
        # the sentence about the rover names none; the ESA in the sentence before is no rover's name
        "What is the Saudi rover going aboard Chang'e-6 called?",
        "What is the name of the Pakistani cubesat that will fly on Chang'e-6?",  # a cubesat is named, not its name
        "How much does the Pakistani cubesat riding on Chang'e-6 weigh?",  # "riding on" follows the thing weighed
        "Which French laboratory built the radon detection device for Chang'e-6?",  # a laboratory has a name
        "Which specific Luna mission numbers will Russia fly jointly with China?",  # "Luna missions", no number
        "Which specific Russian Luna mission is scheduled to be carried out in cooperation with the Chang'e program?",
        "Where on the Moon is Chang'e-6 going to land?",  # the South Pole is Chang'e-7's
        "How long is the Saudi rover on Chang'e-6 expected to operate on the lunar surface?",  # only its weight
        "Why did China pick Uranus as one of the destinations for Tianwen-4?",  # no sentence gives any reason
        "Is China spending more on the ILRS than NASA is spending on Artemis?",  # no sum is given
        "Where will the Chang'e-6 spacecraft be launched from?",  # asks for a launch site, which none names
        "From which launch centre will Chang'e-7 lift off?",  # nor a launch centre
        "When is Russia's next Luna mission scheduled to launch?",  # the dates given are the ILRS's
        "When does NASA's Artemis program plan to land astronauts near the Moon's south pole?",  # June 2021 is the ILRS's
        "What launch year has been set for the Tianwen-3 Mars mission?",  # blind201 gz05: 2025 is Tianwen-2's
        "chang'e-7 launch year?",  # blind231 id19: "later in this decade" is no year
        "How old is Marco Aliberti, the ESPI fellow quoted by SpaceNews?",  # blind231 id20: "the two countries"
        "What exact launch date has CNSA set for Chang'e-6?",  # blind234 ig18: "the mid-2030s" is the ILRS's
        "Marco Aliberti's age?",  # blind244 iq14
        "weight of the pakistani cubesat going up on chang'e-6?",  # blind246 is19: the 10 kg is the rover's
        "Pakistani cubesat on Chang'e-6 — what's its mass?",  # blind250 iw04: the same, after a dash
        "exact launch date for chang'e-7?",  # blind250 iw13: "later in this decade" is no exact date
    ],
)
def test_on_topic_values_the_articles_never_give_are_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == ()


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "What choice does the European Space Policy Institute fellow say Beijing is facing?",
            "the European Space Policy Institute fellow",
        ),
        ("According to the UST piece, what does China want out of Russia?", "the UST piece"),
        ("What does the space news site claim China wants?", "the space news site"),
        ("Where was the roadmap signed, according to TIME?", "TIME"),
        ("How did the 2021 roadmap describe the partners?", ""),  # a document described is in the answer sentence
        ("Where was the congress held?", ""),
        ("In Marco Aliberti's view, what is the hard choice Beijing faces?", "Marco Aliberti"),
        ("Why, in TIME's assessment, might Beijing be reluctant?", "TIME"),
        ("What is China after, in the view of the UST article?", "the UST article"),
        ("As SpaceNews reported it, why wasn't Russia at the congress?", "SpaceNews"),
        ("As TIME puts it, what is China after?", "TIME"),
        ("As a result, what happened to the partnership?", ""),
        ("according to TIME what US moon program was China hoping to mirror", "TIME"),  # blind347 mp25: no comma
        ("according to ust_magazine what is china after", "ust_magazine"),
        ("according to the UST piece what is China after", "the UST piece"),
        ("Is the Long March 10 rocket super heavy?", ""),  # "per" ends a word here and names no source
        # blind368 nk21: accounts put together are the sources, as "according to" them
        (
            "Putting the TIME and ust_magazine accounts together, who is contributing to Chang'e-6?",
            "the TIME and ust_magazine accounts",
        ),
        ("Putting aside the rover, what else is on Chang'e-6?", ""),  # no accounts put together
        # blind233 if21: the words after "the piece about" pick the article, not the sentence
        (
            "how is that program described in the piece about China dropping Russia from its IAC slides?",
            "the piece about China dropping Russia from its IAC slides",
        ),
    ],
)
def test_the_speaker_a_question_quotes_is_found(question: str, speaker: str) -> None:
    assert attribution.source(question) == speaker


def test_accounts_put_together_are_read_as_according_to_them(seed: qa.Settings) -> None:
    question = "Putting the TIME and ust_magazine accounts together, who is contributing to Chang'e-6?"
    assert attribution.combined_as_according(question) == (
        "According to the TIME and ust_magazine accounts, who is contributing to Chang'e-6?"
    )
    answer = qa.ask(question, settings=seed)  # "putting" and "together" led retrieval to "put a cross on"
    assert not answer.refused
    assert {"Sweden", "Pakistani"} <= {w.strip(",.") for w in answer.text.split()}
    assert {c.outlet for c in answer.citations} >= {"TIME", "ust_magazine"}


def test_a_sentence_matching_only_the_speaker_does_not_outrank_the_quote(seed: qa.Settings) -> None:
    # The analyst is named in full one sentence before the quote, which calls him only "Aliberti".
    answer = qa.ask(
        "What does the European Space Policy Institute fellow say Beijing is increasingly confronted with?", settings=seed
    )
    assert "real partnership" in answer.text.split("[")[0]  # the quote leads the answer


@pytest.mark.parametrize(
    "question",
    [
        "How do the new slides describe the program's start instead of calling Russia a co-founder?",
        "How does China now describe the origins of the lunar base programme on its slides, instead of crediting Russia"
        " as co-founder?",
        "What line did China put on its lunar base slides this year in place of crediting Russia as co-founder?",
    ],
)
def test_words_naming_what_was_done_instead_do_not_choose_the_sentence(seed: qa.Settings, question: str) -> None:
    # The 2021 roadmap's sentence names Russia as a co-founder: the very thing the slides no longer do.
    answer = qa.ask(question, settings=seed)
    assert "launched in China in 2014" in answer.text.split("[")[0]


@pytest.mark.parametrize(
    "question",
    [
        "What two options did the ESPI analyst say Beijing faces regarding its relationship with Russia?",
        "According to the space policy analyst, what two options does Beijing have regarding its ties with Moscow?",
        "What choice does the European Space Policy Institute fellow say Beijing is increasingly facing over its ties"
        " with Moscow?",
        # "view" is the attribution, not a word to find: "China has a very realistic view of Russia" is no answer
        "In Marco Aliberti's view, what is the hard choice Beijing faces over Russia?",
    ],
)
def test_a_question_about_options_is_answered_by_the_sentence_that_weighs_them(seed: qa.Settings, question: str) -> None:
    # A related quote shares more words ("Moscow", "ties"); the answer is the one that names a dilemma.
    answer = qa.ask(question, settings=seed)
    assert "real partnership or drop it altogether" in answer.text.split("[")[0]


@pytest.mark.parametrize(
    ("question", "looks_ahead"),
    [
        ("Roughly when is the lunar base expected to be up and running?", True),
        ("When will Tianwen-4 launch?", True),
        ("By when is the station supposed to host crews?", True),
        ("When did China and Russia sign the agreement?", False),
        ("When was the roadmap signed?", False),
        ("Where is the base expected to be built?", False),  # not a date question
    ],
)
def test_a_date_question_about_what_is_to_come_is_recognised(question: str, looks_ahead: bool) -> None:
    assert (kinds.asked(question).kind == "date" and occasions.looks_ahead(question)) is looks_ahead


@pytest.mark.parametrize(
    ("sentence", "ahead"),
    [
        ("Its lunar base will be launched at the South Pole of our moon in the late 2030s.", True),
        ("The project hopes to host crewed lunar missions by the mid-2030s.", True),
        ("The stadium was scheduled to open in 1995.", True),  # told in the past, still a plan
        ("In June 2021 China and Russia announced bold plans for a joint station.", False),
        ("In March 2021 they signed a contract for a project which was to be called the ILRS.", False),
    ],
)
def test_a_sentence_speaking_of_what_is_to_come_is_recognised(sentence: str, ahead: bool) -> None:
    assert occasions.ahead(sentence) is ahead


def test_when_something_is_to_happen_is_not_answered_by_when_it_was_announced(seed: qa.Settings) -> None:
    # TIME's "in June 2021 ... announced bold plans" held the only date among the best sentences, so the
    # answer stopped there; a date told in the past does not say when the base will be running.
    answer = qa.ask("By roughly when is the joint lunar base expected to be up and running with crews?", settings=seed)
    assert not answer.refused and "by the mid-2030s" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Why did Russia not attend the astronautical congress in Paris?",
        "Why did Russia skip the astronautical congress in Paris?",
        # Its passage ranks sixth for this wording: a why-question reads three passages more than top_k.
        "Why was Russia absent from this year's astronautical congress in Paris?",
    ],
)
def test_a_why_question_gets_the_sentence_giving_the_reason(seed: qa.Settings, question: str) -> None:
    # The lead sentences match the congress and Paris better but give no reason; the one that says "because"
    # follows them even though it comes from an article already cited.
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and "invasion of Ukraine" in answer.text


@pytest.mark.parametrize(
    ("question", "thing", "words"),
    [
        ("Which rocket will launch Chang'e-7?", "rocket", {"rocket", "launcher", "booster", "vehicle"}),
        ("According to TIME, which Italian institute built it?", "institute", {"institute", "agency"}),
        ("Which NASA program is it compared with?", "program", {"program"}),
        # blind294 ko19: a clause of doing before the wh-word is set aside
        ("In comparing the ILRS, which NASA program do the reports bring up?", "program", {"program"}),
        ("What kind of probe is it?", "", set()),
        ("From which Chinese launch site will it lift off?", "launch site", {"spaceport", "cosmodrome"}),
        ("From which launch centre will Chang'e-7 lift off?", "launch centre", {"launch site", "spaceport"}),
    ],
)
def test_the_named_thing_asked_for_and_the_words_a_text_may_use_for_it(question: str, thing: str, words: set[str]) -> None:
    assert kinds.thing(question) == thing
    assert words <= (set(things.thing_group(thing)) if thing else set())


@pytest.mark.parametrize(
    ("question", "expansion"),
    [
        ("What does ILRS stand for?", "International Lunar Research Station"),
        ("What does CNSA stand for?", "National Space Administration"),
        # The initials are read once, with the attribution and the follow-up's "And" set aside; reading them
        # again from the raw question found none, and every sentence failed the check.
        ("According to TIME, what does ILRS stand for?", "International Lunar Research Station"),
        ("And what does CNSA stand for?", "National Space Administration"),
        ("What is the full name behind the ILRS acronym?", "International Lunar Research Station"),
        ("ILRS — what does it stand for?", "International Lunar Research Station"),  # blind320 lo05
        ("ILRS stands for what?", "International Lunar Research Station"),  # blind371 nn10: the question word last
    ],
)
def test_what_initials_stand_for_is_answered_first_by_the_name_they_abbreviate(
    seed: qa.Settings, question: str, expansion: str
) -> None:
    answer = qa.ask(question, settings=seed)
    first = answer.text.split("[1]")[0]
    assert expansion in first, answer.text


@pytest.mark.parametrize("question", ["What does the acronym ILRS stand for?", "What does the abbreviation ILRS stand for?"])
def test_every_article_spelling_out_the_initials_is_cited(seed: qa.Settings, question: str) -> None:
    # TIME and Futurism both spell out "International Lunar Research Station (ILRS)"; "acronym" and "stand" are
    # no words of either sentence and once kept Futurism's below the support bar (eq05, kw01 and seven more)
    answer = qa.ask(question, settings=seed)
    spelled = {c.article_id.split("_")[0] for c in answer.citations if "International Lunar Research Station" in c.text}
    assert spelled >= {"003", "000"}, answer.citations  # TIME's piece and the Futurism write-up
    # and nothing else: a sentence that only names the ILRS adds nothing to its spelling out
    assert all("International Lunar Research Station" in c.text for c in answer.citations), answer.text


def test_what_a_probe_is_to_do_when_it_launches_is_answered_by_its_plan(seed: qa.Settings) -> None:
    answer = qa.ask("What is Tianwen-2 supposed to do when it launches in 2025?", settings=seed)
    assert not answer.refused and "near-Earth asteroid" in answer.text


def test_an_asteroid_the_articles_never_name_is_refused(seed: qa.Settings) -> None:
    # the one sentence on it says only "a near-Earth asteroid"
    assert qa.ask("Which asteroid is Tianwen-2 targeting?", settings=seed).refused
    answer = qa.ask("Which Chinese mission will visit an asteroid?", settings=seed)
    assert not answer.refused and "Tianwen-2" in answer.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a name set before the question word does not hide what is asked
        ("And tianwen-4, when does that one launch?", "date"),
        ("Tianwen-3, where is that one going?", "place"),
        # a phrase that is no name is read whole, as before
        ("Apart from Sweden and France, who else has experiments flying on Chang'e-6?", ""),
        ("In 1974, what detective series debuted on ABC?", ""),
    ],
)
def test_a_topic_named_before_the_question_word_is_set_aside(question: str, kind: str) -> None:
    assert kinds.asked(question).kind == kind


def test_a_timeframe_asked_is_covered_by_the_sentence_holding_a_date(seed: qa.Settings) -> None:
    # blind269 jp13: "timeframe" met no word of "... launched at the South Pole of our moon in the late 2030s",
    # whose support fell short; a word asking for a time is what a dated sentence gives
    answer = qa.ask("what's the timeframe for the lunar base actually being up and running?", settings=seed)
    assert not answer.refused and "late 2030s" in answer.text
    assert dating.asking_terms("what's the timeframe for the base?") == {"timefram"}
    assert dating.asking_terms("On what date did the IAC in Paris open?") == set()  # "date" is no such word


@pytest.mark.parametrize(
    "question",
    [
        "TIME says Chang'e-6, 7 and 8 are uncrewed landings — when are they planned for?",  # blind376 ns26
        "When are Chang'e-6, -7 and -8 planned for?",
    ],
)
def test_members_listed_by_their_numbers_alone_are_all_asked(question: str) -> None:
    sentence = (
        "At the IAC session, China flung its doors open to international participation on its Chang’e-6, "
        "Chang’e-7, and Chang’e-8 missions—uncrewed landings on the moon planned for later in this decade."
    )
    assert facts.values(kinds.Asked("date"), sentence, question) == {"later in this decade"}


@pytest.mark.parametrize(
    ("query", "expanded"),
    [
        ("Which American lunar programme is the base compared to?", True),  # blind374 nq22
        ("Which US space program is it compared to?", True),
        ("Who is the third richest man in America?", False),  # SQuAD: NASA led it astray
        ("What did NASA's US lunar effort cost?", False),  # names NASA already
    ],
)
def test_americas_space_effort_is_looked_for_under_its_agency(query: str, expanded: bool) -> None:
    assert (parties.with_national_agency(query) == f"{query} NASA") is expanded


def test_the_american_programme_compared_is_nasas(seed: qa.Settings) -> None:
    answer = qa.ask("Which American lunar programme is the Chinese-Russian base compared to?", settings=seed)
    assert "Artemis" in answer.text.split("[1]")[0]


def test_initials_the_last_answer_spelled_out_are_still_answered(seed: qa.Settings) -> None:
    # blind383 nz04: the name in the earlier reply was taken for a value the question already held
    history = turns(
        (
            "According to TIME, where did China and Russia announce the ILRS?",
            "At a gathering of the International Astronautical Federation (IAF) in St. Petersburg, Russia, in June 2021.",
        )
    )
    answer = qa.ask("and what does IAF stand for?", history=history, settings=seed)
    assert not answer.refused and "International Astronautical Federation" in answer.text.split("[1]")[0]
