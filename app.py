"""The browser chat over the news articles: ``python app.py`` (``make run``) serves it and prints its URL.

UI wiring only. The conversation (asking with history, feedback, export) is
``qa.conversation``, every piece of HTML is built and escaped by ``qa.ui``,
the page script and stylesheet are ``qa.ui_assets``, uploads are checked by
``qa.uploads``. Binds to QA_HOST:QA_PORT (127.0.0.1:7860), basic auth when
QA_AUTH=user:password is set; request bodies over 1 MB (uploads aside) are refused
by ``qa.bodylimit``. Programs call the named endpoint ``/ask``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

import qa
from qa import conversation, offline, ui, ui_assets, uploads
from qa.bodylimit import BodyLimit
from qa.conversation import Options, Turn

log = logging.getLogger("qa.app")
STREAM_DELAY = 0.03  # seconds between streamed frames: readable, and an answer is done in well under a second
MODEL_FRAME = 0.1  # at most this often the page is redrawn while a model writes (it sends a delta per token)


def build(settings: qa.Settings) -> gr.Blocks:
    """The Blocks app for ``settings``; not launched."""

    def api_ask(question: str, history: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """Answer a question from the indexed articles. Returns the answer as JSON: text, refused, conflicting and
        citations (number, article_id, title, outlet, url, published, text, start, end, score, quotes)."""
        try:
            return qa.ask(question, history, settings=settings).to_dict()
        except Exception as exc:
            if not isinstance(exc, qa.QAError):
                log.exception("/ask failed for %r", question)
            raise gr.Error(conversation.error_message(exc), print_exception=False) from exc

    # The question box, Ask and Clear are off while an answer is on its way, so turns cannot overtake each other.
    def start(question: str, turns: list[Turn]) -> tuple[Any, ...]:
        turns = [*turns, Turn(question=question or "")]
        off = gr.update(interactive=False)
        return gr.update(value="", interactive=False), ui.transcript_html(turns), turns, off, off

    def start_example(turns: list[Turn], evt: gr.EventData) -> tuple[Any, ...]:
        return start(str((evt._data or {}).get("question", "")), turns)

    def answer(
        turns: list[Turn], top_k: float, outlets: list[str], since: str, until: str, mode: str
    ) -> Iterator[tuple[Any, ...]]:
        """The answer for the pending turn; in LLM mode the model's text is shown as it is written."""
        if not turns or turns[-1].answer is not None or turns[-1].error:
            yield gr.update(), turns  # nothing pending
            return
        options = Options(int(top_k), tuple(outlets or ()), since or "", until or "", mode or conversation.EXTRACTIVE)
        pending, shown_at = turns[-1], 0.0
        for event in conversation.answer_events(pending.question, turns[:-1], options, settings):
            if isinstance(event, Turn):
                yield gr.update(), [*turns[:-1], event]  # the next step shows the finished, checked answer
                return
            if event.strip() and time.monotonic() - shown_at >= MODEL_FRAME:
                shown_at = time.monotonic()
                draft = Turn(pending.question, qa.Answer(pending.question, event, (), refused=False, mode=conversation.LLM))
                yield ui.transcript_html([*turns[:-1], draft], shown=event), turns

    async def stream(turns: list[Turn]) -> AsyncIterator[tuple[Any, ...]]:
        last = turns[-1] if turns else None
        if last is not None and last.answer is None and not last.error:  # the answer step itself broke
            turns = [*turns[:-1], Turn(last.question, error="The answer was interrupted; please ask again.")]
        elif last is not None and last.answer is not None and not last.answer.refused and last.answer.mode != conversation.LLM:
            # An extractive answer is there at once; a written one was already streamed as the model wrote it.
            for prefix in ui.stream_prefixes(last.answer.text)[:-1]:
                yield ui.transcript_html(turns, shown=prefix), turns, *(gr.update(),) * 3
                await asyncio.sleep(STREAM_DELAY)
        yield ui.transcript_html(turns), turns, *(gr.update(interactive=True),) * 3

    def open_source(turns: list[Turn], evt: gr.EventData) -> str:
        data = evt._data or {}
        try:
            found = conversation.cited_article(turns, data.get("turn"), data.get("n"), settings)
        except qa.QAError as exc:
            return ui.message_html(conversation.error_message(exc), "error")
        return ui.article_html(found.text, found.citation, found.info, found.question)

    def rate(turns: list[Turn], evt: gr.EventData) -> tuple[str, list[Turn]]:
        data = evt._data or {}
        try:
            turns = conversation.record_feedback(turns, int(data.get("turn", -1)), str(data.get("rating")), settings)
        except (qa.QAError, OSError, ValueError) as exc:
            gr.Warning(f"Feedback not saved: {conversation.error_message(exc) if isinstance(exc, qa.QAError) else exc}")
        return ui.transcript_html(turns), turns

    def export(turns: list[Turn], kind: str) -> Any:
        if not turns:
            gr.Info("Nothing to export yet: ask a question first.")
            return gr.update(value=None, visible=False)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = Path(tempfile.mkdtemp(prefix="qa-export-")) / f"conversation-{stamp}.{'json' if kind == 'json' else 'md'}"
        text = conversation.export_json(turns) if kind == "json" else conversation.export_markdown(turns)
        path.write_text(text, encoding="utf-8")
        return gr.update(value=str(path), visible=True)

    def clear() -> tuple[list[Turn], str, str, Any]:
        return [], ui.transcript_html([]), ui.PANEL_EMPTY, gr.update(value=None, visible=False)

    def list_articles() -> tuple[str, Any]:
        try:
            rows = qa.articles(settings)
        except qa.QAError as exc:
            return ui.message_html(conversation.error_message(exc), "error"), gr.update()
        return ui.articles_table_html(rows), gr.update(choices=sorted({a.outlet for a in rows if a.outlet}))

    def reindex(progress: gr.Progress = gr.Progress()) -> tuple[str, str, Any]:  # noqa: B008 - Gradio's idiom
        def tick(done: int, total: int) -> None:
            progress((done, total), desc="Embedding new and changed articles", unit="chunks")

        try:
            report = qa.ingest(settings, progress=tick)
        except qa.QAError as exc:
            return ui.status_html([conversation.error_message(exc)], "error"), *list_articles()
        lines = [f"Re-indexed: {report.summary()}."] + [f"Skipped {a}: {why}" for a, why in report.skipped]
        return ui.status_html(lines, "ok"), *list_articles()

    def add_files(paths: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[str, str, Any, Any]:  # noqa: B008
        saved, refused = uploads.save_files(settings, paths or [])
        status = ui.status_html(refused, "error")
        if saved:
            added, table, outlets = reindex(progress)
            status = ui.status_html([f"Added to the corpus: {', '.join(saved)}."], "ok") + added + status
            return status, table, outlets, None
        return status or ui.status_html(["Choose .txt or .md files first."]), *list_articles(), None

    # delete_cache: uploaded files and exports in Gradio's cache are dropped after a day.
    with gr.Blocks(title="News Q&A", analytics_enabled=False, fill_width=True, delete_cache=(3600, 86400)) as demo:
        turns = gr.State([])
        gr.Markdown("## News Q&A\nAnswers are built from the indexed articles only; every sentence cites its source.")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"), gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=380):
                    chat = gr.HTML(
                        ui.transcript_html([]),
                        js_on_load=ui_assets.CHAT_JS,
                        elem_id="qa-chat",
                        apply_default_css=False,
                        autoscroll=False,  # qa.ui_assets.CHAT_JS follows the conversation itself
                        min_height=320,
                        max_height="62vh",
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            placeholder="Ask about the articles…",
                            show_label=False,
                            lines=1,
                            max_lines=4,
                            scale=6,
                            elem_id="qa-question",
                            autofocus=True,
                        )
                        send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="qa-send")
                    with gr.Row():
                        clear_btn = gr.Button("Clear chat", size="sm", elem_id="qa-clear")
                        json_btn = gr.Button("Export JSON", size="sm", elem_id="qa-export-json")
                        md_btn = gr.Button("Export Markdown", size="sm", elem_id="qa-export-md")
                    exported = gr.File(label="Exported conversation", visible=False, interactive=False, elem_id="qa-export")
                    with gr.Accordion("Settings", open=False, elem_id="qa-settings"):
                        top_k = gr.Slider(
                            1, max(20, settings.top_k), value=settings.top_k, step=1, label="Passages to retrieve (top-k)"
                        )
                        outlets = gr.CheckboxGroup([], label="Only these outlets (none ticked: all)")
                        with gr.Row():
                            since = gr.Textbox(label="Published on or after", placeholder="YYYY-MM-DD")
                            until = gr.Textbox(label="Published on or before", placeholder="YYYY-MM-DD")
                        mode = gr.Radio(
                            conversation.answer_modes(settings),
                            value=conversation.EXTRACTIVE,
                            label="Answer mode",
                            info="extractive: the articles' own sentences, each cited"
                            + (f"; llm: written by {settings.llm}, every citation checked" if settings.llm else ""),
                        )
                with gr.Column(scale=2, min_width=320, elem_id="qa-side"):
                    panel = gr.HTML(
                        ui.PANEL_EMPTY,
                        js_on_load=ui_assets.PANEL_JS,
                        elem_id="qa-panel",
                        apply_default_css=False,
                        max_height="78vh",
                        container=True,
                        padding=False,  # the sticky article header needs the scroll box's own edge
                    )
            with gr.Tab("Corpus", id="corpus"):
                table = gr.HTML(ui.message_html("Loading the article list…"), elem_id="qa-articles", js_on_load=None)
                reindex_btn = gr.Button("Re-index", variant="primary", elem_id="qa-reindex")
                files = gr.File(
                    file_count="multiple",
                    file_types=[".txt", ".md"],
                    type="filepath",
                    elem_id="qa-upload",
                    label=f"Add articles: .txt or .md, up to {settings.max_upload_bytes:,} bytes each",
                )
                add_btn = gr.Button("Add to corpus and re-index", elem_id="qa-add")
                status = gr.HTML("", elem_id="qa-status", js_on_load=None)

        private: dict[str, Any] = {"api_visibility": "private"}
        quiet: dict[str, Any] = {"show_progress": "hidden", **private}
        answer_inputs = [turns, top_k, outlets, since, until, mode]
        started_outputs = [question, chat, turns, send, clear_btn]
        for started in (
            question.submit(start, [question, turns], started_outputs, queue=False, **quiet),
            send.click(start, [question, turns], started_outputs, queue=False, **quiet),
            chat.submit(start_example, [turns], started_outputs, queue=False, **quiet),
        ):
            # The answer is computed under the shared concurrency limit; streaming it is cheap and is not.
            started.then(
                answer, answer_inputs, [chat, turns], concurrency_limit=settings.concurrency, concurrency_id="answer", **quiet
            ).then(stream, turns, [chat, turns, question, send, clear_btn], concurrency_limit=None, **quiet)
        chat.select(open_source, turns, panel, concurrency_limit=None, **private)
        chat.like(rate, turns, [chat, turns], concurrency_limit=None, **quiet)
        clear_btn.click(clear, None, [turns, chat, panel, exported], queue=False, **private)
        json_btn.click(lambda t: export(t, "json"), turns, exported, **private)
        md_btn.click(lambda t: export(t, "md"), turns, exported, **private)
        demo.load(list_articles, None, [table, outlets], **private)
        reindex_btn.click(reindex, None, [status, table, outlets], concurrency_limit=1, concurrency_id="ingest", **private)
        add_btn.click(add_files, files, [status, table, outlets, files], concurrency_limit=1, concurrency_id="ingest", **private)
        gr.api(api_ask, api_name="ask", concurrency_limit=settings.concurrency, concurrency_id="answer")
    return demo


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    offline.prepare()  # analytics and telemetry off before Gradio builds anything
    try:
        settings = qa.Settings.from_env()
    except qa.QAError as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return 1
    demo = build(settings)
    demo.queue(default_concurrency_limit=settings.concurrency)
    auth = tuple(settings.auth.split(":", 1)) if settings.auth else None
    try:
        demo.launch(
            server_name=settings.host,
            server_port=settings.port,
            auth=auth,
            prevent_thread_lock=True,
            quiet=True,
            theme=ui_assets.theme(),
            css=ui_assets.CSS,
            footer_links=["api", "settings"],
            run_history=False,
            ssr_mode=False,
            pwa=False,
            mcp_server=False,
            enable_monitoring=False,
            max_file_size=settings.max_upload_bytes,
            app_kwargs={"middleware": [Middleware(BodyLimit, upload_max_bytes=settings.max_upload_bytes)]},
        )
    except OSError as exc:
        print(f"qa: error: cannot serve on {settings.host}:{settings.port} ({exc}); set QA_PORT to a free port.", file=sys.stderr)
        return 1
    print(f"News Q&A chat running on {demo.local_url} (Ctrl+C to stop)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        demo.block_thread()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
