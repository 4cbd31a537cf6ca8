"""Many sources -> many briefs: worker processes, resuming, the manifest, progress."""

from briefings.batch.manifest import build_manifest, read_previous, write_manifest
from briefings.batch.progress import format_summary, open_reporter
from briefings.batch.run import Run, expand_sources, is_batch, run_batch, run_single
from briefings.batch.worker import Job, Outcome, Task

__all__ = [
    "Job",
    "Outcome",
    "Run",
    "Task",
    "build_manifest",
    "expand_sources",
    "format_summary",
    "is_batch",
    "open_reporter",
    "read_previous",
    "run_batch",
    "run_single",
    "write_manifest",
]
