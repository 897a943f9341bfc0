"""``qa chat``: a multi-turn chat in the terminal, with the same answers as ``qa ask``.

Reads questions line by line, keeps the conversation as history for
follow-ups, and prints each answer with its sources. ``/clear`` forgets the
conversation, ``/quit`` (or end of input) leaves. The browser chat is ``app.py``.
"""

from __future__ import annotations

from typing import TextIO

from qa.api import ask
from qa.errors import QAError
from qa.render import as_text
from qa.settings import Settings

HELP = "Ask about the articles. /clear forgets the conversation, /quit leaves."


def run(settings: Settings, stdin: TextIO, stdout: TextIO, prompt: str = "you> ") -> int:
    history: list[dict[str, str]] = []
    interactive = stdin.isatty()
    print(HELP, file=stdout)
    while True:
        if interactive:
            stdout.write(prompt)
            stdout.flush()
        line = stdin.readline()
        if not line:
            return 0
        question = line.strip()
        if not question:
            continue
        if question in ("/quit", "/exit"):
            return 0
        if question == "/clear":
            history.clear()
            print("(conversation cleared)", file=stdout)
            continue
        try:
            answer = ask(question, history=history, settings=settings)
        except QAError as exc:
            print(f"error: {exc}", file=stdout)
            continue
        print(as_text(answer) + "\n", file=stdout, flush=True)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
