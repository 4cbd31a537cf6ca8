"""Command-line interface: parse options, call the pipeline, report what was written.

Heavy libraries (spaCy, ReportLab, python-docx) are imported only inside commands, so that
`briefings --help` answers at once. The `email`, `review`, `templates` and `brand` commands
live in mail.py, review.py and customise.py and are added to the group at the
end of this module.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefings import __version__
from briefings.cli.customise import brand, templates
from briefings.cli.mail import email_command
from briefings.cli.review import review_command
from briefings.cli.shared import (
    EXIT_CODES_HELP,
    article_timeout_option,
    brand_option,
    dump_brief,
    engine_option,
    force_option,
    formats_option,
    input_format_option,
    load_brief,
    max_bytes_option,
    now_from_environment,
    output_dir_option,
    reference_docx_option,
    remove_stale_temporaries,
    resolve_brand,
    template_option,
    timeout_option,
    warn_uncovered_characters,
)

if TYPE_CHECKING:
    from briefings.batch import Outcome, Run, Task


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
@engine_option
@input_format_option
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    metavar="N",
    help="Worker processes for a batch (each loads the language model once); 0: one per CPU.",
)
@click.option(
    "--skip-existing",
    is_flag=True,
    help="Skip articles whose outputs all exist: resumes an interrupted batch.",
)
@click.option(
    "--manifest",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write a JSON record of the run: each input with its SHA-256, outputs, timings and "
    "error; tool, model and brand. With --skip-existing, unchanged inputs it lists are skipped "
    "without being read again.",
)
@click.option("-q", "--quiet", is_flag=True, help="Batch: print only failures and the summary.")
@reference_docx_option
@max_bytes_option
@timeout_option
@article_timeout_option
def generate(
    articles: tuple[str, ...],
    formats: tuple[str, ...],
    output_dir: Path,
    brand_file: str | None,
    template: str,
    force: bool,
    engine: str,
    input_format: str | None,
    jobs: int,
    skip_existing: bool,
    manifest: Path | None,
    quiet: bool,
    reference_docx: Path | None,
    max_bytes: int,
    timeout: float,
    article_timeout: float,
) -> None:
    """Read ARTICLE(s), extract the brief and write it as PDF and DOCX (or -f formats).

    ARTICLE is a text, Markdown, HTML, Word or email file, an http(s) URL, or - for
    standard input; or a folder (its .txt .md .html .htm .docx .eml files) or a glob
    pattern such as 'inbox/*.html'. Files are written to OUTPUT_DIR/<title-slug>.<format>
    and their paths printed; two articles of a batch with the same title get <slug>-2.

    A batch goes on past a failing article, shows progress on standard error, ends with
    a summary and exits with 15 if any article failed. Ctrl-C stops it (exit 130) without
    leaving half-written files; run again with --skip-existing to resume.

    \b
    Examples:
      briefings generate seeds/korea-canada-2plus2.txt
      briefings generate a.txt b.html -f pdf -o briefs/ --force
      briefings generate - --input-format text < article.txt
      briefings generate inbox/ -j 2 --manifest run.json
      briefings generate 'inbox/*.html' -j 0 --skip-existing --manifest run.json
    """
    import tempfile
    from contextlib import nullcontext

    from briefings.batch import (
        Job,
        build_manifest,
        open_reporter,
        run_batch,
        run_single,
        write_manifest,
    )
    from briefings.pipeline import DEFAULT_FORMATS

    if force and skip_existing:
        raise click.UsageError("--force and --skip-existing cannot be used together.")
    batch, sources = list_sources(articles)
    chosen = tuple(dict.fromkeys(formats)) or DEFAULT_FORMATS
    brand = resolve_brand(brand_file)
    remove_stale_temporaries(output_dir, manifest)
    tasks = plan_tasks(sources, manifest if skip_existing else None)
    claims = tempfile.TemporaryDirectory(prefix="briefings-") if batch else nullcontext(None)
    with claims as claims_dir:
        job = Job(
            chosen,
            output_dir,
            brand.path,
            brand.origin,
            now_from_environment(),
            template=template,
            engine=engine,
            input_format=input_format,
            max_bytes=max_bytes,
            timeout=timeout,
            article_timeout=article_timeout,
            reference_docx=reference_docx,
            force=force,
            skip_existing=skip_existing,
            claims_dir=Path(claims_dir) if claims_dir else None,
        )

        def finish(run: Run) -> None:
            if manifest is not None:
                write_manifest(manifest, build_manifest(run, job, brand_name=brand.name))

        if not batch:
            source = sources[0]
            outcome = run_single(
                tasks[0],
                job,
                brand,
                warn=lambda warning: click.echo(f"Warning: {source}: {warning}", err=True),
                on_finish=finish,
            )
            report_single(source, outcome)
            return
        with open_reporter(len(tasks), quiet=quiet) as reporter:
            run = run_batch(
                tasks, job, brand, jobs=jobs or os.cpu_count() or 1, on_outcome=reporter.report
            )
    finish(run)
    report_batch(run)


def list_sources(articles: tuple[str, ...]) -> tuple[bool, list[str]]:
    """Whether the arguments make a batch, and its sources (folders and patterns expanded)."""
    from briefings.batch import expand_sources, is_batch
    from briefings.errors import InputNotFound

    batch = is_batch(articles)
    sources = expand_sources(articles) if batch else list(articles)
    if not sources:
        raise InputNotFound(f"{', '.join(articles)}: no article files found")
    if batch and "-" in sources:
        raise click.UsageError("- (standard input) can only be read on its own, not in a batch.")
    return batch, sources


def plan_tasks(sources: list[str], manifest: Path | None) -> list[Task]:
    """One task per source, numbered, with what `manifest` (when resuming) recorded of it."""
    from briefings.batch import Task, read_previous

    previous = read_previous(manifest) if manifest is not None else {}
    return [Task(source, n, previous.get(source)) for n, source in enumerate(sources, start=1)]


def report_single(source: str, outcome: Outcome) -> None:
    """One article's warnings on standard error, its written paths on standard output."""
    for warning in outcome.render_warnings:
        click.echo(f"Warning: {warning}", err=True)
    if outcome.status == "skipped":
        click.echo(f"Skipped {source}: its outputs exist.", err=True)
    for path in outcome.outputs.values() if outcome.status == "written" else ():
        click.echo(path)


def report_batch(run: Run) -> None:
    """A batch's summary on standard error, and the exit code its worst outcome calls for."""
    from briefings.batch import format_summary
    from briefings.errors import BatchFailed, OutputFailed

    for line in format_summary(run):
        click.echo(line, err=True)
    if run.interrupted:
        click.echo("Stopped by Ctrl-C; run again with --skip-existing to resume.", err=True)
        raise click.exceptions.Exit(130)
    unwritable = [o for o in run.outcomes if o.exit_code == OutputFailed.exit_code]
    if unwritable:
        click.echo("Stopped: fix the output folder, then run again with --skip-existing.", err=True)
        raise OutputFailed(unwritable[0].error or "an output file could not be written")
    if run.count("failed"):
        raise BatchFailed(f"{run.count('failed')} of {run.total} articles failed (listed above)")


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
@engine_option
@input_format_option
@max_bytes_option
@timeout_option
def extract(
    article: str,
    fmt: str,
    output: str,
    engine: str,
    input_format: str | None,
    max_bytes: int,
    timeout: float,
) -> None:
    """Extract the brief of ARTICLE as YAML or JSON, for review or editing.

    Every item carries its evidence: the sentence of the article it came from.

    \b
    Examples:
      briefings extract seeds/korea-canada-2plus2.txt
      briefings extract article.html --format json -o brief.json
    """
    from briefings.pipeline import extract_article, load_article

    loaded = load_article(article, input_format=input_format, max_bytes=max_bytes, timeout=timeout)
    brief = extract_article(loaded, engine=engine)
    for warning in brief.warnings:
        click.echo(f"Warning: {article}: {warning}", err=True)
    text = dump_brief(brief, fmt)
    if output == "-":
        click.echo(text, nl=False)
    else:
        from briefings.deliver import write_atomically

        write_atomically(Path(output), text.encode("utf-8"))
        click.echo(output, err=True)


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("brief_file", metavar="BRIEF.yaml|json")
@formats_option
@output_dir_option
@brand_option
@template_option
@force_option
@reference_docx_option
def render(
    brief_file: str,
    formats: tuple[str, ...],
    output_dir: Path,
    brand_file: str | None,
    template: str,
    force: bool,
    reference_docx: Path | None,
) -> None:
    """Render a (hand-edited) brief file without extracting again.

    `extract` then `render` gives the same documents as `generate`.

    \b
    Examples:
      briefings extract article.txt -o brief.yaml && $EDITOR brief.yaml
      briefings render brief.yaml -f pdf -f docx -o briefs/
    """
    from briefings.deliver import plan_outputs, save_outputs, slugify
    from briefings.pipeline import DEFAULT_FORMATS, build_document, render_document

    brief = load_brief(brief_file)
    chosen = tuple(dict.fromkeys(formats)) or DEFAULT_FORMATS
    brand = resolve_brand(brand_file)
    paths = plan_outputs(output_dir, slugify(brief.title), chosen, force)
    document = build_document(brief, brand=brand, now=now_from_environment(), template=template)
    warnings: list[str] = []
    outputs = render_document(
        document, chosen, brand, reference_docx=reference_docx, warnings=warnings
    )
    warn_uncovered_characters(document, brand, chosen)
    for warning in warnings:
        click.echo(f"Warning: {warning}", err=True)
    for path in save_outputs(outputs, paths):
        click.echo(str(path))


@main.command(name="eval", epilog=EXIT_CODES_HELP)
@click.argument("corpus_dir", type=click.Path(path_type=Path))
@engine_option
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


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("docx_file", metavar="FILE.docx", type=click.Path(dir_okay=False, path_type=Path))
def lint(docx_file: Path) -> None:
    """Report what breaks editing in a Word file: direct formatting, unnamed styles, fake
    links, missing headers, footers or page fields, lists that never restart.

    \b
    Example:
      briefings lint output/brief.docx
    """
    from briefings.errors import InputNotFound, LintFailed
    from briefings.writers.docx import lint_docx

    if not docx_file.is_file():
        raise InputNotFound(f"{docx_file}: no such file")
    problems = lint_docx(docx_file.read_bytes())
    for problem in problems:
        click.echo(f"{docx_file}: {problem}")
    if problems:
        raise LintFailed(f"{docx_file}: {len(problems)} problem(s)")
    click.echo(f"{docx_file}: no problems", err=True)


main.add_command(email_command)
main.add_command(review_command)
main.add_command(templates)
main.add_command(brand)


if __name__ == "__main__":
    main()
