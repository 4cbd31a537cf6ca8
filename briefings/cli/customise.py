"""`briefings templates` and `briefings brand`: what a user customises, listed and checked."""

from __future__ import annotations

from pathlib import Path

import click

from briefings.cli.shared import brand_option, force_option, resolve_brand


@click.group()
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
    from briefings.render import list_templates

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
    from briefings.render import template_source

    click.echo(template_source(name), nl=False)


@click.group()
def brand() -> None:
    """Create, check and show brands (logo, colours, fonts, classification markings).

    \b
    Examples:
      briefings brand init my-brand && $EDITOR my-brand/brand.yml
      briefings brand check my-brand/brand.yml
      briefings brand show --brand ministry
    """


@brand.command(name="init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option(
    "--from",
    "source",
    default="default",
    show_default=True,
    help="Built-in brand to start from (default, ministry, think-tank).",
)
@force_option
def brand_init(folder: Path, source: str, force: bool) -> None:
    """Write a starter brand (brand.yml, logo, fonts) into FOLDER to customise.

    \b
    Example:
      briefings brand init my-brand --from ministry
      briefings generate article.txt --brand my-brand/brand.yml
    """
    from briefings.brand import init_brand

    for path in init_brand(folder, force=force, source=source):
        click.echo(str(path))


@brand.command(name="check")
@click.argument("brand_file", metavar="FILE")
def brand_check(brand_file: str) -> None:
    """Check a brand file and list every problem, one per line.

    \b
    Example:
      briefings brand check brand.yml
    """
    from briefings.brand import check_brand
    from briefings.errors import BadBrand

    problems = check_brand(brand_file)
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        raise BadBrand(f"{brand_file}: {len(problems)} problem(s)")
    click.echo(f"{brand_file}: OK")


@brand.command(name="show")
@brand_option
def brand_show(brand_file: str | None) -> None:
    """Print the brand in effect and where it came from.

    \b
    Examples:
      briefings brand show
      BRIEFINGS_BRAND=my-brand/brand.yml briefings brand show
    """
    from briefings.brand import describe_brand

    click.echo(describe_brand(resolve_brand(brand_file)))
