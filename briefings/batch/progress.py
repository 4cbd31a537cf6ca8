"""Batch outcomes -> what a person sees: a bar on a terminal, plain lines otherwise, a summary.

Written paths go to standard output, one per line (as for a single article); progress, warnings,
errors and the summary go to standard error. Without a terminal there is no colour and no control
character; NO_COLOR is respected on a terminal too.
"""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import Any, Protocol

import click

from briefings.batch.run import Run
from briefings.batch.worker import Outcome


class Reporter(Protocol):
    """Shows a batch's progress as outcomes arrive."""

    def __enter__(self) -> Reporter: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def report(self, outcome: Outcome) -> None:
        """Show one finished source."""

    def note(self, text: str) -> None:
        """Print a line to standard error without breaking the display."""


def open_reporter(total: int, *, quiet: bool = False) -> Reporter:
    """A bar when standard error is a terminal, plain lines otherwise (none when `quiet`)."""
    if not quiet and is_terminal():
        return BarReporter(total)
    return LineReporter(total, quiet=quiet)


def is_terminal() -> bool:
    """Whether standard error is an interactive terminal that can draw a progress bar."""
    return sys.stderr.isatty() and os.environ.get("TERM", "") != "dumb"


class LineReporter:
    """One plain line per finished source on standard error; paths on standard output."""

    def __init__(self, total: int, *, quiet: bool = False) -> None:
        self.total = total
        self.done = 0
        self.quiet = quiet
        self.shown: set[str] = set()

    def __enter__(self) -> LineReporter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def report(self, outcome: Outcome) -> None:
        """Paths, warnings and a progress line for one outcome."""
        self.done += 1
        for line in warning_lines(outcome, self.shown):
            self.note(line)
        if not self.quiet:
            self.note(format_progress_line(outcome, self.done, self.total))
        if outcome.status == "written":
            for path in outcome.outputs.values():
                click.echo(path)

    def note(self, text: str) -> None:
        """A line on standard error."""
        click.echo(text, err=True)


class BarReporter:
    """A rich progress bar on standard error; other lines are printed above it."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")) or None)
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[failed]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.task = self.progress.add_task("Briefs", total=total, failed="")
        self.failed = 0
        self.shown: set[str] = set()
        # Paths join the lines above the bar when both streams are the terminal.
        self.paths_to_console = sys.stdout.isatty()

    def __enter__(self) -> BarReporter:
        self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.progress.stop()

    def report(self, outcome: Outcome) -> None:
        """Advance the bar; print paths, warnings and failures above it."""
        for line in warning_lines(outcome, self.shown):
            self.note(line)
        if outcome.status == "failed":
            self.failed += 1
            self.note(f"Failed: {outcome.source}: {short_error(outcome)}")
        elif outcome.status == "written":
            for path in outcome.outputs.values():
                if self.paths_to_console:
                    self._print(path)
                else:
                    click.echo(path)
        failed = f"{self.failed} failed" if self.failed else ""
        self.progress.update(self.task, advance=1, failed=failed)

    def note(self, text: str) -> None:
        """A line above the bar."""
        self._print(text)

    def _print(self, text: str) -> None:
        options: dict[str, Any] = {"markup": False, "highlight": False, "soft_wrap": True}
        self.progress.console.print(text, **options)


def warning_lines(outcome: Outcome, shown: set[str]) -> list[str]:
    """The article's warnings, then rendering warnings not `shown` before (they repeat)."""
    lines = [f"Warning: {outcome.source}: {warning}" for warning in outcome.warnings]
    for warning in outcome.render_warnings:
        if warning not in shown:
            shown.add(warning)
            lines.append(f"Warning: {warning}")
    return lines


def format_progress_line(outcome: Outcome, done: int, total: int) -> str:
    """`[  3/200] written  path (0.21 s)` or `[  4/200] failed   path: error`."""
    width = len(str(total))
    head = f"[{done:>{width}}/{total}] {outcome.status:<8} {outcome.source}"
    if outcome.status == "failed":
        return f"{head}: {short_error(outcome)}"
    seconds = outcome.timings.get("total")
    return f"{head} ({seconds:.2f} s)" if seconds is not None else head


def short_error(outcome: Outcome) -> str:
    """The one-line error of a failed outcome, without repeating the source in front."""
    error = (outcome.error or "failed").splitlines()[0] if outcome.error else "failed"
    prefix = f"{outcome.source}: "
    text = error[len(prefix) :] if error.startswith(prefix) else error
    return f"{text} (exit {outcome.exit_code})" if outcome.exit_code else text


def format_summary(run: Run) -> list[str]:
    """The closing lines: counts and time, then each failed source with its error."""
    rate = len(run.outcomes) / run.seconds if run.seconds > 0 else 0.0
    counts = (
        f"{run.count('written')} written, {run.count('skipped')} skipped, "
        f"{run.count('failed')} failed"
    )
    if run.total > len(run.outcomes):  # Ctrl-C, or an output that could not be written
        counts += f", {run.total - len(run.outcomes)} not started"
    workers = "1 process" if run.jobs == 1 else f"{run.jobs} worker processes"
    lines = [
        f"{'Interrupted' if run.interrupted else 'Done'}: {counts} "
        f"in {run.seconds:.1f} s ({rate:.1f} per second, {workers})."
    ]
    failed = [outcome for outcome in run.outcomes if outcome.status == "failed"]
    if failed:
        lines.append(f"Failed ({len(failed)}):")
        lines.extend(f"  {outcome.source}: {short_error(outcome)}" for outcome in failed)
    return lines
