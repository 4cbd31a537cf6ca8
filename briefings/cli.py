"""Command-line interface: parse options, call the pipeline, report what was written.

Heavy libraries (spaCy, ReportLab, python-docx) are imported only inside commands, so that
`briefings --help` answers at once.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefings import __version__
from briefings.errors import EXIT_CODES, BadBrief, BriefingsError

if TYPE_CHECKING:
    from briefings.brand import Brand
    from briefings.model import Brief

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


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXIT_CODES_HELP,
)
@click.version_option(__version__, "-V", "--version", prog_name="briefings")
def main() -> None:
    """Turn a news article into a branded, evidence-backed policy brief (PDF and Word).

    \b
    Examples:
      briefings generate seeds/korea-canada-2plus2.txt
      briefings generate article.html -f pdf -f md -o briefs/
      curl -s URL | briefings generate - --input-format html
      briefings extract article.txt --format yaml -o brief.yaml
      briefings render brief.yaml -f docx
    """


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("articles", nargs=-1, required=True)
@formats_option
@output_dir_option
@brand_option
@template_option
@force_option
@click.option("--engine", default="rules", show_default=True, help="Extraction engine.")
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    help="Type of the input when it cannot be guessed (stdin).",
)
def generate(
    articles: tuple[str, ...],
    formats: tuple[str, ...],
    output_dir: Path,
    brand_file: str | None,
    template: str,
    force: bool,
    engine: str,
    input_format: str | None,
) -> None:
    """Read ARTICLE(s), extract the brief and write it as PDF and DOCX (or -f formats).

    ARTICLE is a text, Markdown, HTML, Word or email file, an http(s) URL, or - for
    standard input. Files are written to OUTPUT_DIR/<title-slug>.<format> and their
    paths printed.

    \b
    Examples:
      briefings generate seeds/korea-canada-2plus2.txt
      briefings generate a.txt b.html -f pdf -o briefs/ --force
      briefings generate - --input-format text < article.txt
    """
    from briefings.pipeline import (
        DEFAULT_FORMATS,
        build_document,
        extract_article,
        load_article,
        render_document,
    )
    from briefings.save import plan_outputs, save_outputs, slugify

    chosen = tuple(dict.fromkeys(formats)) or DEFAULT_FORMATS
    brand = resolve_brand(brand_file)
    now = now_from_environment()
    failures: list[str] = []
    for sequence, source in enumerate(articles, start=1):
        try:
            article = load_article(source, input_format=input_format)
            brief = extract_article(article, engine=engine)
            for warning in brief.warnings:
                click.echo(f"Warning: {source}: {warning}", err=True)
            paths = plan_outputs(output_dir, slugify(brief.title), chosen, force)
            document = build_document(
                brief, brand=brand, now=now, template=template, sequence=sequence
            )
            for path in save_outputs(render_document(document, chosen, brand), paths):
                click.echo(str(path))
        except BriefingsError as error:
            if len(articles) == 1:
                raise
            failures.append(source)
            click.echo(f"Error: {error.format_message()}", err=True)
    if failures:
        from briefings.errors import BatchFailed

        raise BatchFailed(f"{len(failures)} of {len(articles)} articles failed")


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("article")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("yaml", "json")),
    default="yaml",
    show_default=True,
    help="Serialisation of the brief.",
)
@click.option(
    "-o",
    "--output",
    default="-",
    metavar="FILE",
    help="Write to FILE instead of standard output (-).",
)
@click.option("--engine", default="rules", show_default=True, help="Extraction engine.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), help="Type of the input.")
def extract(article: str, fmt: str, output: str, engine: str, input_format: str | None) -> None:
    """Extract the brief of ARTICLE as YAML or JSON, for review or editing.

    Every item carries its evidence: the sentence of the article it came from.

    \b
    Examples:
      briefings extract seeds/korea-canada-2plus2.txt
      briefings extract article.html --format json -o brief.json
    """
    from briefings.pipeline import extract_article, load_article

    brief = extract_article(load_article(article, input_format=input_format), engine=engine)
    text = dump_brief(brief, fmt)
    if output == "-":
        click.echo(text, nl=False)
    else:
        from briefings.save import write_atomically

        write_atomically(Path(output), text.encode("utf-8"))
        click.echo(output, err=True)


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("brief_file", metavar="BRIEF.yaml|json")
@formats_option
@output_dir_option
@brand_option
@template_option
@force_option
def render(
    brief_file: str,
    formats: tuple[str, ...],
    output_dir: Path,
    brand_file: str | None,
    template: str,
    force: bool,
) -> None:
    """Render a (hand-edited) brief file without extracting again.

    `extract` then `render` gives the same documents as `generate`.

    \b
    Examples:
      briefings extract article.txt -o brief.yaml && $EDITOR brief.yaml
      briefings render brief.yaml -f pdf -f docx -o briefs/
    """
    from briefings.pipeline import DEFAULT_FORMATS, build_document, render_document
    from briefings.save import plan_outputs, save_outputs, slugify

    brief = load_brief(brief_file)
    chosen = tuple(dict.fromkeys(formats)) or DEFAULT_FORMATS
    brand = resolve_brand(brand_file)
    paths = plan_outputs(output_dir, slugify(brief.title), chosen, force)
    document = build_document(brief, brand=brand, now=now_from_environment(), template=template)
    for path in save_outputs(render_document(document, chosen, brand), paths):
        click.echo(str(path))


@main.command(name="eval", epilog=EXIT_CODES_HELP)
@click.argument("corpus_dir", type=click.Path(path_type=Path))
@click.option("--engine", default="rules", show_default=True, help="Extraction engine.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("table", "json")),
    default="table",
    show_default=True,
)
@click.option("-v", "--verbose", is_flag=True, help="List the misses of each article.")
def evaluate(corpus_dir: Path, engine: str, fmt: str, verbose: bool) -> None:
    """Score extraction against the gold briefs of CORPUS_DIR.

    CORPUS_DIR holds articles/NN.txt with gold/NN.yaml, or NN.txt beside NN.yaml.
    Prints precision, recall and F1 per section.

    \b
    Examples:
      briefings eval ../shared/corpus
      briefings eval tests/corpus --format json -v
    """
    from briefings.evaluate import evaluate_corpus, format_report

    score = evaluate_corpus(corpus_dir, engine=engine)
    click.echo(format_report(score, "json" if fmt == "json" else "table", verbose=verbose))


@main.group()
def templates() -> None:
    """List and show the built-in templates.

    \b
    Examples:
      briefings templates list
      briefings templates show one-pager > my-brief.md.j2
    """


@templates.command(name="list")
def templates_list() -> None:
    """Print the names of the built-in templates.

    \b
    Example:
      briefings templates list
    """
    from briefings.compose import list_templates

    for name in list_templates():
        click.echo(name)


@templates.command(name="show")
@click.argument("name")
def templates_show(name: str) -> None:
    """Print a built-in template, to copy and customise (use it with --template FILE).

    \b
    Example:
      briefings templates show policy-brief > mine.md.j2
      briefings generate article.txt --template mine.md.j2
    """
    from briefings.compose import template_source

    click.echo(template_source(name), nl=False)


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

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        from briefings.errors import InputNotFound

        raise InputNotFound(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BadBrief(f"{path}: cannot read ({error})") from None
    try:
        data = yaml.safe_load(text)  # JSON is YAML too
    except yaml.YAMLError as error:
        raise BadBrief(f"{path}: not valid YAML or JSON ({str(error).splitlines()[0]})") from None
    try:
        return Brief.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise BadBrief(f"{path}: {key}: {first['msg']}") from None


if __name__ == "__main__":
    main()
