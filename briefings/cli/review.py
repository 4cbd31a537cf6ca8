"""`briefings review`: one offline HTML page to check, correct and save a brief."""

from __future__ import annotations

from pathlib import Path

import click

from briefings.cli.shared import (
    EXIT_CODES_HELP,
    brand_option,
    engine_option,
    force_option,
    input_format_option,
    max_bytes_option,
    read_brief_source,
    resolve_brand,
    timeout_option,
)


@click.command(name="review", epilog=EXIT_CODES_HELP)
@click.argument("source", metavar="ARTICLE|BRIEF")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.html",
    help="Where to write the page. Default: output/<title-slug>.review.html.",
)
@brand_option
@force_option
@engine_option
@input_format_option
@max_bytes_option
@timeout_option
def review_command(
    source: str,
    output: Path | None,
    brand_file: str | None,
    force: bool,
    engine: str,
    input_format: str | None,
    max_bytes: int,
    timeout: float,
) -> None:
    """Write a review page for ARTICLE (or a BRIEF .yaml/.json file): the article with each
    evidence sentence highlighted beside the brief's items, to keep, drop, edit,
    re-attribute and merge, then save as YAML for `briefings render`.

    The page is one self-contained HTML file (no network); open it in a browser.
    From a brief file the article itself is unknown, so only its cited sentences are shown.

    \b
    Examples:
      briefings review seeds/korea-canada-2plus2.txt -o review.html
      briefings review brief.yaml --brand ministry
      (then: Save brief → briefings render ~/Downloads/<slug>.yaml)
    """
    from briefings.deliver import slugify, write_atomically
    from briefings.errors import OutputExists
    from briefings.render import build_review_page

    brief, article = read_brief_source(
        source, input_format=input_format, engine=engine, max_bytes=max_bytes, timeout=timeout
    )
    slug = slugify(brief.title)
    target = output or Path("output") / f"{slug}.review.html"
    if target.exists() and not force:
        raise OutputExists(f"{target}: already exists (use --force to overwrite)")
    page = build_review_page(brief, resolve_brand(brand_file), slug, article)
    write_atomically(target, page)
    click.echo(str(target))
