"""Gold annotation file (YAML) -> GoldBrief, and the annotated cases of a corpus folder.

The gold shape and its conventions are those of the shared corpus README: every statement
(demand, position, next step) and every figure carries a `quote`, an exact span of the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from briefings.errors import BriefingsError, InputNotFound
from briefings.model import ActorKind, Stance

# Gold files are written by hand: unknown keys are typos, and bare numbers such as
# `dates: [2019]` are meant as the text "2019".
_GOLD_CONFIG = ConfigDict(extra="forbid", coerce_numbers_to_str=True)


class GoldActor(BaseModel):
    """An actor of the gold brief: name, kind and the other surface forms of the text."""

    model_config = _GOLD_CONFIG

    name: str = Field(min_length=1)
    kind: ActorKind
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None


def _as_list(value: Any) -> Any:
    """`by: Canada` is accepted as `by: [Canada]`."""
    return [value] if isinstance(value, str) else value


class GoldDemand(BaseModel):
    """A gold demand; `of` is one actor, several, or null when the text names none."""

    model_config = _GOLD_CONFIG

    by: list[str] = Field(default_factory=list)
    of: str | list[str] | None = None
    what: str | None = None
    quote: str = Field(min_length=1)

    _list_by = field_validator("by", mode="before")(_as_list)


class GoldPosition(BaseModel):
    """A gold position with its stance."""

    model_config = _GOLD_CONFIG

    by: list[str] = Field(default_factory=list)
    stance: Stance
    target: str | None = None
    what: str | None = None
    quote: str = Field(min_length=1)

    _list_by = field_validator("by", mode="before")(_as_list)


class GoldNextStep(BaseModel):
    """A gold next step (commitment, plan, announced action)."""

    model_config = _GOLD_CONFIG

    by: list[str] = Field(default_factory=list)
    what: str | None = None
    when: str | None = None
    quote: str = Field(min_length=1)

    _list_by = field_validator("by", mode="before")(_as_list)


class GoldFigure(BaseModel):
    """A gold figure: its value as written and the sentence span it comes from."""

    model_config = _GOLD_CONFIG

    value: str = Field(min_length=1)
    counts: str | None = None
    quote: str = Field(min_length=1)


class GoldBrief(BaseModel):
    """The hand-made gold brief of one article."""

    model_config = _GOLD_CONFIG

    title: str | None = None
    actors: list[GoldActor] = Field(default_factory=list)
    demands: list[GoldDemand] = Field(default_factory=list)
    positions: list[GoldPosition] = Field(default_factory=list)
    next_steps: list[GoldNextStep] = Field(default_factory=list)
    figures: list[GoldFigure] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    locations: list[str] = Field(default_factory=list)
    key_points: list[str] = Field(default_factory=list)

    @field_validator(
        "actors",
        "demands",
        "positions",
        "next_steps",
        "figures",
        "dates",
        "locations",
        "key_points",
        mode="before",
    )
    @classmethod
    def _empty_as_list(cls, value: Any) -> Any:
        """`demands:` with nothing under it (YAML null) means no demands."""
        return [] if value is None else value


class _GoldLoader(yaml.SafeLoader):
    """SafeLoader that keeps `2019-10-15` as written instead of making it a date object."""


_GoldLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_gold(path: Path) -> GoldBrief:
    """Read and validate one gold YAML file; a malformed file names the file and the key."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputNotFound(f"{path}: gold file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BriefingsError(f"{path}: cannot read gold file ({error})") from None
    try:
        data = yaml.load(text, Loader=_GoldLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise BriefingsError(f"{path}:{where}: invalid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise BriefingsError(f"{path}: a gold file must be a YAML mapping of sections")
    try:
        return GoldBrief.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = _format_location(first["loc"])
        more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
        raise BriefingsError(f"{path}: key '{key}': {first['msg']}{more}") from None


def _format_location(loc: tuple[int | str, ...]) -> str:
    """('positions', 2, 'stance') -> 'positions[2].stance'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(top level)"


@dataclass(frozen=True)
class Case:
    """One annotated article of a corpus: its name, article file and gold file."""

    name: str
    article: Path
    gold: Path


_GOLD_SUFFIXES = (".yaml", ".yml")


def find_cases(corpus_dir: Path) -> tuple[list[Case], list[str]]:
    """The annotated cases of `corpus_dir`, and a note for each article or gold left unpaired.

    Two layouts, both searched: `articles/NAME.txt` with `gold/NAME.yaml` (the shared corpus),
    and `NAME.txt` beside `NAME.yaml` in the folder itself (`tests/corpus/`).
    """
    if not corpus_dir.exists():
        raise InputNotFound(f"{corpus_dir}: no such corpus directory")
    if not corpus_dir.is_dir():
        raise BriefingsError(f"{corpus_dir}: not a directory")
    cases: list[Case] = []
    notes: list[str] = []
    for article_dir, gold_dir in (
        (corpus_dir / "articles", corpus_dir / "gold"),
        (corpus_dir, corpus_dir),
    ):
        articles = {path.stem: path for path in sorted(article_dir.glob("*.txt"))}
        golds = {
            path.stem: path
            for suffix in reversed(_GOLD_SUFFIXES)
            for path in sorted(gold_dir.glob(f"*{suffix}"))
        }
        for stem, article in articles.items():
            if stem in golds:
                cases.append(Case(stem, article, golds[stem]))
            else:
                notes.append(f"{article}: no gold file, skipped")
        notes.extend(
            f"{gold}: no article file, skipped"
            for stem, gold in golds.items()
            if stem not in articles
        )
    if not cases:
        raise BriefingsError(
            f"{corpus_dir}: no gold files found (expected articles/NAME.txt with "
            "gold/NAME.yaml, or NAME.txt beside NAME.yaml)"
        )
    return sorted(cases, key=lambda case: case.name), notes
