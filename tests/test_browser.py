"""The browser chat in a real headless Chromium: what a reader does, step by step, against app.py served for real.

The app runs air-gapped (tests/guard) on a temp copy of the seed corpus plus one hostile article. Every test also
checks that the page made no request to a host other than 127.0.0.1/localhost. QA_UPDATE_SCREENSHOT=1 refreshes
docs/chat.png from the citation screenshot.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from gradio_client import Client
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from tests.conftest import ROOT
from tests.test_app import HOSTILE_ARTICLE, HOSTILE_NAME, HOSTILE_QUESTION, RunningApp, running_app

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ANSWER_TIMEOUT = 90_000  # ms: the first question also loads the embedding model
# Records every partial text the answer box shows while it streams.
WATCH_STREAMING = """
window.__qaPartials = [];
new MutationObserver(() => {
  for (const el of document.querySelectorAll('.qa-answer.qa-streaming')) {
    const text = el.textContent;
    if (window.__qaPartials[window.__qaPartials.length - 1] !== text) window.__qaPartials.push(text);
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


@dataclass
class Reader:
    """A browser tab on the app, with every request it made."""

    page: Page
    urls: list[str] = field(default_factory=list)

    def offsite(self) -> list[str]:
        local = ("127.0.0.1", "localhost")
        return [u for u in self.urls if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).hostname not in local]

    def ask(self, question: str) -> Locator:
        """Type a question, press Enter, and return its turn once the answer (or refusal, or error) is complete."""
        n = self.page.locator("#qa-chat .qa-turn").count()
        box = self.page.locator("#qa-question textarea")
        box.fill(question)
        box.press("Enter")
        turn = self.page.locator(f'#qa-chat .qa-turn[data-turn="{n}"]')
        expect(turn.locator(".qa-done, .qa-refusal, .qa-error")).to_be_visible(timeout=ANSWER_TIMEOUT)
        return turn


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    with running_app(tmp_path_factory.mktemp("browser-app"), articles={HOSTILE_NAME: HOSTILE_ARTICLE}) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run `make browser` as root (apt-get install chromium)")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def reader(browser: Browser, app: RunningApp) -> Iterator[Reader]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app.url.rstrip("/"))
    page = context.new_page()
    tab = Reader(page)
    page.on("request", lambda request: tab.urls.append(request.url))
    page.add_init_script(WATCH_STREAMING)
    page.goto(app.url)
    expect(page.locator("#qa-chat .qa-example").first).to_be_visible(timeout=60_000)  # the empty chat offers examples
    yield tab
    context.close()


def test_a_reader_asks_checks_a_citation_follows_up_and_hears_what_is_not_covered(
    reader: Reader, app: RunningApp, tmp_path: Path
) -> None:
    page = reader.page
    box = page.locator("#qa-question textarea")
    box.fill("What will Tianwen-4 explore?")
    box.press("Enter")
    expect(box).to_be_disabled()  # no second question can overtake the one being answered
    turn = page.locator('#qa-chat .qa-turn[data-turn="0"]')
    expect(turn.locator(".qa-done")).to_be_visible(timeout=ANSWER_TIMEOUT)
    expect(box).to_be_enabled()

    # The answer streamed in: several growing partial texts were on screen before the finished one.
    partials = page.evaluate("window.__qaPartials")
    final = turn.locator(".qa-answer .qa-text").inner_text()
    assert len(partials) >= 2 and all(len(p) < len(final) + 40 for p in partials), partials
    assert "Jupiter and Uranus [1]." in final
    card = turn.locator(".qa-source").first
    expect(card).to_contain_text("China seeks new partners in space")
    expect(card).to_contain_text("relevance")

    # Clicking the [1] marker opens the article with exactly the cited passage highlighted, scrolled into view.
    cited = Client(app.url, verbose=False).predict("What will Tianwen-4 explore?", api_name="/ask")["citations"][0]
    turn.locator('button.qa-cite[data-n="1"]').first.click()
    mark = page.locator("#qa-panel mark.qa-hl")
    expect(mark).to_have_count(1)
    assert mark.text_content() == cited["text"]
    assert (mark.get_attribute("data-start"), mark.get_attribute("data-end")) == (str(cited["start"]), str(cited["end"]))
    expect(page.locator("#qa-panel .qa-article-title")).to_have_text(cited["title"])
    expect(mark).to_be_in_viewport(ratio=0.2)
    page.wait_for_timeout(600)  # let the smooth scroll settle before the picture
    page.screenshot(path=tmp_path / "chat-citation.png")
    if os.environ.get("QA_UPDATE_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(tmp_path / "chat-citation.png", ROOT / "docs" / "chat.png")

    # A follow-up is understood from the previous turn.
    reader.ask("Tell me about Chang'e-7.")
    follow = reader.ask("Which part of the Moon will it land on?")
    assert re.search(r"south pole", follow.locator(".qa-answer .qa-text").inner_text(), re.IGNORECASE)

    # A question the articles don't cover is refused plainly, with no sources, naming what they never mention.
    refused = reader.ask("Who won the 2022 FIFA World Cup?")
    expect(refused.locator(".qa-refusal")).to_contain_text("The articles don't cover this: they never mention FIFA World Cup.")
    expect(refused.locator(".qa-source, .qa-cite")).to_have_count(0)
    expect(refused.locator(".qa-refusal")).to_be_in_viewport()  # the chat follows the conversation

    # An empty question is a readable message in the chat, not a traceback or a spinner.
    empty = reader.ask("")
    expect(empty.locator(".qa-error")).to_contain_text("The question is empty")
    assert "Traceback" not in page.locator("#qa-chat").inner_text()
    page.screenshot(path=tmp_path / "chat-conversation.png", full_page=True)
    assert reader.offsite() == []


def test_conflicts_source_cards_feedback_copy_and_export(reader: Reader, app: RunningApp) -> None:
    page = reader.page
    question = "When did China and Russia sign the lunar base agreement?"
    turn = reader.ask(question)
    expect(turn.locator(".qa-conflict-banner")).to_contain_text("disagree")
    versions = turn.locator(".qa-versions li")
    assert versions.count() >= 2
    for i in range(versions.count()):
        expect(versions.nth(i).locator("button.qa-cite").first).to_be_visible()  # each version shows its source

    # A source card opens its own article.
    second = turn.locator(".qa-source").nth(1)
    title = second.locator(".qa-title").inner_text()
    second.click()
    expect(page.locator("#qa-panel .qa-article-title")).to_have_text(title)
    expect(page.locator("#qa-panel mark.qa-hl")).to_be_in_viewport(ratio=0.2)

    # Thumbs up lands in the local feedback file.
    turn.locator('.qa-rate[data-rating="up"]').click()
    expect(turn.locator(".qa-thanks")).to_be_visible()
    records = [json.loads(line) for line in (app.index / "feedback.jsonl").read_text().splitlines()]
    assert any(r["question"] == question and r["rating"] == "up" for r in records)

    # Copy puts the answer and its sources on the clipboard as Markdown.
    turn.locator('.qa-tool[data-qa-action="copy"]').click()
    expect(turn.locator('.qa-tool[data-qa-action="copy"]')).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("The articles disagree on this:") and "**Sources**" in copied and title in copied

    # The conversation exports as Markdown.
    page.locator("#qa-export-md").click()
    link = page.locator("#qa-export a").first
    expect(link).to_be_visible(timeout=30_000)
    with page.expect_download() as download:
        link.click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert exported.startswith("# Conversation") and question in exported

    # Clearing forgets the conversation and shows the examples again.
    page.locator("#qa-clear").click()
    expect(page.locator("#qa-chat .qa-turn")).to_have_count(0)
    expect(page.locator("#qa-chat .qa-example").first).to_be_visible()
    assert reader.offsite() == []


def test_the_settings_panel_filters_the_sources(reader: Reader) -> None:
    page = reader.page
    settings = page.locator("#qa-settings")
    settings.get_by_text("Settings").click()  # collapsed until opened
    expect(settings.get_by_label("extractive")).to_be_checked()
    expect(settings.get_by_role("radio")).to_have_count(1)  # no LLM configured, so no LLM mode
    question = "Where was the International Astronautical Congress held?"
    unfiltered = reader.ask(question).locator(".qa-source .qa-meta").all_inner_texts()
    assert any(not m.startswith("TIME") for m in unfiltered)
    settings.get_by_label("TIME").check()
    metas = reader.ask(question).locator(".qa-source .qa-meta").all_inner_texts()
    assert metas and all(m.startswith("TIME") for m in metas)
    settings.get_by_label("TIME").uncheck()
    settings.get_by_label("Published on or after").fill("next week")
    bad = reader.ask(question)
    expect(bad.locator(".qa-error")).to_contain_text("YYYY-MM-DD")
    assert reader.offsite() == []


def test_a_hostile_article_cannot_run_code_in_the_page(reader: Reader) -> None:
    page = reader.page
    turn = reader.ask(HOSTILE_QUESTION)
    assert "48,000 visitors <script>window.__pwned=1</script>" in turn.locator(".qa-answer .qa-text").inner_text()
    expect(turn.locator('button.qa-cite[data-n="7"]')).to_have_count(0)  # the article's own "[7]" is not a marker
    turn.locator("button.qa-cite").first.click()
    panel = page.locator("#qa-panel")
    expect(panel.locator(".qa-article-title")).to_contain_text("Zorblax <script>")
    expect(panel).to_contain_text('<img src=x onerror="window.__pwned=1">')  # shown as text
    page.wait_for_timeout(500)  # give any injected handler the chance to fire
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#qa-chat img, #qa-chat script, #qa-panel img, #qa-panel script, #qa-chat b, #qa-panel b").count() == 0
    assert page.locator('img[src="x"], a[href^="javascript:" i], [onerror], [onmouseover]').count() == 0
    assert not page.evaluate("[...document.scripts].some(s => s.textContent.includes('__pwned'))")

    # The corpus list and the outlet filter show the same title and outlet as text too.
    page.get_by_role("tab", name="Corpus").click()
    expect(page.locator("#qa-articles table")).to_contain_text("Zorblax <script>window.__pwned=1</script>")
    page.get_by_role("tab", name="Chat").click()
    page.locator("#qa-settings").get_by_text("Settings").click()
    expect(page.locator("#qa-settings")).to_contain_text('<b onmouseover="window.__pwned=1">Evil</b> Daily')
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator('img[src="x"], #qa-articles b, #qa-settings b, [onerror], [onmouseover]').count() == 0
    assert reader.offsite() == []


def test_the_corpus_tab_lists_articles_and_adds_an_upload(reader: Reader, app: RunningApp, tmp_path: Path) -> None:
    page = reader.page
    page.get_by_role("tab", name="Corpus").click()
    table = page.locator("#qa-articles table")
    expect(table).to_contain_text("4 indexed articles")
    expect(table).to_contain_text("China seeks new partners in space")

    page.locator("#qa-reindex").click()
    expect(page.locator("#qa-status")).to_contain_text("0 added", timeout=60_000)

    upload = tmp_path / "ferry news.md"
    upload.write_text("# Quentoria ferry\n\nThe Quentoria harbour ferry now runs every 20 minutes, the council said.\n")
    page.locator("#qa-upload input[type=file]").set_input_files(upload)
    expect(page.locator('#qa-upload a[href*="ferry"]')).to_be_visible(timeout=30_000)  # uploaded to the server
    page.locator("#qa-add").click()
    expect(page.locator("#qa-status")).to_contain_text("Added to the corpus: ferry_news.md", timeout=60_000)
    expect(table).to_contain_text("5 indexed articles")
    assert (app.corpus / "ferry_news.md").exists()

    page.get_by_role("tab", name="Chat").click()
    turn = reader.ask("How often does the Quentoria harbour ferry run?")
    expect(turn.locator(".qa-answer .qa-text")).to_contain_text("every 20 minutes")
    assert reader.offsite() == []
