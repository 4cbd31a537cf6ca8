"""Many sources -> many briefs: expand folders and patterns, run worker processes, resume.

Each source goes through `worker.generate_brief` (which calls the `pipeline` stages); this module
only decides which sources, in which process, and what became of them.
"""

from __future__ import annotations

import glob
import os
import signal
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefings.batch.worker import (
    Job,
    Outcome,
    Status,
    Task,
    describe_model,
    failed_outcome,
    generate_brief,
    process_task,
    run_task,
    start_worker,
)
from briefings.errors import BriefingsError, OutputFailed

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from briefings.brand import Brand

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".eml")
_PATTERN_CHARS = frozenset("*?[")


@dataclass
class Run:
    """The outcomes of a batch, in input order, and whether Ctrl-C cut it short."""

    outcomes: list[Outcome]
    total: int
    started: datetime
    finished: datetime
    seconds: float
    jobs: int
    interrupted: bool = False

    def count(self, status: Status) -> int:
        """How many sources ended with `status`."""
        return sum(1 for outcome in self.outcomes if outcome.status == status)


# ----------------------------------------------------------------------------- sources


def is_batch(arguments: Sequence[str]) -> bool:
    """Whether the arguments name a batch: several, a folder or a pattern (not one file)."""
    if len(arguments) != 1:
        return True
    argument = arguments[0]
    if argument == "-" or "://" in argument:
        return False
    return Path(argument).is_dir() or (
        not Path(argument).exists() and bool(_PATTERN_CHARS & set(argument))
    )


def expand_sources(arguments: Iterable[str]) -> list[str]:
    """Files, folders (their article files) and glob patterns -> sources, each once, in order."""
    sources: list[str] = []
    seen: set[str] = set()

    def add(source: str) -> None:
        key = source if source == "-" or "://" in source else os.path.realpath(source)
        if key not in seen:
            seen.add(key)
            sources.append(source)

    for argument in arguments:
        path = Path(argument)
        if argument == "-" or "://" in argument or path.is_file():
            add(argument)
        elif path.is_dir():
            for found in list_article_files(path):
                add(str(found))
        elif _PATTERN_CHARS & set(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            for match in matches or [argument]:  # no match: reported as not found
                if Path(match).is_dir():
                    for found in list_article_files(Path(match)):
                        add(str(found))
                else:
                    add(match)
        else:
            add(argument)  # missing: the worker reports it as not found
    return sources


def list_article_files(folder: Path) -> list[Path]:
    """The article files directly inside `folder`, by name; hidden files are left out."""
    return sorted(
        entry
        for entry in folder.iterdir()
        if entry.is_file()
        and not entry.name.startswith(".")
        and entry.suffix.lower() in ARTICLE_SUFFIXES
    )


def reserve_previous_slugs(tasks: Iterable[Task], job: Job) -> None:
    """Claim the slugs an earlier run gave to articles that may be skipped: no other takes them."""
    if job.claims_dir is None or not job.skip_existing:
        return
    for task in tasks:
        if task.previous is not None:
            for output in task.previous.outputs.values():
                (job.claims_dir / Path(output).stem).write_text(task.source, encoding="utf-8")


# ----------------------------------------------------------------------------- the run


class _OutputsFailed(Exception):
    """An article's output could not be written: the batch stops (workers too)."""


def run_single(
    task: Task,
    job: Job,
    brand: Brand,
    *,
    warn: Callable[[str], None],
    on_finish: Callable[[Run], None],
) -> Outcome:
    """One source in this process, as before batches: its error propagates with its exit code."""
    started = datetime.now().astimezone()
    clock = time.perf_counter()

    def finish(outcome: Outcome) -> None:
        seconds = round(time.perf_counter() - clock, 3)
        on_finish(Run([outcome], 1, started, datetime.now().astimezone(), seconds, 1))

    try:
        outcome = generate_brief(task, job, brand, warn)
    except BriefingsError as error:
        finish(failed_outcome(task, error.format_message(), error.exit_code))
        raise
    if outcome.title:
        outcome.model = describe_model(job.engine)
    finish(outcome)
    return outcome


def run_batch(
    tasks: Sequence[Task],
    job: Job,
    brand: Brand,
    *,
    jobs: int,
    on_outcome: Callable[[Outcome], None],
) -> Run:
    """Process every task (in worker processes when jobs > 1); Ctrl-C stops them cleanly.

    An output that cannot be written (a full disk, a read-only folder) stops the batch too:
    every later article would fail the same way, after reading and rendering for nothing.
    """
    started = datetime.now().astimezone()
    clock = time.perf_counter()
    jobs = max(1, min(jobs, len(tasks)))
    outcomes: dict[int, Outcome] = {}
    reserve_previous_slugs(tasks, job)

    def record(outcome: Outcome) -> None:
        outcomes[outcome.sequence] = outcome
        on_outcome(outcome)
        if outcome.exit_code == OutputFailed.exit_code:
            raise _OutputsFailed

    interrupted = False
    try:
        if jobs == 1:
            model = None
            for task in tasks:
                outcome = run_task(task, job, brand)
                model = model or (describe_model(job.engine) if outcome.title else None)
                outcome.model = model
                record(outcome)
        else:
            _run_in_pool(tasks, job, jobs, record)
    except KeyboardInterrupt:
        interrupted = True
    except _OutputsFailed:
        pass  # the failed outcome says why; the articles after it are "not started"
    ordered = [outcomes[task.sequence] for task in tasks if task.sequence in outcomes]
    return Run(
        ordered,
        len(tasks),
        started,
        datetime.now().astimezone(),
        round(time.perf_counter() - clock, 3),
        jobs,
        interrupted,
    )


def _run_in_pool(
    tasks: Sequence[Task], job: Job, jobs: int, record: Callable[[Outcome], None]
) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    # "spawn": no fork of a parent that may run a progress thread; each worker loads the model once.
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=start_worker, initargs=(job,)
    )
    try:
        # Workers start with Ctrl-C ignored (inherited through exec): the parent stops them.
        handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            futures = {executor.submit(process_task, task): task for task in tasks}
        finally:
            signal.signal(signal.SIGINT, handler)
        for future in as_completed(futures):
            task = futures[future]
            try:
                outcome = future.result()
            except BrokenProcessPool:
                outcome = Outcome(
                    task.source, task.sequence, "failed", error="worker process died", exit_code=1
                )
            record(outcome)
    except BaseException:
        _stop_workers(executor)
        raise
    executor.shutdown(wait=True)


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    processes: dict[int, Any] = dict(getattr(executor, "_processes", None) or {})
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        if process.is_alive():
            process.terminate()
    for process in processes.values():
        process.join(timeout=10)
