"""Reading articles: encodings, front matter, titles, and files that must be skipped."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

import qa
from qa.corpus import parse_article, read_articles
from qa.errors import CorpusError
from qa.settings import Settings
from tests.conftest import DATA


def test_bom_crlf_and_front_matter_are_understood() -> None:
    articles, skipped = read_articles(DATA / "corpus", 10**6)
    bridge = next(a for a in articles if a.id == "bridge.txt")
    assert skipped == []
    assert bridge.title == "Harbour bridge reopens after repairs"
    assert (bridge.outlet, bridge.author, bridge.published) == ("Coastal Times", "Ana Silva", "2024-03-05")
    assert bridge.url == "https://example.org/bridge"
    assert bridge.published_ts == 1709596800
    assert not bridge.text.startswith("\ufeff")  # the BOM is not part of the text
    assert "\r\n" in bridge.body and "\u00a0" in bridge.body  # the rest is kept exactly as stored
    assert bridge.body.startswith("The harbour bridge")


def test_article_ids_are_paths_relative_to_the_corpus() -> None:
    articles, _ = read_articles(DATA / "corpus", 10**6)
    assert sorted(a.id for a in articles) == ["bridge.txt", "festival.md", "sub/orchard.txt"]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Late frost hits apple orchards\n\nA late frost in April ...", "Late frost hits apple orchards"),
        ("# Markdown heading\n\ntext follows here", "Markdown heading"),
        ("\n\n   \nFirst real line of text\n", "First real line of text"),
    ],
)
def test_a_title_is_derived_when_none_is_given(body: str, title: str) -> None:
    assert parse_article(body.encode(), "x.txt").title == title


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "has no text"),
        (b"   \n\t\n", "has no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        ("text".encode("utf-16"), "UTF-16"),
        (b"---\ntitle: [unclosed\n---\nbody", "front matter is not valid YAML"),
        (b"---\ntitle: never closed\nbody text", "never ends"),
        (b"---\n- a\n- list\n---\nbody", "must be 'key: value'"),
        (b"---\npublished: last tuesday\n---\nbody", "is not YYYY-MM-DD"),
        (b"---\ntitle: only front matter\n---\n", "has no text"),
    ],
)
def test_unreadable_articles_raise_a_corpus_error_naming_the_file(raw: bytes, message: str) -> None:
    with pytest.raises(CorpusError, match=message) as err:
        parse_article(raw, "bad.txt")
    assert str(err.value).startswith("bad.txt: ")


def test_bad_files_are_skipped_and_the_rest_are_read(tiny_corpus: Path) -> None:
    (tiny_corpus / "empty.txt").write_bytes(b"")
    (tiny_corpus / "latin1.txt").write_bytes(b"caf\xe9")
    (tiny_corpus / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article type: ignored, not skipped
    articles, skipped = read_articles(tiny_corpus, 10**6)
    assert len(articles) == 3
    assert sorted(s.path for s in skipped) == ["empty.txt", "latin1.txt"]


def test_oversized_articles_are_skipped_with_the_limit_named(tiny_corpus: Path) -> None:
    (tiny_corpus / "huge.txt").write_text("word " * 1000)
    _, skipped = read_articles(tiny_corpus, 2000)
    assert [s.path for s in skipped] == ["huge.txt"]
    assert "QA_MAX_ARTICLE_BYTES" in skipped[0].reason


def test_a_50_mb_article_is_refused_by_the_default_limit_without_being_read(tiny: Settings) -> None:
    """The documented bound (QA_MAX_ARTICLE_BYTES, 20 MB): the file's size is checked before a byte is read."""
    line = "The harbour authority published its annual report on shipping volumes today.\n"
    with (tiny.corpus_dir / "archive-dump.txt").open("w", encoding="utf-8") as out:
        for _ in range(50_000_000 // len(line) + 1):
            out.write(line)
    assert (tiny.corpus_dir / "archive-dump.txt").stat().st_size > 50_000_000
    defaults = Settings()
    tracemalloc.start()
    try:
        articles, skipped = read_articles(tiny.corpus_dir, defaults.max_article_bytes)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # the three small articles only, not the 50 MB
    assert [s.path for s in skipped] == ["archive-dump.txt"]
    assert "over the 20,000,000-byte limit (QA_MAX_ARTICLE_BYTES); split the article" in skipped[0].reason
    assert len(articles) == 3
    report = qa.ingest(tiny.replace(max_article_bytes=defaults.max_article_bytes))
    assert [a for a, _ in report.skipped] == ["archive-dump.txt"]
    assert report.added == 3 and report.chunks > 0  # the broken article did not stop the others


def test_symlinks_leaving_the_corpus_are_not_followed(tiny_corpus: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Outside text that must never be indexed.")
    os.symlink(secret, tiny_corpus / "link.txt")
    articles, _ = read_articles(tiny_corpus, 10**6)
    assert "link.txt" not in {a.id for a in articles}


def test_a_missing_corpus_folder_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist: create it"):
        read_articles(tmp_path / "nowhere", 10**6)


def test_hidden_folders_are_ignored(tiny_corpus: Path) -> None:
    (tiny_corpus / ".git").mkdir()
    (tiny_corpus / ".git" / "notes.txt").write_text("not an article")
    articles, _ = read_articles(tiny_corpus, 10**6)
    assert all(not a.id.startswith(".") for a in articles)


def test_seed_corpus_metadata_comes_from_the_text(seed_corpus: Path = Path("corpus")) -> None:
    root = Path(__file__).resolve().parents[1] / "corpus"
    articles = {a.id: a for a in read_articles(root, 10**6)[0]}
    time = articles["003_99172ee6c53e77a7.txt"]
    assert (time.outlet, time.author) == ("TIME", "Jeffrey Kluger")
    assert articles["004_d6a241afb2d7d2e5.txt"].title == "China seeks new partners in space"
    assert all(not a.published for a in articles.values())  # no article states its date
