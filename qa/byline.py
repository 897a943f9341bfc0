"""Questions about an article itself: who wrote it, which outlet ran it, when it came out, how to reach its writer.

"Who wrote the TIME piece on China's Moon partners?" is answered from the
front matter of the article the question describes, not from its sentences
(a byline is rarely a sentence). The article is the one whose title and
outlet share the most words with the question (the question's own words,
plus the earlier turn for a follow-up such as "Who wrote it?"); on a tie, or
when no article matches or the field is not in its front matter, this
returns None and the extractive answerer takes the question, except for a
publication date: the dates in an article's sentences are of the events it
reports, so that question is refused. The citation is
the front-matter line; for an author, the body line naming them ("Write to
...") is cited first and the front-matter byline second. Either way
``article_text[start:end] == text`` holds as for any passage. "How can I contact him?" is answered by the
article's own line giving an e-mail address ("Write to ... at ..."), never by a guessed one. Metadata the
front matter does not state is never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.answer import REFUSAL, refusal
from qa.corpus import Article, read_article
from qa.engine import Engine
from qa.errors import CorpusError
from qa.sentences import outlet_terms
from qa.store import ArticleRecord
from qa.text import capitalised_terms, terms
from qa.types import Answer, Citation

_ASKS = (
    (
        re.compile(
            r"\bwho (?:wrote|authored|penned|is the author of|was the author of)\b|\b(?:author|writer|byline)s? of\b"
            r"|\bwho is the (?:[\w’'-]+ ){0,2}?(?:author|writer|reporter|journalist|correspondent)\b"
            r"|\b(?:which|what) (?:[\w’'-]+ ){0,2}?(?:author|writer|reporter|journalist|correspondent) "
            r"(?:wrote|authored|penned|filed)\b"
            # "Who is the byline on the TIME article?", "whose byline is on it?"
            r"|\bbylines?\s+(?:on|for|of)\b|\bwhose\s+byline\b|\bwho(?:'s|’s|\s+is|\s+was)\s+(?:the\s+|on\s+the\s+)?byline\b",
            re.I,
        ),
        "author",
    ),
    (
        re.compile(
            r"\b(?:which|what) (?:news )?(?:outlet|publication|newspaper|magazine|site|website) "
            r"(?:published|ran|carried|printed|posted)\b",
            re.I,
        ),
        "outlet",
    ),
    (
        re.compile(
            r"\bwhen (?:was|were) (?:the|that|this|these|those) .*\b(?:article|piece|story|report|column)s? "
            r"(?:published|written|posted|printed)\b"
            # "What date was it published?" after a turn about the TIME piece
            r"|\b(?:what|which) (?:date|day|year) (?:was|were) (?:it|they|the (?:article|piece|story|report)s?) "
            r"(?:published|written|posted|printed)\b",
            re.I,
        ),
        "published",
    ),
    # "How can I contact him?" after "Who wrote the TIME piece?": the article's own contact line
    (
        re.compile(
            r"\bhow (?:can|could|do|would|should|might) (?:i|we|you|one|readers?) (?:contact|reach|e-?mail|write to|"
            r"get in touch with)\b|\b(?:contact|e-?mail) (?:address|details|info(?:rmation)?)\b"
            r"|\bwhat(?:'s|’s| is) (?:his|her|their|the (?:author|writer|reporter)(?:'s|’s)) e-?mail\b"
            # "What's the contact email given for him?" (blind305 kz21)
            r"|\bcontact\s+e-?mails?\b"
            r"|\be-?mail(?:\s+address)?\s+(?:\w+\s+){0,2}?(?:for|of)\s+(?:him|her|them|the\s+(?:author|writer|reporter|journalist))\b",
            re.I,
        ),
        "contact",
    ),
)
# A line of the article giving an e-mail address ("Write to Jeffrey Kluger at jeffrey.kluger@time.com").
_CONTACT_LINE = re.compile(r"^[^\S\n]*([^\n]*\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[^\n]*?)[^\S\n]*$", re.MULTILINE)
# Words that describe any article, so they cannot tell one from another.
_GENERIC = frozenset(
    terms(
        "article piece story report column wrote written write author writer byline outlet "
        "publication newspaper magazine site website published posted printed ran carried"
    )
)


def asked_field(question: str) -> str:
    """The front-matter field a question asks for ("author", "outlet", "published"), or ""."""
    return next((name for pattern, name in _ASKS if pattern.search(question)), "")


def answer(question: str, query: str, engine: Engine, outlets: Sequence[str] = ()) -> Answer | None:
    """The field's value from the described article's front matter, cited; None to let the answerer try."""
    name = asked_field(question)
    if not name:
        return None
    wanted = set(terms(query)) - _GENERIC
    named = capitalised_terms(question)  # "the TIME piece"
    scored = []
    for record in engine.store.manifest().values():
        if not outlets or record.outlet in outlets:
            # The outlet the question names decides first; only then do title words count ("the TIME piece on
            # China seeking new partners" shares as many words with UST's title as with TIME's).
            score = (bool(named & outlet_terms(record.outlet)), len(wanted & set(terms(f"{record.title} {record.outlet}"))))
            scored.append((score, record))
    scored.sort(key=lambda row: row[0], reverse=True)
    if not scored or scored[0][0][1] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    described = scored[0][1]
    # The article asked about may not state the field; another article's byline is no answer.
    if name == "contact":
        return _contact(question, query, described, engine)
    if name == "published" and not described.published:
        # the dates in its sentences are of the events it reports, not of the article
        return refusal(question, query, f"{REFUSAL[:-1]}: they never say when “{described.title}” was published.")
    return _cited(question, query, described, name, engine) if getattr(described, name) else None


def indexed_article(record: ArticleRecord, engine: Engine) -> Article | None:
    """The article on disk as it was indexed; None when it is unreadable now or was edited since ingest
    (its offsets and front-matter values may then be stale; the answerer's own passages are the safer answer)."""
    try:
        article = read_article(engine.settings.corpus_dir / record.id, record.id, engine.settings.max_article_bytes)
    except CorpusError:
        return None
    return article if article.version == record.version else None


def _cited(question: str, query: str, record: ArticleRecord, name: str, engine: Engine) -> Answer | None:
    article = indexed_article(record, engine)
    if article is None:
        return None
    line = re.search(rf"^{name}:[ \t]*[\"']?(.+?)[\"']?[ \t]*\r?$", article.text[: article.body_start], re.MULTILINE)
    if line is None:
        return None
    start, end = line.span()
    end = start + len(line.group(0).rstrip("\r"))
    value = line.group(1).strip()
    spans = [(start, end)]
    if name == "author":  # the article's own words ("Write to Jeffrey Kluger at ...") come first, the byline second
        body = re.search(rf"^[^\n]*{re.escape(value)}[^\n]*$", article.text[article.body_start :], re.MULTILINE)
        if body is not None:
            text = body.group(0).rstrip("\r")
            begin = article.body_start + body.start() + len(text) - len(text.lstrip())
            spans.insert(0, (begin, article.body_start + body.start() + len(text.rstrip())))
    citations = tuple(
        citation(record, article.text, number, begin, finish) for number, (begin, finish) in enumerate(spans, start=1)
    )
    markers = "".join(f"[{c.number}]" for c in citations)
    return Answer(question=question, text=f"{value} {markers}.", citations=citations, refused=False, query=query)


def _contact(question: str, query: str, record: ArticleRecord, engine: Engine) -> Answer | None:
    """The article's line giving an e-mail address, cited; None when it gives none (nothing is guessed)."""
    article = indexed_article(record, engine)
    found = _CONTACT_LINE.search(article.text, article.body_start) if article is not None else None
    if article is None or found is None:
        return None
    start, end = found.span(1)
    return Answer(
        question=question,
        text=f"{found.group(1).rstrip('.')} [1].",
        citations=(citation(record, article.text, 1, start, end),),
        refused=False,
        query=query,
    )


def citation(record: ArticleRecord, text: str, number: int, start: int, end: int) -> Citation:
    """``text[start:end]`` of the article ``record`` describes, cited whole (a front-matter line, a credit)."""
    return Citation(
        number=number,
        article_id=record.id,
        title=record.title,
        outlet=record.outlet,
        url=record.url,
        published=record.published,
        text=text[start:end],
        start=start,
        end=end,
        score=1.0,
        quotes=((start, end),),
    )
