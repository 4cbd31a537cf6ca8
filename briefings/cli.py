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
from briefings.errors import EXIT_CODES, BadBrief

if TYPE_CHECKING:
    from briefings.blocks import Document
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
reference_docx_option = click.option(
    "--reference-docx",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A Word file whose styles, page setup, headers and footers the DOCX uses.",
)


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

    from briefings.batch import Run, expand_sources, is_batch, run_batch, run_single
    from briefings.errors import BatchFailed, InputNotFound
    from briefings.manifest import build_manifest, read_previous, write_manifest
    from briefings.pipeline import DEFAULT_FORMATS
    from briefings.progress import format_summary, open_reporter
    from briefings.worker import Job, Task

    if force and skip_existing:
        raise click.UsageError("--force and --skip-existing cannot be used together.")
    batch = is_batch(articles)
    sources = expand_sources(articles) if batch else list(articles)
    if not sources:
        raise InputNotFound(f"{', '.join(articles)}: no article files found")
    if batch and "-" in sources:
        raise click.UsageError("- (standard input) can only be read on its own, not in a batch.")
    chosen = tuple(dict.fromkeys(formats)) or DEFAULT_FORMATS
    brand = resolve_brand(brand_file)
    previous = read_previous(manifest) if manifest is not None and skip_existing else {}
    tasks = [Task(source, n, previous.get(source)) for n, source in enumerate(sources, start=1)]
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
            for warning in outcome.render_warnings:
                click.echo(f"Warning: {warning}", err=True)
            if outcome.status == "skipped":
                click.echo(f"Skipped {source}: its outputs exist.", err=True)
            for path in outcome.outputs.values() if outcome.status == "written" else ():
                click.echo(path)
            return
        with open_reporter(len(tasks), quiet=quiet) as reporter:
            run = run_batch(
                tasks, job, brand, jobs=jobs or os.cpu_count() or 1, on_outcome=reporter.report
            )
    finish(run)
    for line in format_summary(run):
        click.echo(line, err=True)
    if run.interrupted:
        click.echo("Stopped by Ctrl-C; run again with --skip-existing to resume.", err=True)
        raise click.exceptions.Exit(130)
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
    from briefings.pipeline import DEFAULT_FORMATS, build_document, render_document
    from briefings.save import plan_outputs, save_outputs, slugify

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


@main.command(name="email", epilog=EXIT_CODES_HELP)
@click.argument("source", metavar="ARTICLE|BRIEF")
@click.option(
    "--to",
    multiple=True,
    required=True,
    metavar="ADDR",
    help="Recipient; repeat, or separate addresses with commas.",
)
@click.option("--cc", multiple=True, metavar="ADDR", help="Copy recipient; repeat or use commas.")
@click.option(
    "--from",
    "sender",
    envvar="BRIEFINGS_SMTP_FROM",
    metavar="ADDR",
    help="Sender (needed with --send). Default: $BRIEFINGS_SMTP_FROM.",
)
@click.option(
    "--subject",
    metavar="TEXT",
    help="Subject after the [CLASSIFICATION] marking. Default: the brief's title.",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write the message to FILE.eml (- for standard output). Default without --send: "
    "OUTPUT_DIR/<title-slug>.eml, a draft (X-Unsent) that Outlook and Thunderbird open "
    "for editing.",
)
@click.option("--send", is_flag=True, help="Deliver the message by SMTP.")
@click.option(
    "-a",
    "--attach",
    type=click.Choice(FORMATS),
    multiple=True,
    help="Format of the brief to attach; repeat. Default: pdf and docx.",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder of the default draft and of --save-attachments.",
)
@click.option(
    "--save-attachments", is_flag=True, help="Also write the attached files to OUTPUT_DIR."
)
@brand_option
@template_option
@click.option(
    "--body-template",
    default="email",
    show_default=True,
    metavar="NAME|FILE",
    help="Template of the message body (its text and HTML alternatives).",
)
@force_option
@engine_option
@input_format_option
@click.option("--smtp-host", metavar="HOST", help="SMTP server. Default: $BRIEFINGS_SMTP_HOST.")
@click.option(
    "--smtp-port",
    type=click.IntRange(1, 65535),
    help="Default: $BRIEFINGS_SMTP_PORT, else 587 (starttls), 465 (ssl) or 25 (none).",
)
@click.option(
    "--smtp-security",
    type=click.Choice(("starttls", "ssl", "none")),
    help="Transport security. Default: $BRIEFINGS_SMTP_SECURITY, else starttls.",
)
@click.option(
    "--smtp-user",
    metavar="NAME",
    help="Login name (default: $BRIEFINGS_SMTP_USER). The password is read from "
    "$BRIEFINGS_SMTP_PASSWORD, or asked for on a terminal; never from the command line.",
)
@click.option(
    "--smtp-timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds to wait for the SMTP server.",
)
def email_command(
    source: str,
    to: tuple[str, ...],
    cc: tuple[str, ...],
    sender: str | None,
    subject: str | None,
    output: str | None,
    send: bool,
    attach: tuple[str, ...],
    output_dir: Path,
    save_attachments: bool,
    brand_file: str | None,
    template: str,
    body_template: str,
    force: bool,
    engine: str,
    input_format: str | None,
    smtp_host: str | None,
    smtp_port: int | None,
    smtp_security: str | None,
    smtp_user: str | None,
    smtp_timeout: float,
) -> None:
    """Email the brief of ARTICLE (or of a BRIEF .yaml/.json file) as a draft or by SMTP.

    The message's subject carries the classification and the title; its body (plain text
    and HTML) gives the bottom line, key points and next steps; the brief is attached as
    PDF and DOCX. Without --send it is written as a draft .eml file.

    \b
    Examples:
      briefings email seeds/korea-canada-2plus2.txt --to desk@example.org
      briefings email brief.yaml --to a@example.org --cc b@example.org -o draft.eml
      BRIEFINGS_SMTP_PASSWORD=… briefings email article.html --to desk@example.org \\
          --send --from me@example.org --smtp-host smtp.example.org --smtp-user me
    """
    from email.utils import formataddr, getaddresses

    from briefings.errors import DeliveryFailed, OutputExists
    from briefings.mail import (
        build_message,
        format_plain_text,
        format_subject,
        message_bytes,
        render_email_html,
        resolve_server,
        send_message,
    )
    from briefings.pipeline import build_document, extract_article, load_article, render_document
    from briefings.save import plan_outputs, save_outputs, slugify, write_atomically

    def parse_addresses(values: tuple[str, ...], option: str) -> list[str]:
        pairs = getaddresses(list(values))
        bad = [address for _, address in pairs if "@" not in address]
        if bad or not pairs:
            shown = bad[0] if bad else ""
            raise click.BadParameter(f"not an email address: {shown!r}", param_hint=option)
        return [formataddr(pair) for pair in pairs]

    recipients = parse_addresses(to, "--to")
    copies = parse_addresses(cc, "--cc") if cc else []
    if send and not sender:
        raise click.UsageError("--send needs a sender: --from ADDR or $BRIEFINGS_SMTP_FROM.")
    server = (
        resolve_server(smtp_host, smtp_port, smtp_security, smtp_user, smtp_timeout)
        if send
        else None
    )
    if source.lower().endswith((".yaml", ".yml", ".json")):
        brief = load_brief(source)
    else:
        brief = extract_article(load_article(source, input_format=input_format), engine=engine)
        for warning in brief.warnings:
            click.echo(f"Warning: {source}: {warning}", err=True)
    slug = slugify(brief.title)
    target = output or (None if send else str(output_dir / f"{slug}.eml"))
    if target not in (None, "-") and Path(target).exists() and not force:
        raise OutputExists(f"{target}: already exists (use --force to overwrite)")
    brand = resolve_brand(brand_file)
    now = now_from_environment()
    chosen = tuple(dict.fromkeys(attach)) or ("pdf", "docx")
    rendered = render_document(
        build_document(brief, brand=brand, now=now, template=template), chosen, brand
    )
    if save_attachments:
        for path in save_outputs(rendered, plan_outputs(output_dir, slug, chosen, force)):
            click.echo(str(path))
    body = build_document(brief, brand=brand, now=now, template=body_template)
    message = build_message(
        subject=format_subject(brand.classification, subject or brief.title),
        to=recipients,
        cc=copies,
        sender=sender,
        text=format_plain_text(body, brand),
        html=render_email_html(body, brand),
        attachments={f"{slug}.{fmt}": data for fmt, data in rendered.items()},
        now=now,
        draft=not send,
    )
    if server is not None:
        password = None
        if server.user:
            password = os.environ.get("BRIEFINGS_SMTP_PASSWORD")
            if password is None and not sys.stdin.isatty():
                raise DeliveryFailed(
                    f"{server}: no password for {server.user} (set BRIEFINGS_SMTP_PASSWORD)"
                )
            if password is None:
                password = click.prompt(
                    f"SMTP password for {server.user} at {server.host}", hide_input=True, err=True
                )
            if server.security == "none" and server.host not in ("localhost", "127.0.0.1", "::1"):
                click.echo(f"Warning: {server}: the password travels unencrypted.", err=True)
        send_message(message, server, password)
        click.echo(f"Sent to {', '.join(recipients + copies)} via {server}.", err=True)
    if target == "-":
        sys.stdout.buffer.write(message_bytes(message))
        sys.stdout.flush()
    elif target is not None:
        write_atomically(Path(target), message_bytes(message))
        click.echo(target)


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


@main.group()
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
    from briefings.brand_files import init_brand

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
    from briefings.brand_files import describe_brand

    click.echo(describe_brand(resolve_brand(brand_file)))


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
    from briefings.lint import lint_docx

    if not docx_file.is_file():
        raise InputNotFound(f"{docx_file}: no such file")
    problems = lint_docx(docx_file.read_bytes())
    for problem in problems:
        click.echo(f"{docx_file}: {problem}")
    if problems:
        raise LintFailed(f"{docx_file}: {len(problems)} problem(s)")
    click.echo(f"{docx_file}: no problems", err=True)


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
