"""The qa command, driven through main([...]) as a user would type it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from qa.cli import main


@pytest.fixture
def cli_env(tiny_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QA_CORPUS_DIR", str(tiny_corpus))
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "index"))
    return tiny_corpus


def test_ingest_then_ask(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest"]) == 0
    assert "3 added" in capsys.readouterr().out
    assert main(["ask", "How", "long", "was", "the", "paper", "dragon?"]) == 0
    out = capsys.readouterr().out
    assert "30 metres long [1]." in out and "Sources:" in out and "Lantern festival draws record crowds" in out
    # The quoted sentence is set off by a block marker, so a sentence opening with a quotation mark reads as written.
    quoted = [line for line in out.splitlines() if line.startswith("      > ")]
    assert quoted and "30 metres long" in quoted[0] and not quoted[0].endswith("”")


def test_ask_json_is_machine_readable(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "What did the mayor say the bridge work cost?"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "12 million euros" in data["text"]
    assert data["citations"][0]["article_id"] == "bridge.txt" and data["refused"] is False


def test_ingest_json_report_and_skipped_warning(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (cli_env / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    assert main(["ingest", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["added"] == 3
    assert "warning: skipped bad.txt" in captured.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", "   "], "The question is empty"),
        (["ask", "x" * 100_000], "characters long"),
        (["--corpus", "/nonexistent/folder", "ingest"], "does not exist"),
        (["ask", "--since", "yesterday", "When?"], "is not YYYY-MM-DD"),
    ],
)
def test_errors_are_one_line_and_exit_non_zero(
    cli_env: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("qa: error: ") and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_articles_lists_the_index(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ingest"])
    capsys.readouterr()
    assert main(["articles"]) == 0
    out = capsys.readouterr().out
    assert "bridge.txt\tHarbour bridge reopens after repairs\tCoastal Times\t2024-03-05" in out


def test_chat_keeps_the_conversation(cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ingest"])
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("Who chairs the orchard cooperative?\nWhat did he say about insurance?\n/quit\n")
    )
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert out.count("Sources:") == 2 and "Piet Janssen" in out and "insurance would cover part of the losses" in out


def test_a_reader_that_goes_away_gets_no_traceback(cli_env: Path) -> None:
    assert main(["ingest"]) == 0
    # `qa ask ... | head -1` with head already gone: the pipe is closed before qa writes a byte.
    proc = subprocess.Popen(
        [sys.executable, "-m", "qa.cli", "ask", "How long was the paper dragon?"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err, err
