"""Brief -> Markdown through a Jinja2 template that owns order, headings and wording.

The environment is sandboxed and strict (an undefined name is an error with its line), and
every value a template prints is escaped for Markdown by `finalize`, so article text can never
inject markup. Only values wrapped in `Raw` (evidence references made here) pass unescaped.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefings.errors import BadTemplate
from briefings.model import Actor, Brief, Evidence
from briefings.resources import templates_dir

TEMPLATE_SUFFIX = ".md.j2"
BUILTIN_TEMPLATES = ("policy-brief", "one-pager", "email")

# Characters that start Markdown syntax anywhere in a line, and at a line's start ("^" before
# a note reference would make it an inline footnote, "^[^1]").
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!{}$^])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([#>+=:-]|\d+(?=[.)]))")


class Raw(str):
    """Markdown that a template may print as is (made by this module, never from the article)."""

    __slots__ = ()


@dataclass(frozen=True)
class NoteText:
    """An evidence note as templates see it."""

    number: int
    text: str
    paragraph: int | None


def escape_markdown(value: object) -> str:
    """Escape a value for Markdown inline text; collapse its whitespace to single spaces."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _LINE_START_SPECIAL.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, mark = match.group(1), match.group(2)
    if mark.isdigit():  # "1." starts a list: escape the dot after the number
        return f"{indent}{mark}\\"
    return f"{indent}\\{mark}"


def _finalize(value: object) -> object:
    if isinstance(value, Raw):
        return str(value)
    return escape_markdown(value)


def list_templates() -> list[str]:
    """Names of the built-in templates."""
    folder = templates_dir()
    return sorted(
        path.name.removesuffix(TEMPLATE_SUFFIX)
        for path in folder.glob(f"*{TEMPLATE_SUFFIX}")
        if not path.name.startswith("_")  # partials, included by the others
    )


def template_source(name: str) -> str:
    """The text of a built-in template, for a user to copy and customise."""
    path = templates_dir() / f"{name}{TEMPLATE_SUFFIX}"
    if not path.is_file():
        raise BadTemplate(f"{name}: no such template (built-in: {', '.join(list_templates())})")
    return path.read_text(encoding="utf-8")


# C0 and C1 controls other than tab and line ends: XML (DOCX) cannot hold them and a PDF
# shows them as boxes. The clean stage drops them from articles; a brief file may hold them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def printable_brief(brief: Brief) -> Brief:
    """The brief with control characters dropped from every text field."""
    data = brief.model_dump()
    return Brief.model_validate(_strip_controls(data))


def _strip_controls(value: Any) -> Any:
    if isinstance(value, str):
        return _CONTROLS.sub("", value)
    if isinstance(value, dict):
        return {key: _strip_controls(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_strip_controls(item) for item in value]
    return value


def compose_markdown(
    brief: Brief,
    template: str = "policy-brief",
    *,
    label: str = "Policy brief",
    reference: str = "",
    now: datetime | None = None,
    extra: dict[str, Any] | None = None,
) -> str:
    """Render the brief through `template` (a built-in name or a path to a .j2 file)."""
    environment, name = _load_environment(template)
    # Two passes: the first learns which sentences the template cites, the second numbers
    # just those in article order, so the notes run 1, 2, 3… without gaps whatever the template.
    referenced: set[tuple[int, int]] = set()
    cited = cited_evidence(brief)
    markdown = ""
    for _ in range(2):
        notes = {(e.start, e.end): number for number, e in enumerate(cited, start=1)}
        referenced.clear()
        context: dict[str, Any] = {
            "brief": brief,
            "notes": [
                NoteText(number, evidence.text, evidence.paragraph)
                for number, evidence in enumerate(cited, start=1)
            ],
            "refs": lambda item, notes=notes: _refs(item, notes, referenced),
            "names": _names,
            "role_of": describe_role,
            "long_date": format_long_date,
            "label": label,
            "reference": reference,
            "now": now,
            "Raw": Raw,
            **(extra or {}),
        }
        markdown = _render(environment, name, template, context)
        cited = [e for e in cited if (e.start, e.end) in referenced]
    return re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"


def _render(environment: Any, name: str, template: str, context: dict[str, Any]) -> str:
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    try:
        return str(environment.render_within_budget(name, context))
    except TemplateNotFound as error:
        raise BadTemplate(f"{template}: template not found ({error.name})") from None
    except TemplateSyntaxError as error:
        raise BadTemplate(f"{error.filename or template}:{error.lineno}: {error.message}") from None
    except (UndefinedError, SecurityError) as error:
        raise BadTemplate(f"{template}:{_template_line(error, name)}: {error}") from None
    except TemplateError as error:
        raise BadTemplate(f"{template}: {error}") from None


def cited_evidence(brief: Brief) -> list[Evidence]:
    """Every cited sentence once, in article order: note n of the brief is item n - 1."""
    cited: dict[tuple[int, int], Evidence] = {}
    for evidence in brief.cited_evidence():
        cited.setdefault((evidence.start, evidence.end), evidence)
    return sorted(cited.values(), key=lambda e: (e.start, e.end))


def _refs(item: object, notes: dict[tuple[int, int], int], referenced: set[tuple[int, int]]) -> Raw:
    evidence: list[Evidence] = getattr(item, "evidence", None) or (
        item if isinstance(item, list) else []
    )
    keys = {(e.start, e.end) for e in evidence if (e.start, e.end) in notes}
    referenced.update(keys)
    return Raw("".join(f"[^{n}]" for n in sorted(notes[key] for key in keys)))


def format_long_date(iso: str | None) -> str:
    """An ISO date as readers write it ("23 January 2019"); anything else unchanged."""
    if not iso:
        return ""
    try:
        day = datetime.strptime(iso, "%Y-%m-%d")
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def describe_role(actor: Actor) -> str:
    """Role and affiliation in one phrase, without repeating a nationality the role states."""
    role, affiliation = actor.role or "", actor.affiliation or ""
    if not affiliation:
        return role
    words = [word for word in re.findall(r"[A-Za-z]+", affiliation) if len(word) >= 3]
    implied = bool(words) and all(word[: max(4, len(word) - 1)] in role for word in words)
    initials = [word[0] for word in words if word[0].isupper()]
    acronym = r"\.?".join(initials)  # "US" or "U.S."
    if len(initials) >= 2 and re.search(rf"\b{acronym}\b", role):
        implied = True  # "US Secretary of State" already says United States
    if implied:
        return role
    return f"{role}, {affiliation}" if role else affiliation


def _names(names: Iterable[str] | str | None) -> str:
    if names is None:
        return ""
    if isinstance(names, str):
        return names
    items = list(names)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _load_environment(template: str) -> tuple[Any, str]:
    path = Path(template)
    stamp = path.stat().st_mtime_ns if path.is_file() else 0
    return _cached_environment(template, stamp)


@lru_cache(maxsize=16)
def _cached_environment(template: str, stamp: int) -> tuple[Any, str]:
    # Compiled templates are kept per process (a batch composes many briefs); a user's template
    # file is keyed by its modification time, so an edit is picked up.
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined

    from briefings.render.sandbox import BudgetedEnvironment

    builtin = FileSystemLoader(str(templates_dir()))
    path = Path(template)
    if template.endswith((".j2", ".jinja", ".md")) or path.is_file():
        if not path.is_file():
            raise BadTemplate(f"{template}: template file not found")
        loader: Any = ChoiceLoader([FileSystemLoader(str(path.parent.resolve())), builtin])
        name = path.name
    else:
        if template not in list_templates():
            known = ", ".join(list_templates())
            raise BadTemplate(f"{template}: no such template (built-in: {known}; or give a file)")
        loader = builtin
        name = f"{template}{TEMPLATE_SUFFIX}"
    environment = BudgetedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return environment, name


def _template_line(error: BaseException, name: str) -> str:
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith(name) and frame.lineno:
            return str(frame.lineno)
    return "?"
