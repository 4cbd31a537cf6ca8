"""What the commands share: option decorators, the clock, the brand, brief files, warnings."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefings.errors import EXIT_CODES, BadBrief

if TYPE_CHECKING:
    from briefings.blocks import Document
    from briefings.brand import Brand
    from briefings.model import Article, Brief

FORMATS = ("pdf", "docx", "md", "html", "json")
INPUT_FORMATS = ("text", "markdown", "html", "docx", "eml")

EXIT_CODES_HELP = "\b\nExit codes:\n" + "\n".join(
    f"  {code:>2}  {meaning}" for code, meaning in sorted(EXIT_CODES.items())
)


def now_from_environment() -> datetime:
    """The clock: SOURCE_DATE_EPOCH when set (reproducible builds), else the current time."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC)


def resolve_brand(option: str | None) -> Brand:
    """The brand in effect: --brand, $BRIEFINGS_BRAND, ./brand.yml, user config, default."""
    from briefings.brand import find_brand, load_brand

    path, origin = find_brand(Path(option) if option else None)
    return load_brand(path, origin)


brand_option = click.option(
    "--brand",
    "brand_file",
    metavar="FILE",
    help="Brand file (brand.yml). Default: $BRIEFINGS_BRAND, ./brand.yml, the user's "
    "config folder, then the built-in brand.",
)
template_option = click.option(
    "--template",
    default="policy-brief",
    show_default=True,
    metavar="NAME|FILE",
    help="Built-in template name (see `briefings templates list`) or a Jinja2 file.",
)
formats_option = click.option(
    "-f",
    "--format",
    "formats",
    type=click.Choice(FORMATS),
    multiple=True,
    help="Output format; repeat for several. Default: pdf and docx.",
)
output_dir_option = click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder for the written files (created if missing).",
)
force_option = click.option("--force", is_flag=True, help="Overwrite existing output files.")
engine_option = click.option(
    "--engine", default="rules", show_default=True, help="Extraction engine."
)
input_format_option = click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    help="Type of the input when it cannot be guessed (stdin).",
)
max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=2 * 1024 * 1024,
    show_default=True,
    help="Refuse articles larger than this.",
)
timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=15.0,
    show_default=True,
    help="Seconds to wait for a URL.",
)
article_timeout_option = click.option(
    "--article-timeout",
    type=click.FloatRange(min=0.1),
    default=600.0,
    show_default=True,
    help="Seconds of work allowed per article of a batch; a slower one fails (exit 6).",
)
reference_docx_option = click.option(
    "--reference-docx",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A Word file whose styles, page setup, headers and footers the DOCX uses.",
)


def warn_uncovered_characters(document: Document, brand: Brand, formats: tuple[str, ...]) -> None:
    """Warn, naming the characters and the brand setting, when no font can draw some text."""
    from briefings.pipeline import check_fonts

    warning = check_fonts(document, brand) if "pdf" in formats else None
    if warning:
        click.echo(f"Warning: {warning}", err=True)


def dump_brief(brief: Brief, fmt: str) -> str:
    """The brief as YAML or JSON text."""
    if fmt == "json":
        return brief.model_dump_json(indent=2) + "\n"
    import yaml

    data = brief.model_dump(mode="json")
    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


def load_brief(path: str) -> Brief:
    """Read a brief file written by `extract` (and perhaps edited by hand)."""
    import yaml
    from pydantic import ValidationError

    from briefings.model import Brief
    from briefings.yaml_limits import load_yaml

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        from briefings.errors import InputNotFound

        raise InputNotFound(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BadBrief(f"{path}: cannot read ({error})") from None
    try:
        data = load_yaml(text)  # JSON is YAML too
    except yaml.YAMLError as error:
        raise BadBrief(f"{path}: not valid YAML or JSON ({str(error).splitlines()[0]})") from None
    surrogate = find_surrogate(data)
    if surrogate:
        raise BadBrief(f"{path}: {surrogate}: holds a lone UTF-16 surrogate (not valid Unicode)")
    try:
        return Brief.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise BadBrief(f"{path}: {key}: {first['msg']}") from None


def find_surrogate(data: object, key: str = "") -> str | None:
    """The key of the first string in `data` holding a lone surrogate ("\\ud800" in JSON)."""
    stack: list[tuple[object, str]] = [(data, key)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            if any("\ud800" <= char <= "\udfff" for char in value):
                return where or "(top level)"
        elif isinstance(value, dict):
            stack.extend((item, f"{where}.{name}".lstrip(".")) for name, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{index}]") for index, item in enumerate(value))
    return None


def remove_stale_temporaries(output_dir: Path, manifest: Path | None = None) -> None:
    """Remove the temporary files a killed run left in the output folder (and the manifest's),
    saying so: SIGKILL or a power cut gives a writer no chance to remove its own."""
    from briefings.deliver import remove_stale_temporaries as remove_leftovers

    suffixes = tuple(f".{fmt}" for fmt in FORMATS)
    removed = remove_leftovers(output_dir, lambda name: name.endswith(suffixes))
    if manifest is not None:
        removed += remove_leftovers(manifest.parent, lambda name: name == manifest.name)
    if removed:
        click.echo(
            f"Removed {len(removed)} temporary file(s) left by an interrupted run "
            f"(such as {removed[0]}).",
            err=True,
        )


def read_brief_source(
    source: str,
    *,
    input_format: str | None,
    engine: str,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> tuple[Brief, Article | None]:
    """The brief of a BRIEF file (.yaml/.json, no article) or of an ARTICLE (extracted, with its
    warnings on standard error; `max_bytes` and `timeout` default to the reading limits)."""
    from briefings.pipeline import extract_article, load_article
    from briefings.read import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

    if source.lower().endswith((".yaml", ".yml", ".json")):
        return load_brief(source), None
    article = load_article(
        source,
        input_format=input_format,
        max_bytes=max_bytes or DEFAULT_MAX_BYTES,
        timeout=timeout or DEFAULT_TIMEOUT,
    )
    brief = extract_article(article, engine=engine)
    for warning in brief.warnings:
        click.echo(f"Warning: {source}: {warning}", err=True)
    return brief, article
