"""The prompt files in ``prompts/``: loaded once, placeholders checked on load, filled safely.

Each file is a ``str.format`` template with named placeholders; ``load``
refuses a file whose placeholders differ from the ones the code fills (a typo
in ``{questoin}`` is a ``ConfigError`` at start-up, not a silently odd
prompt). Values are substituted once and never re-parsed, so braces in
article text are harmless. ``quote`` neutralises what could forge a source
boundary or a citation inside quoted data. The wording lives in the files;
this module has none.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qa.errors import ConfigError

# The repository's prompts/ folder; settings.prompts_dir (QA_PROMPTS_DIR) points elsewhere.
DEFAULT_DIR = Path(__file__).resolve().parents[1] / "prompts"
# file stem -> the placeholders it must use, no more and no fewer.
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "system": frozenset({"refusal"}),
    "answer": frozenset({"sources", "question"}),
    "source": frozenset({"number", "title", "outlet", "date", "text"}),
    "condense": frozenset({"history", "question"}),
}
_FENCE = re.compile(r"<<<|>>>")
_MARKER = re.compile(r"\[(\d{1,4})\]")


@dataclass(frozen=True)
class Prompt:
    name: str
    template: str
    fields: frozenset[str]

    def fill(self, **values: object) -> str:
        given = frozenset(values)
        if given != self.fields:
            raise ConfigError(f"prompt {self.name!r} needs {sorted(self.fields)}, got {sorted(given)}")
        return self.template.format_map({k: str(v) for k, v in values.items()})


@dataclass(frozen=True)
class Prompts:
    system: Prompt
    answer: Prompt
    source: Prompt
    condense: Prompt


def placeholders(template: str, name: str = "prompt") -> frozenset[str]:
    """The named fields of a template; positional, indexed or formatted fields are errors."""
    found: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ConfigError(f"prompts/{name}.txt is not a valid template ({exc}); write literal braces as {{{{ }}}}.") from exc
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            raise ConfigError(f"prompts/{name}.txt has placeholder {{{field}}}; use plain names like {{question}}.")
        found.add(field)
    return frozenset(found)


def load_prompt(path: Path, name: str, expected: frozenset[str]) -> Prompt:
    try:
        template = path.read_text(encoding="utf-8").strip("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read prompt file {path} ({exc}); restore it from the repository.") from exc
    found = placeholders(template, name)
    if found != expected:
        missing, unknown = sorted(expected - found), sorted(found - expected)
        detail = "; ".join(
            part for part in (f"missing {missing}" if missing else "", f"unknown {unknown}" if unknown else "") if part
        )
        raise ConfigError(f"prompt file {path} has the wrong placeholders ({detail}); it must use exactly {sorted(expected)}.")
    return Prompt(name, template, found)


@lru_cache(maxsize=4)
def _load(folder: Path) -> Prompts:
    loaded = {name: load_prompt(folder / f"{name}.txt", name, fields) for name, fields in PLACEHOLDERS.items()}
    return Prompts(**loaded)


def load(folder: Path | None = None) -> Prompts:
    """All prompts of ``folder`` (settings.prompts_dir; default the repository's prompts/), validated.

    A relative folder that does not exist from the current directory is taken
    from the repository, so the default works wherever the command runs.
    """
    if folder is None or (folder == Path("prompts") and not folder.is_dir()):
        folder = DEFAULT_DIR
    return _load(folder.resolve())


def quote(text: str) -> str:
    """Article text made safe to quote: no source fences, and its own [n] never reads as our citation."""
    text = _FENCE.sub(lambda m: " ".join(m.group()), text)
    return _MARKER.sub(lambda m: f"［{m.group(1)}］", text)


def one_line(text: str) -> str:
    """Metadata (title, outlet, date) on one line, so it cannot start a line of its own in the prompt."""
    return " ".join(quote(text).split())
