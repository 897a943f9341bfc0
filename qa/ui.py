"""HTML for the browser chat: the conversation, answers with clickable [n] markers, source cards, the article panel.

Everything that comes from an article (titles, outlets, passages, answer
sentences, URLs, ids) is HTML-escaped here before it goes into the page: the
app inserts these strings as they are, and no Markdown is ever rendered from
article text. Clickable parts carry ``data-qa-action`` attributes that the
page script in ``qa.ui_assets`` turns into Gradio events. Pure functions of
plain values, no Gradio import, so they are unit-tested without a server.
Conversation state lives in ``qa.conversation``; uploads in ``qa.uploads``.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from qa.conversation import Turn, turn_markdown
from qa.render import quote_text
from qa.types import Answer, ArticleInfo, Citation

EXAMPLES = (
    "What will Tianwen-4 explore?",
    "When did China and Russia sign the lunar base agreement?",
    "Where was the International Astronautical Congress held?",
    "Tell me about Chang'e-7.",
    "Who won the 2022 FIFA World Cup?",
)
STREAM_STEPS = 24  # frames per streamed answer: enough to read as streaming, few enough to stay cheap
_MARKS = re.compile(r"((?:\[\d+\])+)")
_MARK = re.compile(r"\[(\d+)\]")


def esc(text: object) -> str:
    """Escape for HTML text and quoted attributes; CR kept as a reference so offsets survive the HTML parser."""
    return html.escape(str(text), quote=True).replace("\r", "&#13;")


def safe_url(url: str) -> str:
    """The URL when it is plain http(s), else "" (javascript:, data: and relative links are dropped)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def _action(action: str, turn: int, **data: object) -> str:
    attrs = "".join(f' data-{k}="{esc(v)}"' for k, v in data.items())
    return f'data-qa-action="{action}" data-turn="{turn}"{attrs}'


# -- answers ---------------------------------------------------------------------------------------------------


def _marker_group(group: str, turn: int, known: dict[int, Citation]) -> str:
    numbers = [int(n) for n in _MARK.findall(group)]
    buttons = []
    for n in numbers:
        c = known.get(n)
        if c is None:
            buttons.append(f'<span class="qa-cite qa-unresolved" title="No source [{n}] was given">[{n}]</span>')
            continue
        label = f"Source {n}: {c.title or c.article_id}"
        buttons.append(f'<button type="button" class="qa-cite" {_action("cite", turn, n=n)} title="{esc(label)}">[{n}]</button>')
    sources = {known[n].article_id for n in numbers if n in known}
    if len(sources) > 1:  # the same sentence is in several articles: say so, not just show more numbers
        tag = f'<span class="qa-agree" title="{len(sources)} articles say this">{len(sources)} sources agree</span>'
        return f'<span class="qa-marks qa-corroborated">{"".join(buttons)}{tag}</span>'
    return f'<span class="qa-marks">{"".join(buttons)}</span>'


def inline_html(text: str, answer: Answer, turn: int) -> str:
    """A line of answer text, escaped, with its [n] markers as buttons and unsupported sentences flagged."""
    body = esc(text)
    for sentence in answer.unsupported_sentences:
        flagged = esc(sentence)
        if flagged and flagged in body:
            body = body.replace(
                flagged, f'<span class="qa-unsupported" title="Not supported by the cited passages">{flagged}</span>'
            )
    known = {c.number: c for c in answer.citations}
    return _MARKS.sub(lambda m: _marker_group(m.group(1), turn, known), body)


def answer_body_html(answer: Answer, turn: int, text: str | None = None) -> str:
    """The answer text (or a streamed prefix of it): plain, or the versions side by side when sources conflict."""
    text = answer.text if text is None else text
    if not answer.conflicting:
        return f'<p class="qa-text">{inline_html(text, answer, turn)}</p>'
    lead, *versions = text.split("\n")
    items = "".join(f"<li>{inline_html(v.removeprefix('- '), answer, turn)}</li>" for v in versions)
    return (
        f'<div class="qa-conflict-banner" role="note"><span aria-hidden="true">⚠</span> {esc(lead)} '
        f'<span class="qa-conflict-hint">each version is shown with its source</span></div>'
        f'<ul class="qa-versions">{items}</ul>'
    )


def _score_html(score: float) -> str:
    pct = round(min(max(score, 0.0), 1.0) * 100)
    return (
        f'<span class="qa-score" title="Relevance of this passage to the question (0 to 1)">relevance {score:.2f}'
        f'<span class="qa-bar" aria-hidden="true"><span style="width:{pct}%"></span></span></span>'
    )


def passage_html(c: Citation) -> str:
    """The cited passage, escaped, with the sentences the answer quotes marked."""
    out, pos = [], c.start
    for start, end in sorted(c.quotes):
        start, end = max(start, pos), min(end, c.end)
        if start >= end:
            continue
        out += [
            esc(c.text[pos - c.start : start - c.start]),
            f'<mark class="qa-quote">{esc(c.text[start - c.start : end - c.start])}</mark>',
        ]
        pos = end
    out.append(esc(c.text[pos - c.start :]))
    return "".join(out)


def source_html(c: Citation, turn: int, conflicting: bool) -> str:
    meta = [
        esc(c.outlet) if c.outlet else '<span class="qa-unknown">outlet unknown</span>',
        esc(c.published) if c.published else '<span class="qa-unknown">no date</span>',
    ]
    flag = '<span class="qa-version-tag">one version</span>' if conflicting else ""
    return (
        f'<li class="qa-source" role="button" tabindex="0" {_action("cite", turn, n=c.number)} '
        f'title="Open the article with this passage highlighted">'
        f'<div class="qa-source-head"><span class="qa-num">{c.number}</span>'
        f'<span class="qa-title">{esc(c.title or c.article_id)}</span>{flag}</div>'
        f'<div class="qa-meta">{" · ".join(meta)} · {_score_html(c.score)}</div>'
        f'<blockquote class="qa-quote-text">{esc(quote_text(c))}</blockquote>'
        f'<details class="qa-passage"><summary>Cited passage ({len(c.text):,} characters of {esc(c.article_id)})</summary>'
        f'<div class="qa-passage-text">{passage_html(c)}</div></details></li>'
    )


def answer_html(answer: Answer, turn: int, shown: str | None = None) -> str:
    """A finished answer (``shown`` is None) with sources and tools, or a streamed prefix of its text."""
    if answer.refused:
        return (
            '<div class="qa-a qa-refusal" role="status"><span class="qa-refusal-icon" aria-hidden="true">∅</span>'
            f'<div><p class="qa-text">{esc(answer.text)}</p>'
            '<p class="qa-hint">Nothing in the indexed articles answers this. Try other words, or see the Corpus tab '
            "for what is indexed.</p></div></div>"
        )
    streaming = shown is not None
    parts = [
        f'<div class="qa-a qa-answer{" qa-conflict" if answer.conflicting else ""}{" qa-streaming" if streaming else " qa-done"}">'
    ]
    parts.append(answer_body_html(answer, turn, shown))
    if answer.notice:
        parts.append(f'<p class="qa-notice">Note: {esc(answer.notice)}</p>')
    if not streaming and answer.citations:
        cards = "".join(source_html(c, turn, answer.conflicting) for c in answer.citations)
        parts.append(f'<div class="qa-sources-label">Sources</div><ol class="qa-sources">{cards}</ol>')
    parts.append("</div>")
    return "".join(parts)


# Feather icons (MIT): emoji would need a colour-emoji font the machine may not have.
_SVG = (
    '<svg viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" '
    'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="{}"/></svg>'
)
_THUMB_UP = _SVG.format(
    "M14 9V5a3 3 0 0 0-3-3l-4 9v11h11.28a2 2 0 0 0 2-1.7l1.38-9a2 2 0 0 0-2-2.3zM7 22H4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2h3"
)
_THUMB_DOWN = _SVG.format(
    "M10 15v4a3 3 0 0 0 3 3l4-9V2H5.72a2 2 0 0 0-2 1.7l-1.38 9a2 2 0 0 0 2 2.3zm7-13h2.67A2.31 2.31 0 0 1 22 4v7a2.31 2.31 0 0 1-2.33 2H17"
)


def tools_html(turn: Turn, index: int) -> str:
    """Copy as Markdown and thumbs up/down under a finished answer."""
    assert turn.answer is not None
    rated = {r: ' aria-pressed="true"' if turn.rating == r else ' aria-pressed="false"' for r in ("up", "down")}
    thanks = '<span class="qa-thanks">Thanks, feedback saved.</span>' if turn.rating else ""
    return (
        f'<div class="qa-tools"><button type="button" class="qa-tool" {_action("copy", index)}>Copy as Markdown</button>'
        f'<button type="button" class="qa-tool qa-rate" {_action("rate", index, rating="up")}{rated["up"]} '
        f'title="Good answer" aria-label="Good answer">{_THUMB_UP}</button>'
        f'<button type="button" class="qa-tool qa-rate" {_action("rate", index, rating="down")}{rated["down"]} '
        f'title="Bad answer" aria-label="Bad answer">{_THUMB_DOWN}</button>{thanks}'
        f'<span class="qa-latency">{turn.answer.latency_ms / 1000:.1f} s</span>'
        f'<textarea class="qa-md" hidden readonly>{esc(turn_markdown(turn))}</textarea></div>'
    )


# -- the conversation ------------------------------------------------------------------------------------------


def turn_html(turn: Turn, index: int, shown: str | None = None) -> str:
    question = f'<div class="qa-q"><span class="qa-who">You</span><span class="qa-q-text">{esc(turn.question)}</span></div>'
    if turn.error:
        reply = f'<div class="qa-a qa-error" role="alert"><span aria-hidden="true">⚠</span> {esc(turn.error)}</div>'
    elif turn.answer is None:
        reply = '<div class="qa-a qa-pending" role="status"><span class="qa-dots" aria-hidden="true"></span>Searching the articles…</div>'
    else:
        reply = answer_html(turn.answer, index, shown)
        if shown is None:
            reply += tools_html(turn, index)
    return f'<div class="qa-turn" data-turn="{index}">{question}{reply}</div>'


def empty_html(examples: Sequence[str]) -> str:
    buttons = "".join(
        f'<button type="button" class="qa-example" data-qa-action="example" data-question="{esc(q)}">{esc(q)}</button>'
        for q in examples
    )
    return (
        '<div class="qa-empty"><p class="qa-empty-title">Ask anything about the indexed news articles.</p>'
        "<p>Answers quote the articles and cite them with [1], [2] markers: click one to read the passage in context.</p>"
        f'<div class="qa-examples" aria-label="Example questions">{buttons}</div></div>'
    )


def transcript_html(turns: Sequence[Turn], shown: str | None = None, examples: Sequence[str] = EXAMPLES) -> str:
    """The whole conversation; ``shown`` is the streamed prefix of the last answer while it streams."""
    if not turns:
        return f'<div class="qa-transcript">{empty_html(examples)}</div>'
    last = len(turns) - 1
    body = "".join(turn_html(t, i, shown if i == last else None) for i, t in enumerate(turns))
    return f'<div class="qa-transcript">{body}</div>'


def stream_prefixes(text: str, steps: int = STREAM_STEPS) -> list[str]:
    """Growing prefixes of ``text`` that end on word boundaries (markers stay whole), the last one the full text."""
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    if not ends:
        return [text]
    stride = max(1, -(-len(ends) // steps))
    cuts = ends[stride - 1 :: stride]
    if not cuts or cuts[-1] != ends[-1]:
        cuts.append(ends[-1])
    return [text[:cut] for cut in cuts]


# -- the article panel and the corpus tab ----------------------------------------------------------------------


def message_html(text: str, kind: str = "info") -> str:
    return f'<div class="qa-message qa-message-{esc(kind)}">{esc(text)}</div>'


PANEL_EMPTY = (
    '<div class="qa-panel-empty">Click a <span class="qa-cite-sample">[1]</span> marker or a source card '
    "to read the article here, with the cited passage highlighted.</div>"
)


def article_html(text: str, c: Citation, info: ArticleInfo | None, question: str = "") -> str:
    """The full article, escaped, with exactly ``text[c.start:c.end]`` in ``mark.qa-hl`` and the quoted sentences inside it."""
    body_start = info.body_start if info is not None and info.body_start <= c.start else 0
    meta = [esc(x) for x in (c.outlet, info.author if info else "", c.published) if x]
    url = safe_url(c.url)
    if url:
        meta.append(f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer nofollow">original article</a>')
    meta.append(f"<code>{esc(c.article_id)}</code>")
    quotes = dataclasses.replace(c, text=text[c.start : c.end])  # the marks come from the article text itself
    asked = f" · answer to “{esc(question)}”" if question else ""
    return (
        f'<div class="qa-article" data-article="{esc(c.article_id)}"><div class="qa-article-head">'
        f'<div class="qa-article-kicker">Source [{c.number}]{asked}</div>'
        f'<h3 class="qa-article-title">{esc(c.title or c.article_id)}</h3>'
        f'<div class="qa-meta">{" · ".join(meta)}</div>'
        f'<div class="qa-article-hint">Highlighted: the cited passage (characters {c.start:,}–{c.end:,}); '
        "the sentences the answer quotes are underlined.</div></div>"
        f'<div class="qa-article-body">{esc(text[body_start : c.start])}'
        f'<mark class="qa-hl" id="qa-hl" data-start="{c.start}" data-end="{c.end}">{passage_html(quotes)}</mark>'
        f"{esc(text[c.end :])}</div></div>"
    )


def articles_table_html(rows: Sequence[ArticleInfo]) -> str:
    if not rows:
        return message_html("No articles are indexed yet: put .txt or .md files in the corpus folder and press Re-index.")
    body = "".join(
        f"<tr><td>{esc(a.title)}</td><td>{esc(a.outlet) or '—'}</td><td>{esc(a.published) or '—'}</td>"
        f'<td class="qa-n">{a.chunks}</td><td><code>{esc(a.article_id)}</code></td></tr>'
        for a in rows
    )
    return (
        f'<table class="qa-articles"><caption>{len(rows)} indexed article{"s" if len(rows) != 1 else ""}, '
        f"{sum(a.chunks for a in rows)} chunks</caption>"
        "<thead><tr><th>Title</th><th>Outlet</th><th>Date</th><th>Chunks</th><th>File</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def status_html(lines: Sequence[str], kind: str = "info") -> str:
    return "".join(message_html(line, kind) for line in lines)
