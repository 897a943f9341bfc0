"""Plain-text and Markdown renderings of answers, shared by the CLI, the chat and the app.

No terminal codes and no HTML here: callers style the strings themselves.
"""

from __future__ import annotations

from qa.types import Answer, Citation


def quote_text(citation: Citation, article_text: str | None = None) -> str:
    """The sentences the answer quotes from a citation (the whole passage when none are marked)."""
    if not citation.quotes:
        return citation.text
    parts = []
    for start, end in citation.quotes:
        offset_start, offset_end = start - citation.start, end - citation.start
        parts.append(citation.text[offset_start:offset_end] if article_text is None else article_text[start:end])
    return " … ".join(" ".join(p.split()) for p in parts)


def source_line(citation: Citation) -> str:
    bits = [citation.title or citation.article_id]
    if citation.outlet:
        bits.append(citation.outlet)
    if citation.published:
        bits.append(citation.published)
    return " — ".join(bits)


def as_text(answer: Answer) -> str:
    lines = [answer.text]
    if answer.notice:
        lines += ["", f"Note: {answer.notice}"]
    if answer.citations:
        lines += ["", "Sources:"]
        for c in answer.citations:
            lines.append(f"  [{c.number}] {source_line(c)}  (score {c.score:.2f}; {c.article_id}:{c.start}-{c.end})")
            # A block marker, not quotation marks: many quoted sentences open with a quoted name ("“Tianwen-3” will go").
            lines.append(f"      > {quote_text(c)}")
    return "\n".join(lines)


def as_markdown(answer: Answer) -> str:
    lines = [answer.text.replace("\n- ", "\n\n- ") if answer.conflicting else answer.text]
    if answer.citations:
        lines += ["", "**Sources**", ""]
        for c in answer.citations:
            link = f"[{c.title}]({c.url})" if c.url else c.title
            meta = ", ".join(x for x in (c.outlet, c.published) if x)
            lines.append(f"{c.number}. {link}" + (f" ({meta})" if meta else "") + f" — `{c.article_id}`")
            lines.append(f"   > {quote_text(c)}")
    return "\n".join(lines)
