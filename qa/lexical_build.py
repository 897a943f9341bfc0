"""BM25 built over what is committed: after an ingest run, or from what Chroma holds.

After a run (``after_ingest``) the index covers every present article in corpus order: the run's new chunks,
and committed ones with the tokens saved with the last generation or read back from Chroma, never re-chunked
from files the run did not parse. ``from_store`` rebuilds it from Chroma alone, when another process or
machine moved the generation. Scoring lives in ``qa.lexical``, the ingest itself in ``qa.index``.
"""

from __future__ import annotations

from qa.chunking import Chunk
from qa.corpus import Article, Skipped
from qa.lexical import LexicalDoc, LexicalIndex, cached_tokens, doc_tokens
from qa.settings import Settings
from qa.store import ArticleRecord, Store, chunk_id

_PAGE = 5_000  # chunk ids per Chroma read


def after_ingest(
    store: Store,
    settings: Settings,
    present: list[str],
    parsed: dict[str, Article | Skipped],
    manifest: dict[str, ArticleRecord],
    fresh: dict[str, list[Chunk]],
    generation: int,
) -> LexicalIndex:
    """BM25 over every present article, in corpus order: new chunks from this run; committed ones keep the tokens
    saved with the last generation, or are read back from Chroma (never re-chunked from files not parsed)."""
    known = cached_tokens(settings.bm25_dir, generation - 1)
    committed = [c for i in present if i not in fresh for c in manifest[i].chunk_ids() if c not in known]
    texts: dict[str, str] = {}
    for b in range(0, len(committed), _PAGE):
        texts.update({cid: text for cid, (text, _) in store.get_chunks(committed[b : b + _PAGE]).items()})
    docs = []
    for article_id in present:
        article = parsed.get(article_id)
        if article_id in fresh and isinstance(article, Article):
            docs += [
                LexicalDoc(
                    chunk_id(article.id, article.version, c.index),
                    f"{article.title}\n{c.text}",
                    article.outlet,
                    article.published_ts,
                )
                for c in fresh[article_id]
            ]
            continue
        r = manifest[article_id]
        docs += [
            LexicalDoc(cid, f"{r.title}\n{texts.get(cid, '')}", r.outlet, r.published_ts)
            for cid in r.chunk_ids()
            if cid in texts or cid in known
        ]
    tokens = [known[d.chunk_id] if d.chunk_id in known else doc_tokens(d.text) for d in docs]
    return LexicalIndex.build(generation, docs, settings.bm25_k1, settings.bm25_b, tokens=tokens)


def from_store(store: Store, settings: Settings, generation: int) -> LexicalIndex:
    """Rebuild BM25 from what Chroma holds (another process or machine ingested)."""
    manifest = store.manifest()
    docs = []
    for cid, text, meta in store.iter_chunks():
        record = manifest.get(str(meta.get("article_id")))
        if record is not None and record.version == meta.get("version"):
            docs.append(LexicalDoc(cid, f"{record.title}\n{text}", record.outlet, record.published_ts))
    return LexicalIndex.build(generation, docs, settings.bm25_k1, settings.bm25_b)
