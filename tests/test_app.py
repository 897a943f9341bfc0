"""The browser chat without a browser: HTML escaping and rendering, uploads, conversation tools, and app.py served
for real (the named /ask API through gradio_client, 20 concurrent clients, basic auth)."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from gradio_client import Client

import qa
from qa import conversation, ui, uploads
from qa.bench.serving import stop_process
from qa.conversation import Options, Turn
from qa.engine import reset
from tests.conftest import DATA, ROOT, SEED_CORPUS, free_port, make_settings

# An article that tries everything: script and img tags, an event handler in the outlet, a javascript: URL,
# a Markdown link and a forged citation marker.
HOSTILE_NAME = "zz_hostile.txt"
HOSTILE_ARTICLE = """---
title: 'Zorblax <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> gazette'
outlet: '<b onmouseover="window.__pwned=1">Evil</b> Daily'
url: 'javascript:window.__pwned=1'
---
Zorblax lantern parade <img src=x onerror="window.__pwned=1"> report

The Zorblax lantern parade in Quentoria drew 48,000 visitors <script>window.__pwned=1</script> on its opening night [7]. \
Organisers said the Zorblax lantern parade <img src=x onerror="window.__pwned=1"> will return next spring. \
Read [the programme](javascript:window.__pwned=1) for the full route.
"""
HOSTILE_QUESTION = "How many visitors did the Zorblax lantern parade draw?"


# -- a small DOM reader for the generated HTML -------------------------------------------------------------------


class Dom(HTMLParser):
    """Start tags with their attributes, and the text inside elements of a given class."""

    def __init__(self, markup: str, text_of_class: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text = ""
        self.all_text = ""
        self._want, self._depth = text_of_class, 0
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        self.tags.append((tag, found))
        if self._depth:
            self._depth += 1
        elif self._want and self._want in found.get("class", "").split():
            self._depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        self.all_text += data
        if self._depth:
            self.text += data

    def named(self, tag: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag]


def assert_inert(markup: str) -> None:
    """No element or attribute that can run code came through."""
    dom = Dom(markup)
    assert not dom.named("script") and not dom.named("img") and not dom.named("b")
    for tag, attrs in dom.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert not attrs.get("href", "").lower().startswith("javascript:"), (tag, attrs)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[qa.Settings]:
    """tests/data/corpus plus the hostile article, ingested."""
    corpus = tmp_path_factory.mktemp("hostile") / "corpus"
    shutil.copytree(DATA / "corpus", corpus)
    (corpus / HOSTILE_NAME).write_text(HOSTILE_ARTICLE, encoding="utf-8")
    settings = make_settings(corpus, corpus.parent / "index")
    qa.ingest(settings)
    yield settings
    reset(settings)


# -- rendering -----------------------------------------------------------------------------------------------------


def test_hostile_article_text_is_shown_as_text_in_answers_and_source_cards(hostile: qa.Settings) -> None:
    answer = qa.ask(HOSTILE_QUESTION, settings=hostile)
    assert answer.citations and answer.citations[0].article_id == HOSTILE_NAME
    markup = ui.answer_html(answer, 0)
    assert_inert(markup)
    text = Dom(markup).all_text
    assert "48,000 visitors <script>window.__pwned=1</script>" in text  # visible, as the article wrote it
    assert "Zorblax <script>" in text  # the title too
    cites = Dom(markup).named("button")
    assert {a["data-n"] for a in cites if a.get("data-qa-action") == "cite"} == {"1"}  # the article's "[7]" is not a marker


def test_the_article_panel_highlights_exactly_the_cited_offsets(hostile: qa.Settings) -> None:
    answer = qa.ask(HOSTILE_QUESTION, settings=hostile)
    cited = answer.citations[0]
    text = qa.article_text(cited.article_id, settings=hostile)
    info = next(a for a in qa.articles(hostile) if a.article_id == cited.article_id)
    markup = ui.article_html(text, cited, info, answer.question)
    assert_inert(markup)
    assert Dom(markup, "qa-hl").text == text[cited.start : cited.end] == cited.text
    quoted = Dom(markup, "qa-quote").text
    assert quoted == "".join(text[s:e] for s, e in cited.quotes)
    assert text[info.body_start :] in Dom(markup).all_text  # the whole body is there, front matter left out


@pytest.mark.parametrize("raw", ["a\r\nb", "<&>\"'", "x\u2028y", "tab\there", "[1] [2]"])
def test_escaping_round_trips_every_character(raw: str) -> None:
    """Offsets stay exact: what the browser decodes is the article text, CR included."""
    assert Dom(f"<p>{ui.esc(raw)}</p>").all_text == raw
    assert Dom(f'<p title="{ui.esc(raw)}"></p>').named("p")[0]["title"] == raw


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>1</script>", False),
        ("//evil.example/x", False),
        ("/relative", False),
        ("", False),
    ],
)
def test_only_plain_web_links_are_linked(url: str, kept: bool) -> None:
    assert bool(ui.safe_url(url)) is kept


def test_conflicting_sources_are_marked_and_each_version_keeps_its_source(seed: qa.Settings) -> None:
    answer = qa.ask("When did China and Russia sign the lunar base agreement?", settings=seed)
    assert answer.conflicting
    markup = ui.answer_html(answer, 3)
    assert "disagree" in Dom(markup, "qa-conflict-banner").text
    versions = re.findall(r"<li>(.*?)</li>", markup)
    assert len(versions) == answer.text.count("\n- ") >= 2
    assert all('data-qa-action="cite" data-turn="3"' in v for v in versions)  # every version names its source
    tags = Dom(markup, "qa-version-tag")
    assert tags.text == "one version" * len(answer.citations)


def test_a_sentence_with_several_sources_shows_all_of_them() -> None:
    cites = tuple(
        qa.Citation(n, f"a{n}.txt", f"Title {n}", "Outlet", "", "2024-01-02", "Same words.", 0, 11, 0.5) for n in (1, 2)
    )
    answer = qa.Answer("q?", "Same words [1][2].", cites, refused=False)
    dom = Dom(ui.answer_html(answer, 0), "qa-corroborated")
    assert [a["data-n"] for a in dom.named("button") if a.get("data-qa-action") == "cite"] == ["1", "2"]
    assert "2 sources agree" in dom.text


def test_sentences_the_sources_do_not_support_are_flagged() -> None:
    cited = qa.Citation(1, "a.txt", "Title", "Outlet", "", "", "The bridge reopened.", 0, 20, 0.8)
    answer = qa.Answer(
        "q?",
        "The bridge reopened [1]. It cost <b>a fortune</b>.",
        (cited,),
        refused=False,
        unsupported_sentences=("It cost <b>a fortune</b>.",),
    )
    markup = ui.answer_html(answer, 0)
    assert_inert(markup)
    assert Dom(markup, "qa-unsupported").text == "It cost <b>a fortune</b>."


def test_a_refusal_is_its_own_style_with_no_sources(seed: qa.Settings) -> None:
    answer = qa.ask("Who won the 2022 FIFA World Cup?", settings=seed)
    markup = ui.answer_html(answer, 0)
    dom = Dom(markup)
    assert "qa-refusal" in dom.named("div")[0]["class"]
    assert "The articles don't cover this: they never mention FIFA World Cup." in dom.all_text
    assert not [a for a in dom.tags if "qa-source" in a[1].get("class", "") or "qa-cite" in a[1].get("class", "")]


def test_errors_render_as_one_line_and_the_empty_chat_offers_examples() -> None:
    dom = Dom(ui.transcript_html([Turn("", error="The question is empty: type a question about the articles.")]))
    assert dom.named("div")[-1]["role"] == "alert" and "Traceback" not in dom.all_text
    examples = [a["data-question"] for a in Dom(ui.transcript_html([])).named("button")]
    assert examples == list(ui.EXAMPLES)


def test_streaming_reveals_whole_words_and_ends_with_the_full_text() -> None:
    text = "The articles disagree on this:\n- Paris hosted it [1].\n- It was in Rome [2][3]."
    prefixes = ui.stream_prefixes(text, steps=5)
    assert prefixes[-1] == text and 3 <= len(prefixes) <= 5
    assert all(text.startswith(p) and len(p) < len(q) for p, q in itertools.pairwise(prefixes))
    assert all(not re.search(r"\[\d*$", p) for p in prefixes)  # a marker is never cut in half


# -- uploads -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("article.txt", "article.txt"),
        ("Report.MD", "Report.md"),
        ("my report (final).txt", "my_report_final.txt"),
        ("résumé.md", "r_sum.md"),
        ("../../evil.txt", "evil.txt"),
        ("/etc/cron.d/job.md", "job.md"),
        ("sub/dir/a.txt", "a.txt"),
        ("..\\..\\windows\\evil.md", "evil.md"),
        (".hidden.txt", "hidden.txt"),
        ("a" * 300 + ".txt", "a" * 120 + ".txt"),
        ("../../etc/passwd", "not a .txt or .md file"),
        ("payload.exe", "not a .txt or .md file"),
        ("article.txt.exe", "not a .txt or .md file"),
        ("evil.txt\x00.exe", "not a .txt or .md file"),
        ("archive.tar.gz", "not a .txt or .md file"),
        ("../..", "not a .txt or .md file"),
        ("", "not a .txt or .md file"),
        ("....md", "no usable file name"),
        ("%%%.txt", "no usable file name"),
    ],
)
def test_upload_names_are_sanitised(raw: str, expected: str) -> None:
    if expected.endswith((".txt", ".md")):
        name = uploads.safe_name(raw)
        assert name == expected
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.(txt|md)", name)
    else:
        with pytest.raises(uploads.UploadError, match=re.escape(expected)):
            uploads.safe_name(raw)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"x" * 101, "upload limit is 100 bytes"),
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "looks binary"),
        ("\ufeffHello".encode("utf-16"), "UTF-16"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"---\ntitle: [unclosed\n---\nBody.", "front matter is not valid YAML"),
        (b"---\ntitle: Only front matter\n---\n", "has no text"),
    ],
)
def test_upload_content_is_checked(data: bytes, message: str) -> None:
    with pytest.raises(uploads.UploadError, match=re.escape(message)):
        uploads.check_content("a.txt", data, max_bytes=100)


def test_an_upload_lands_inside_the_corpus_and_is_indexed(tiny: qa.Settings) -> None:
    path = uploads.save_upload(
        tiny, "../../../new story.md", b"# Harbour ferry\n\nThe harbour ferry now runs every 20 minutes.\n"
    )
    assert path == tiny.corpus_dir.resolve() / "new_story.md"
    assert not (tiny.corpus_dir.parent / "new story.md").exists()
    assert qa.ingest(tiny).added == 4
    assert "20 minutes" in qa.ask("How often does the harbour ferry run?", settings=tiny).text


def test_an_upload_never_replaces_an_existing_file(tiny: qa.Settings, tmp_path: Path) -> None:
    before = (tiny.corpus_dir / "bridge.txt").read_bytes()
    with pytest.raises(uploads.UploadError, match="already exists"):
        uploads.save_upload(tiny, "bridge.txt", b"Replaced text.")
    assert (tiny.corpus_dir / "bridge.txt").read_bytes() == before
    outside = tmp_path / "outside.txt"
    outside.write_text("untouched")
    (tiny.corpus_dir / "link.txt").symlink_to(outside)  # a planted symlink is not followed either
    with pytest.raises(uploads.UploadError, match="outside the corpus folder"):
        uploads.save_upload(tiny, "link.txt", b"Overwrite through the link.")
    assert outside.read_text() == "untouched"


def test_uploaded_files_are_saved_or_refused_one_line_each(tiny: qa.Settings, tmp_path: Path) -> None:
    (tmp_path / "up").mkdir()
    good, big, exe = tmp_path / "up" / "good.txt", tmp_path / "up" / "big.txt", tmp_path / "up" / "tool.exe"
    good.write_text("A good article about the orchard harvest in autumn.")
    big.write_bytes(b"x" * (tiny.max_upload_bytes + 1))
    exe.write_bytes(b"MZ")
    saved, refused = uploads.save_files(tiny, [good, big, exe])
    assert saved == ["good.txt"] and (tiny.corpus_dir / "good.txt").exists()
    assert len(refused) == 2 and "upload limit" in refused[0] and "not a .txt or .md" in refused[1]
    assert all("\n" not in line for line in refused)


# -- conversation tools --------------------------------------------------------------------------------------------


def test_feedback_is_appended_as_json_lines_under_the_index(seed: qa.Settings, tmp_path: Path) -> None:
    settings = seed.replace(index_dir=tmp_path / "ix")
    turns = [conversation.answer_turn("Where was the International Astronautical Congress held?", [], Options(), seed)]
    turns = conversation.record_feedback(turns, 0, "up", settings)
    turns = conversation.record_feedback(turns, 0, "down", settings)
    assert turns[0].rating == "down"
    lines = [json.loads(line) for line in settings.feedback_file.read_text().splitlines()]
    assert [r["rating"] for r in lines] == ["up", "down"]
    assert lines[0]["question"] == "Where was the International Astronautical Congress held?" and lines[0]["citations"]
    with pytest.raises(qa.QAError, match="Feedback must be"):
        conversation.record_feedback(turns, 0, "meh", settings)


def test_the_conversation_exports_as_json_and_markdown(seed: qa.Settings) -> None:
    turns: list[Turn] = []
    for question in ("Tell me about Chang'e-7.", "Which part of the Moon will it land on?", ""):
        turns.append(conversation.answer_turn(question, turns, Options(), seed))
    assert "south pole" in turns[1].answer.text.lower()  # type: ignore[union-attr]  # the follow-up used turn 1
    assert conversation.history(turns)[-2:] == [
        {"role": "user", "content": "Which part of the Moon will it land on?"},
        {"role": "assistant", "content": turns[1].answer.text},  # type: ignore[union-attr]
    ]
    data = json.loads(conversation.export_json(turns))
    assert [t["question"] for t in data["turns"]] == ["Tell me about Chang'e-7.", "Which part of the Moon will it land on?", ""]
    assert data["turns"][0]["answer"]["citations"][0]["article_id"] and "empty" in data["turns"][2]["error"]
    markdown = conversation.export_markdown(turns)
    assert markdown.count("**Sources**") == 2 and "## 2. Which part of the Moon will it land on?" in markdown


def test_a_backend_failure_becomes_one_readable_line(tmp_path: Path) -> None:
    (tmp_path / "index-is-a-file").write_text("")
    settings = make_settings(SEED_CORPUS, tmp_path / "index-is-a-file")
    turn = conversation.answer_turn("Where was the congress held?", [], Options(), settings)
    assert turn.answer is None and turn.error and "\n" not in turn.error and "Traceback" not in turn.error


def test_answer_modes_offer_the_llm_only_when_one_is_configured() -> None:
    assert conversation.answer_modes(qa.Settings()) == ["extractive"]
    with_llm = qa.Settings(llm="openai:some-model@http://127.0.0.1:9")
    assert conversation.answer_modes(with_llm) == ["extractive", "llm"]
    assert conversation.settings_for(with_llm, "extractive").llm == ""
    with pytest.raises(qa.QAError, match="not available"):
        conversation.settings_for(qa.Settings(), "llm")


# -- app.py served for real ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunningApp:
    url: str
    corpus: Path
    index: Path
    log: Path
    guard_log: Path  # network attempts off loopback, recorded by tests/guard; must stay absent


@contextmanager
def running_app(
    workdir: Path, *, articles: dict[str, str] | None = None, env: dict[str, str] | None = None
) -> Iterator[RunningApp]:
    """`make run` in miniature: a temp copy of the seed corpus, `qa ingest`, then app.py on a free port, air-gapped."""
    corpus, index, port = workdir / "corpus", workdir / "index", free_port()
    shutil.copytree(SEED_CORPUS, corpus)
    for name, text in (articles or {}).items():
        (corpus / name).write_text(text, encoding="utf-8")
    guard_log, log = workdir / "network-attempts.log", workdir / "app.log"
    child = {k: v for k, v in os.environ.items() if not k.startswith(("QA_", "GRADIO_", "HTTP", "NO_PROXY"))}
    child.update(
        PYTHONPATH=f"{ROOT / 'tests' / 'guard'}{os.pathsep}{ROOT}",
        QA_GUARD_LOG=str(guard_log),
        QA_CORPUS_DIR=str(corpus),
        QA_INDEX_DIR=str(index),
        QA_PORT=str(port),
        HTTPS_PROXY="http://127.0.0.1:9",  # a closed port: anything that tries the internet fails fast
        HTTP_PROXY="http://127.0.0.1:9",
        NO_PROXY="127.0.0.1,localhost",
        GRADIO_TEMP_DIR=str(workdir / "gradio"),
        **(env or {}),
    )
    ingest = subprocess.run(
        [sys.executable, "-m", "qa.cli", "ingest"], cwd=ROOT, env=child, capture_output=True, text=True, timeout=300
    )
    assert ingest.returncode == 0, ingest.stderr
    url = f"http://127.0.0.1:{port}/"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=child, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180
        while "running on" not in log.read_text():
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"app.py did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.3)
        yield RunningApp(url, corpus, index, log, guard_log)
    finally:
        stop_process(proc)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    with running_app(tmp_path_factory.mktemp("app")) as running:
        yield running


def test_the_app_prints_its_loopback_url(app: RunningApp) -> None:
    assert f"running on {app.url}" in app.log.read_text()
    assert app.url.startswith("http://127.0.0.1:")
    assert httpx.get(app.url, timeout=30).status_code == 200


def test_the_ask_endpoint_answers_with_citations_as_json(app: RunningApp) -> None:
    data = Client(app.url, verbose=False).predict("Where was the International Astronautical Congress held?", api_name="/ask")
    assert isinstance(data, dict) and data["refused"] is False and "Paris" in data["text"]
    cited = data["citations"][0]
    assert {"number", "article_id", "title", "outlet", "text", "start", "end", "score"} <= set(cited)
    article = (app.corpus / cited["article_id"]).read_text(encoding="utf-8")
    assert article[cited["start"] : cited["end"]] == cited["text"]


def test_the_ask_endpoint_takes_a_history_for_follow_ups(app: RunningApp) -> None:
    client = Client(app.url, verbose=False)
    first = client.predict("Tell me about Chang'e-7.", api_name="/ask")
    history = [{"role": "user", "content": "Tell me about Chang'e-7."}, {"role": "assistant", "content": first["text"]}]
    follow = client.predict("Which part of the Moon will it land on?", history, api_name="/ask")
    assert "south pole" in follow["text"].lower() and "Chang'e-7" in follow["query"]


def test_the_ask_endpoint_reports_bad_questions_in_one_line(app: RunningApp) -> None:
    with pytest.raises(Exception, match="The question is empty") as caught:
        Client(app.url, verbose=False).predict("   ", api_name="/ask")
    assert "Traceback" not in str(caught.value)


def test_an_overlong_question_is_refused_in_one_line(app: RunningApp) -> None:
    with pytest.raises(Exception, match=r"The question is 5,000 characters long; keep it under 2,000") as caught:
        Client(app.url, verbose=False).predict("w" * 4999 + "?", api_name="/ask")
    assert "Traceback" not in str(caught.value)


@pytest.mark.parametrize("route", ["gradio_api/call/ask", "gradio_api/queue/join", "gradio_api/run/predict"])
def test_request_bodies_over_the_limit_are_refused_before_they_are_read(app: RunningApp, route: str) -> None:
    huge = {"data": ["x" * 2_000_000, []]}  # 2 MB of JSON, twice the limit
    response = httpx.post(f"{app.url}{route}", json=huge, timeout=30)
    assert response.status_code == 413
    assert "the limit is 1,000,000 bytes" in response.json()["error"]


def test_a_chunked_body_that_grows_past_the_limit_gets_no_answer(app: RunningApp) -> None:
    def body() -> Iterator[bytes]:  # no Content-Length: the server only learns the size by reading
        yield b'{"data": ["'
        for _ in range(40):
            yield b"x" * 50_000
        yield b'", []]}'

    try:
        response = httpx.post(f"{app.url}gradio_api/call/ask", content=body(), timeout=30)
    except httpx.HTTPError:
        return  # the server stopped reading and closed the connection: refused
    assert response.status_code >= 400
    assert "event_id" not in response.text  # never queued as a question


def test_a_body_under_the_limit_still_gets_its_answer(app: RunningApp) -> None:
    started = httpx.post(f"{app.url}gradio_api/call/ask", json={"data": ["What will Tianwen-4 explore?", []]}, timeout=30)
    assert started.status_code == 200 and started.json()["event_id"]


def test_only_ask_is_offered_to_programs(app: RunningApp) -> None:
    api = Client(app.url, verbose=False).view_api(print_info=False, return_format="dict")
    assert set(api["named_endpoints"]) == {"/ask"} and not api["unnamed_endpoints"]


@pytest.mark.timeout(600)
def test_twenty_concurrent_clients_get_cited_answers(app: RunningApp, capsys: pytest.CaptureFixture[str]) -> None:
    questions = [
        "What will Tianwen-4 explore?",
        "Where was the International Astronautical Congress held?",
        "When did China and Russia sign the lunar base agreement?",
        "Tell me about Chang'e-7.",
        "Who is Marco Aliberti?",
    ]

    def one_user(_: int) -> list[tuple[float, dict]]:
        client = Client(app.url, verbose=False)
        timed = []
        for question in questions:
            started = time.perf_counter()
            answer = client.predict(question, api_name="/ask")
            timed.append((time.perf_counter() - started, answer))
        return timed

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = [r for user in pool.map(one_user, range(20)) for r in user]  # any error raises here
    assert len(results) == 100
    assert all(a["citations"] and not a["refused"] for _, a in results)
    latencies = sorted(t for t, _ in results)
    p50, p95 = statistics.median(latencies), latencies[int(0.95 * len(latencies)) - 1]
    with capsys.disabled():
        print(
            f"\n/ask under load: 20 clients x 5 questions, p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
        )
    assert not app.guard_log.exists(), app.guard_log.read_text()


def test_basic_auth_refuses_wrong_credentials(tmp_path: Path) -> None:
    with running_app(tmp_path, env={"QA_AUTH": "reader:s3cret"}) as running:
        with pytest.raises(ValueError, match="Could not login"):
            Client(running.url, auth=("reader", "wrong"), verbose=False)
        login = httpx.post(f"{running.url}login", data={"username": "reader", "password": "wrong"}, timeout=30)
        assert login.status_code in (400, 401) and not login.cookies
        with pytest.raises(ValueError, match="credentials were not provided"):
            Client(running.url, verbose=False)  # no credentials at all
        assert httpx.post(f"{running.url}gradio_api/call/ask", json={"data": ["Where?"]}, timeout=30).status_code in (401, 403)
        answer = Client(running.url, auth=("reader", "s3cret"), verbose=False).predict(
            "What will Tianwen-4 explore?", api_name="/ask"
        )
        assert answer["citations"]
