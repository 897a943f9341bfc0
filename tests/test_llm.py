"""Written answers against a real model: llama.cpp's OpenAI-compatible server with SmolLM2-135M-Instruct, on loopback.

The model is tiny and writes poorly on purpose: whatever it writes, the answer keeps the invariant (every marker
resolves, every citation is used and is exact article text). A counting proxy in front of the server shows when
tokens are spent; fakes (named as such in tests/llm_servers.py) stand in only for servers that misbehave on cue.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

import qa
from qa import citecheck, cli, followup, generate, llm
from qa.chunking import count_tokens
from qa.history import parse_history
from qa.types import Answer
from tests.conftest import DATA
from tests.llm_servers import (
    MODEL_ALIAS,
    CountingProxy,
    LlamaServer,
    broken_server,
    counting_proxy,
    free_port,
    llama_server,
    silent_server,
)
from tests.test_app import running_app
from tests.test_browser import WATCH_STREAMING, Reader, browser  # noqa: F401 - browser is a fixture
from tests.test_citecheck import assert_answer_invariant

pytestmark = pytest.mark.llm

MAX_TOKENS = 96  # short answers keep the suite quick; the checks do not depend on length
QUESTION = "What will Tianwen-4 explore?"
UNANSWERABLE = "Who won the 2022 FIFA World Cup?"
FOLLOW_UP = (
    "Which part of the Moon will it land on?",
    [
        {"role": "user", "content": "Tell me about Chang'e-7."},
        {"role": "assistant", "content": "Chang'e-7 is an upcoming Chinese lunar mission that China has opened up to partners."},
    ],
)


def spec(url: str) -> str:
    return f"openai-like:{MODEL_ALIAS}@{url}"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    with llama_server(tmp_path_factory.mktemp("llm")) as running:
        yield running


@pytest.fixture(scope="module")
def module_proxy(server: LlamaServer) -> Iterator[CountingProxy]:
    with counting_proxy(server.url) as proxy:
        yield proxy


@pytest.fixture
def proxy(module_proxy: CountingProxy) -> CountingProxy:
    module_proxy.reset()
    return module_proxy


@pytest.fixture
def written(seed: qa.Settings, proxy: CountingProxy) -> qa.Settings:
    """The seed index, answered by the real model through the counting proxy (greedy: the same text every run)."""
    return seed.replace(llm=spec(proxy.url), llm_max_tokens=MAX_TOKENS, llm_timeout=120.0, llm_temperature=0.0)


def messages_of(request: object) -> list[dict[str, str]]:
    return json.loads(request.body)["messages"]  # type: ignore[attr-defined]


def sources_in(prompt: str) -> int:
    """How many source blocks a prompt holds (their opening lines; the header only names the fence)."""
    return len(re.findall(r"^<<<SOURCE \d+$", prompt, re.MULTILINE))


def final(events: list[str | Answer]) -> Answer:
    assert isinstance(events[-1], Answer) and all(isinstance(e, str) for e in events[:-1])
    return events[-1]


# -- the happy path -----------------------------------------------------------------------------------------------


def written_or_said_why(answer: Answer) -> bool:
    """The model's checked text, or the extractive answer with the reason the model's text was not usable."""
    return answer.mode == "llm" or answer.notice == NO_USABLE_TEXT


NO_USABLE_TEXT = "The model wrote no usable answer; showing the extractive answer instead."


def test_ask_sends_the_sources_and_the_question_through_the_openai_like_backend(
    written: qa.Settings, proxy: CountingProxy
) -> None:
    answer = qa.ask(QUESTION, settings=written)
    assert written_or_said_why(answer) and not answer.refused, answer
    assert_answer_invariant(answer, written)
    (request,) = proxy.completions()
    body = json.loads(request.body)
    assert body["model"] == MODEL_ALIAS and body["stream"] is True and body["max_tokens"] == MAX_TOKENS
    system, user = messages_of(request)
    assert system["role"] == "system" and "The articles don't cover this." in system["content"]
    assert sources_in(user["content"]) == written.top_k and f"Question: {QUESTION}" in user["content"]


def test_stream_yields_text_deltas_then_the_final_answer_that_replaces_them(written: qa.Settings) -> None:
    events = list(qa.stream(QUESTION, settings=written))
    answer = final(events)
    deltas = events[:-1]
    assert len(deltas) >= 2 and "".join(deltas).strip()  # it really streamed, token by token
    assert written_or_said_why(answer) and answer.latency_ms > 0
    assert_answer_invariant(answer, written)


SEED_QUESTIONS = [
    "Which organisation held the 2021 gathering in St. Petersburg where China and Russia unveiled their lunar station plans?",
    "Why didn't Russia attend the congress in Paris, according to the SpaceNews report?",
    "What is the Chang'e-8 mission going to attempt on the Moon?",
    "What is Pakistan sending up on the Chang'e-6 mission?",
    "When are the Chang'e-6, -7 and -8 landings expected to take place?",
    "Who is Marco Aliberti?",
]


def test_whatever_the_tiny_model_writes_every_answer_keeps_the_invariant(written: qa.Settings) -> None:
    answers = [qa.ask(question, settings=written) for question in SEED_QUESTIONS]
    for answer in answers:
        assert_answer_invariant(answer, written)
        assert written_or_said_why(answer) or answer.refused
        assert not answer.refused or not answer.citations
    # The model's own sentences made it into answers, each marker checked against the passage it names.
    assert any(a.mode == "llm" and a.citations for a in answers)
    for answer in (a for a in answers if a.mode == "llm"):
        assert all(c.score >= citecheck.THRESHOLD for c in answer.citations)


def test_a_follow_up_is_condensed_into_a_standalone_question_before_retrieval(written: qa.Settings, proxy: CountingProxy) -> None:
    question, history = FOLLOW_UP
    answer = qa.ask(question, history, settings=written)
    assert_answer_invariant(answer, written)
    condense, *rest = proxy.completions()
    (prompt,) = messages_of(condense)
    assert "User: Tell me about Chang'e-7." in prompt["content"] and f"Follow-up question: {question}" in prompt["content"]
    assert answer.query and answer.question == question
    if rest:  # the model answers the standalone question: its rewrite, or the follow-up itself when it was unusable
        prompt = messages_of(rest[0])[1]["content"]
        assert f"Question: {answer.query}" in prompt or (f"Question: {question}" in prompt and "Chang'e-7" in answer.query)


OFFLINE = "the offline fold of qa.followup"


def sse(text: str) -> bytes:
    """One streamed chat completion that says ``text``, as an OpenAI-compatible server sends it."""
    chunk = {
        "id": "x",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "m",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
    }
    return f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()


@pytest.mark.parametrize(
    ("rewrite", "query"),
    [
        ("Which part of the Moon will Chang'e-7 land on?", "Which part of the Moon will Chang'e-7 land on?"),
        ("Standalone question: Which part of the Moon will Chang'e-7 land on?", "Which part of the Moon will Chang'e-7 land on?"),
        ("Sure! Here it is:\nWhich part of the Moon will Chang'e-7 land on?", "Which part of the Moon will Chang'e-7 land on?"),
        ("The following is a follow-up question:", OFFLINE),
        ("Chang'e-7 is a Chinese lunar mission.", OFFLINE),
        ("What is Chang'e-7?", OFFLINE),
    ],
    ids=["question", "prefixed", "after-a-preamble", "preamble-only", "an-answer-not-a-question", "drops-the-question"],
)
def test_a_rewrite_is_used_only_when_it_is_a_standalone_version_of_the_follow_up(
    seed: qa.Settings, rewrite: str, query: str
) -> None:
    """A fake server says ``rewrite`` (a real model cannot be made to say a chosen text); unusable ones fold offline."""
    question, history = FOLLOW_UP
    if query == OFFLINE:
        query = followup.fold(question, parse_history(history))[0]
    with broken_server(200, "text/event-stream", sse(rewrite)) as fake:
        answer = qa.ask(question, history, settings=seed.replace(llm=spec(fake.url)))
    assert answer.query == query and fake.hits
    assert_answer_invariant(answer, seed)


def test_a_question_that_stands_alone_is_not_condensed(written: qa.Settings, proxy: CountingProxy) -> None:
    _, history = FOLLOW_UP
    answer = qa.ask(QUESTION, history, settings=written)
    assert answer.query == QUESTION and len(proxy.completions()) == 1  # the answer only


def test_without_a_model_a_follow_up_is_folded_offline(seed: qa.Settings) -> None:
    question, history = FOLLOW_UP
    answer = qa.ask(question, history, settings=seed)
    assert answer.mode == "extractive" and "Chang'e-7" in answer.query and "South Pole" in answer.text


# -- no evidence, no call; the context budget ---------------------------------------------------------------------


def test_an_unanswerable_question_is_refused_without_asking_the_model(written: qa.Settings, proxy: CountingProxy) -> None:
    answer = qa.ask(UNANSWERABLE, settings=written)
    assert answer.refused and answer.citations == () and answer.mode == "llm"
    assert proxy.requests == []  # not a single request: no tokens spent


def test_sources_are_fitted_to_the_context_window_weakest_dropped_first(written: qa.Settings, proxy: CountingProxy) -> None:
    small = written.replace(llm_max_tokens=256, llm_context_window=1200)
    answer = qa.ask(QUESTION, settings=small, top_k=8)
    assert_answer_invariant(answer, small)
    system, user = messages_of(proxy.completions()[0])
    kept = sources_in(user["content"])
    assert 1 <= kept < 8
    assert count_tokens(system["content"]) + count_tokens(user["content"]) <= generate.budget(llm.model_for(small))
    # With the default window all eight fit.
    proxy.reset()
    qa.ask(QUESTION, settings=written, top_k=8)
    assert sources_in(messages_of(proxy.completions()[0])[1]["content"]) == 8


# -- failures end in the extractive answer with a notice ----------------------------------------------------------


def test_killing_the_server_mid_stream_falls_back_to_the_extractive_answer(seed: qa.Settings, tmp_path: Path) -> None:
    with llama_server(tmp_path) as doomed:
        settings = seed.replace(llm=spec(doomed.url), llm_max_tokens=400, llm_timeout=60.0)
        events: list[str | Answer] = []
        started = time.monotonic()
        for event in qa.stream("Tell me about China's deep space missions and its lunar base plans.", settings=settings):
            events.append(event)
            if isinstance(event, str) and doomed.process.poll() is None:
                doomed.kill()  # first words on screen, then the server dies
    answer = final(events)
    assert len(events) >= 2, "the server was killed before it wrote anything"
    assert answer.mode == "extractive" and not answer.refused and answer.citations
    assert "midway through its answer" in answer.notice and "showing the extractive answer" in answer.notice
    assert_answer_invariant(answer, settings)
    assert time.monotonic() - started < 60


def test_a_server_that_never_answers_hits_the_timeout_once(seed: qa.Settings) -> None:
    with silent_server() as url:
        settings = seed.replace(llm=spec(url), llm_timeout=3.0)
        started = time.monotonic()
        answer = final(list(qa.stream(QUESTION, settings=settings)))
        elapsed = time.monotonic() - started
    assert answer.mode == "extractive" and "Jupiter and Uranus" in answer.text
    assert "did not answer within 3s (QA_LLM_TIMEOUT)" in answer.notice
    assert 3 <= elapsed < 20  # one timeout, not one per retry


def test_connection_refused_is_retried_with_backoff_then_falls_back(seed: qa.Settings) -> None:
    settings = seed.replace(llm=spec(f"http://127.0.0.1:{free_port()}/v1"))
    started = time.monotonic()
    answer = qa.ask(QUESTION, settings=settings)
    assert answer.mode == "extractive" and "could not be reached after 3 attempts" in answer.notice
    assert time.monotonic() - started >= llm.BACKOFF * 3  # 0.5 s, then 1 s, between the three attempts


def test_a_busy_server_is_retried_and_then_answers(written: qa.Settings, proxy: CountingProxy) -> None:
    proxy.fail_next = 2  # two HTTP 503s, then the real server
    answer = qa.ask(QUESTION, settings=written)
    assert written_or_said_why(answer) and "503" not in answer.notice
    assert len(proxy.completions()) == 3


EMPTY_STREAM = (
    b'data: {"id":"x","object":"chat.completion.chunk","created":0,"model":"m",'
    b'"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n'
)


@pytest.mark.parametrize(
    ("status", "content_type", "body", "notice", "attempts"),
    [
        (500, "application/json", b'{"error": {"message": "boom"}}', "failed with HTTP 500 after 3 attempts", 3),
        (502, "text/html", b"<html>Bad gateway</html>", "failed with HTTP 502 after 3 attempts", 3),
        (200, "text/event-stream", b"data: {not json\n\n", "sent a malformed reply after 3 attempts", 3),
        (200, "text/event-stream", EMPTY_STREAM, "sent an empty reply after 3 attempts", 3),
        (404, "application/json", b'{"error": {"message": "model not found"}}', "refused the request (HTTP 404", 1),
    ],
    ids=["http-500", "http-502-html", "malformed", "empty", "http-404-not-retried"],
)
def test_a_broken_server_ends_in_the_extractive_answer_with_a_notice(
    seed: qa.Settings, status: int, content_type: str, body: bytes, notice: str, attempts: int
) -> None:
    with broken_server(status, content_type, body) as fake:
        answer = qa.ask(QUESTION, settings=seed.replace(llm=spec(fake.url)))
    assert answer.mode == "extractive" and "Jupiter and Uranus" in answer.text
    assert notice in answer.notice and answer.notice.endswith("showing the extractive answer instead.")
    assert len(fake.hits) == attempts


def test_the_cli_prints_the_fallback_answer_and_a_warning_and_exits_0(
    seed: qa.Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QA_CORPUS_DIR", str(seed.corpus_dir))
    monkeypatch.setenv("QA_INDEX_DIR", str(seed.index_dir))
    monkeypatch.setenv("QA_LLM", spec(f"http://127.0.0.1:{free_port()}/v1"))
    assert cli.main(["ask", QUESTION]) == 0
    out, err = capsys.readouterr()
    assert "Jupiter and Uranus [1]." in out
    assert err.startswith("qa: warning: the model openai-like:smollm2@") and "could not be reached" in err


def test_qa_eval_runs_in_llm_mode_against_the_server(
    proxy: CountingProxy, tiny_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QA_CORPUS_DIR", str(tiny_corpus))
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("QA_LLM", spec(proxy.url))
    monkeypatch.setenv("QA_LLM_MAX_TOKENS", str(MAX_TOKENS))
    assert cli.main(["eval", "--questions", str(DATA / "questions.jsonl"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["results"]) == 7 and "answer_accuracy" in data["summary"]
    saved = json.loads((Path(data["report"]) / "report.json").read_text(encoding="utf-8"))
    assert saved["run"]["settings"]["llm"] == spec(proxy.url)  # the report says which model answered
    asked = len(proxy.completions())
    assert 1 <= asked <= 8  # the answerable questions (and the warm-up); refusals cost no request


# -- configuration ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        ("gpt-4o-mini", "is not understood"),
        ("anthropic:claude", "is not understood"),
        ("openai:", "is not understood"),
        ("openai-like:qwen", "needs the server's base URL"),
        ("openai-like:qwen@127.0.0.1:8000", "must start with http://"),
        ("ollama:@http://127.0.0.1:11434", "names no model"),
    ],
)
def test_a_malformed_qa_llm_is_one_line_naming_the_forms(value: str, complaint: str) -> None:
    with pytest.raises(qa.ConfigError) as caught:
        qa.ask(QUESTION, settings=qa.Settings(llm=value))
    assert complaint in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("openai:gpt-4o-mini", llm.Backend("openai", "gpt-4o-mini")),
        ("ollama:llama3.1", llm.Backend("ollama", "llama3.1", "http://localhost:11434")),
        ("ollama:llama3.1:8b@http://127.0.0.1:11500/", llm.Backend("ollama", "llama3.1:8b", "http://127.0.0.1:11500")),
        (
            "openai-like:Qwen2.5-7B-Instruct@http://127.0.0.1:8000/v1",
            llm.Backend("openai-like", "Qwen2.5-7B-Instruct", "http://127.0.0.1:8000/v1"),
        ),
    ],
)
def test_the_documented_qa_llm_forms_parse(value: str, parsed: llm.Backend) -> None:
    assert llm.parse_spec(value) == parsed


def test_openai_without_a_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(qa.ConfigError, match=r"^QA_LLM=openai:gpt-4o-mini needs OPENAI_API_KEY"):
        qa.ask(QUESTION, settings=qa.Settings(llm="openai:gpt-4o-mini"))


@pytest.mark.parametrize(
    ("value", "module", "extra"),
    [
        ("ollama:llama3.1", "llama_index.llms.ollama", "ollama"),
        ("openai-like:m@http://127.0.0.1:9/v1", "llama_index.llms.openai_like", "openai"),
    ],
)
def test_a_missing_extra_is_one_line_naming_it(monkeypatch: pytest.MonkeyPatch, value: str, module: str, extra: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # how Python reports a package that is not installed
    llm._cached.cache_clear()
    with pytest.raises(qa.ConfigError, match=rf"needs the '{extra}' extra: pip install -e '\.\[{extra}\]'"):
        qa.ask(QUESTION, settings=qa.Settings(llm=value))
    llm._cached.cache_clear()


def test_asking_for_llm_mode_without_a_model_says_how_to_configure_one(seed: qa.Settings) -> None:
    with pytest.raises(qa.ConfigError, match="set QA_LLM"):
        qa.ask(QUESTION, settings=seed, mode="llm")
    assert qa.ask(QUESTION, settings=seed.replace(llm=spec("http://127.0.0.1:9/v1")), mode="extractive").mode == "extractive"


# -- the browser chat ---------------------------------------------------------------------------------------------


@pytest.mark.browser
def test_the_browser_chat_switches_between_extractive_and_written_answers(
    server: LlamaServer,
    browser: Browser,  # noqa: F811 - the fixture imported from tests.test_browser
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    env = {"QA_LLM": spec(server.url), "QA_LLM_MAX_TOKENS": str(MAX_TOKENS)}
    with running_app(tmp_path_factory.mktemp("llm-app"), env=env) as app:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        reader = Reader(page)
        page.on("request", lambda request: reader.urls.append(request.url))
        page.add_init_script(WATCH_STREAMING)
        page.goto(app.url)
        settings = page.locator("#qa-settings")
        settings.get_by_text("Settings").click()
        expect(settings.get_by_role("radio")).to_have_count(2)  # a model is configured: both modes on offer
        expect(settings.get_by_label("extractive")).to_be_checked()

        settings.get_by_label("llm").check()
        turn = reader.ask(QUESTION)
        # The model's own deltas were on screen before the checked answer replaced them.
        assert len(page.evaluate("window.__qaPartials")) >= 2
        expect(turn.locator(".qa-done")).to_be_visible()
        cards, markers = turn.locator(".qa-source").count(), turn.locator(".qa-answer .qa-text button.qa-cite")
        assert {int(n) for n in markers.evaluate_all("els => els.map(e => e.dataset.n)")} == set(range(1, cards + 1))
        expect(turn.locator(".qa-unresolved")).to_have_count(0)

        settings.get_by_label("extractive").check()
        turn = reader.ask(QUESTION)
        assert "Jupiter and Uranus [1]." in turn.locator(".qa-answer .qa-text").inner_text()
        assert reader.offsite() == [] and not app.guard_log.exists()
        context.close()
