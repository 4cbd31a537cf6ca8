"""One source end to end, in this process or a worker: read, extract, render, save atomically.

Results are small and bytes-free (`Outcome`): each worker writes its own files via `save`, so
only paths, timings and errors cross process boundaries.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefings.errors import ArticleTimedOut, BriefingsError

if TYPE_CHECKING:
    from types import FrameType

    from briefings.brand import Brand

Status = Literal["written", "skipped", "failed"]


@dataclass(frozen=True)
class Job:
    """What every article of a run shares: formats, folder, brand file, template, clock, flags."""

    formats: tuple[str, ...]
    output_dir: Path
    brand_path: Path
    brand_origin: str
    now: datetime
    template: str = "policy-brief"
    engine: str = "rules"
    input_format: str | None = None
    max_bytes: int = 2 * 1024 * 1024
    timeout: float = 15.0
    article_timeout: float | None = None  # wall-clock seconds per article; None: no budget
    reference_docx: Path | None = None
    force: bool = False
    skip_existing: bool = False
    claims_dir: Path | None = None  # shared folder where workers claim slugs; None: no batch


@dataclass(frozen=True)
class Previous:
    """What an earlier manifest recorded for a source: its SHA-256 and outputs."""

    sha256: str
    outputs: dict[str, str]


@dataclass(frozen=True)
class Task:
    """One source to process, numbered for the document reference."""

    source: str
    sequence: int
    previous: Previous | None = None


@dataclass
class Outcome:
    """What became of one source; bytes-free so that it crosses process boundaries cheaply."""

    source: str
    sequence: int
    status: Status
    sha256: str | None = None
    title: str | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    render_warnings: list[str] = field(default_factory=list)  # the same for every article
    error: str | None = None
    exit_code: int | None = None
    detail: str | None = None  # traceback of an unexpected error (a bug)
    model: str | None = None


# ----------------------------------------------------------------------------- one source


def generate_brief(
    task: Task, job: Job, brand: Brand, warn: Callable[[str], None] | None = None
) -> Outcome:
    """Read, extract, render and save one source; BriefingsError propagates."""
    from briefings.deliver import output_paths, plan_outputs, save_outputs, slugify
    from briefings.pipeline import (
        build_document,
        check_fonts,
        extract_article,
        load_article,
        render_document,
    )

    timings: dict[str, float] = {}
    clock = time.perf_counter()
    start = clock
    if job.skip_existing and task.previous and _is_unchanged(task.source, task.previous, job):
        outputs = {fmt: task.previous.outputs[fmt] for fmt in job.formats}
        return Outcome(task.source, task.sequence, "skipped", task.previous.sha256, outputs=outputs)

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = round(now - clock, 4)
        clock = now

    article = load_article(
        task.source, input_format=job.input_format, max_bytes=job.max_bytes, timeout=job.timeout
    )
    lap("read")
    brief = extract_article(article, engine=job.engine)
    lap("extract")
    outcome = Outcome(
        task.source, task.sequence, "written", article.source.sha256, brief.title, timings=timings
    )
    for warning in brief.warnings:
        outcome.warnings.append(warning)
        if warn is not None:
            warn(warning)
    slug = claim_slug(job.claims_dir, slugify(brief.title), task.source)
    paths = output_paths(job.output_dir, slug, job.formats)
    outcome.outputs = {fmt: str(path) for fmt, path in paths.items()}
    if job.skip_existing and all(path.exists() for path in paths.values()):
        outcome.status = "skipped"
        return outcome
    if not job.skip_existing:  # resuming completes what an interrupted run left partial
        plan_outputs(job.output_dir, slug, job.formats, job.force)
    document = build_document(
        brief, brand=brand, now=job.now, template=job.template, sequence=task.sequence
    )
    lap("compose")
    if "pdf" in job.formats and (font_warning := check_fonts(document, brand)):
        outcome.render_warnings.append(font_warning)
    rendered: dict[str, bytes] = {}
    for fmt in job.formats:
        rendered |= render_document(
            document,
            (fmt,),
            brand,
            reference_docx=job.reference_docx,
            warnings=outcome.render_warnings,
        )
        lap(f"render_{fmt}")
    save_outputs(rendered, paths)
    lap("write")
    timings["total"] = round(time.perf_counter() - start, 4)
    return outcome


def claim_slug(claims_dir: Path | None, slug: str, owner: str = "") -> str:
    """`slug`, or `slug-2`, `slug-3`… when another article of the batch took it first."""
    if claims_dir is None:
        return slug
    number = 1
    while True:
        candidate = slug if number == 1 else f"{slug}-{number}"
        claim = claims_dir / candidate
        try:  # O_EXCL makes the claim atomic across worker processes
            handle = os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            if owner and claim.read_text(encoding="utf-8") == owner:
                return candidate  # reserved for this very source by reserve_previous_slugs
            number += 1
            continue
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(owner)
        return candidate


def hash_file(source: str) -> str | None:
    """The SHA-256 of a local file, or None when it is not one or cannot be read."""
    try:
        with open(source, "rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except (OSError, ValueError):
        return None


def _is_unchanged(source: str, previous: Previous, job: Job) -> bool:
    if not all(fmt in previous.outputs for fmt in job.formats):
        return False
    paths = [Path(previous.outputs[fmt]) for fmt in job.formats]
    folder = job.output_dir.resolve()
    if not all(path.exists() and path.parent.resolve() == folder for path in paths):
        return False
    return hash_file(source) == previous.sha256


# ----------------------------------------------------------------------------- workers


@dataclass
class _WorkerState:
    job: Job
    brand: Brand
    model: str | None = None
    busy: bool = False
    stopping: bool = False


_STATE: _WorkerState | None = None


class WorkerStopped(BaseException):
    """Raised inside a worker told to stop, so that atomic writes remove their temporary file."""


def start_worker(job: Job) -> None:
    """Pool initializer: ignore Ctrl-C (the parent decides), load the brand and the NLP model."""
    global _STATE
    from briefings.brand import load_brand

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_terminate)
    _STATE = _WorkerState(job, load_brand(job.brand_path, job.brand_origin))
    _STATE.model = describe_model(job.engine)


def describe_model(engine: str) -> str | None:
    """The NLP model behind `engine` as "name version", loading it once per process."""
    from briefings.extract import describe_engine

    try:
        return describe_engine(engine)
    except Exception:  # a broken model is reported by the first article that needs it
        return None


def process_task(task: Task) -> Outcome:
    """Worker entry point: one task end to end, every error turned into a failed Outcome."""
    state = _STATE
    if state is None:
        raise RuntimeError("process_task called outside a worker started by start_worker")
    state.busy = True
    try:
        outcome = run_task(task, state.job, state.brand)
        outcome.model = state.model
        return outcome
    finally:
        state.busy = False
        if state.stopping:
            os._exit(128 + signal.SIGTERM)


def run_task(task: Task, job: Job, brand: Brand) -> Outcome:
    """One task, its errors (user errors and bugs alike) recorded rather than raised."""
    try:
        with article_budget(job.article_timeout, task.source):
            return generate_brief(task, job, brand)
    except BriefingsError as error:
        return failed_outcome(task, error.format_message(), error.exit_code)
    except Exception as error:  # a bug: one article must not stop the batch
        outcome = failed_outcome(
            task, f"internal error (a bug): {type(error).__name__}: {error}", 1
        )
        outcome.detail = "".join(traceback.format_exception(error))
        return outcome


@contextmanager
def article_budget(seconds: float | None, source: str) -> Iterator[None]:
    """Raise ArticleTimedOut in the block once `seconds` of wall-clock time have passed.

    Every stage is linear in its input, but a batch must not wait on one pathological file; a
    timer signal interrupts whatever runs, and atomic writes remove their temporary files.
    Only the main thread of a process can take signals: elsewhere there is no budget.
    """
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise ArticleTimedOut(
            f"{source}: took longer than {seconds:g} s (--article-timeout); nothing was written"
        )

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def failed_outcome(task: Task, error: str, exit_code: int) -> Outcome:
    """A failed Outcome for `task`, with the SHA-256 of its file when it can be read."""
    sha256 = hash_file(task.source) if task.source != "-" else None
    return Outcome(task.source, task.sequence, "failed", sha256, error=error, exit_code=exit_code)


def _on_terminate(signum: int, frame: FrameType | None) -> None:
    state = _STATE
    if state is not None and state.busy:
        state.stopping = True
        raise WorkerStopped  # unwinds through write_atomically, which removes its temporary file
    os._exit(128 + signum)
