"""Run -> manifest JSON: per input its path, SHA-256, outputs, stage timings and status."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefings import __version__
from briefings.batch.run import Run
from briefings.batch.worker import Job, Outcome, Previous
from briefings.deliver import write_atomically

MANIFEST_VERSION = 1


def build_manifest(run: Run, job: Job, *, brand_name: str) -> dict[str, Any]:
    """The manifest of a run as JSON-ready data."""
    model = next((outcome.model for outcome in run.outcomes if outcome.model), None)
    if run.interrupted:
        status = "interrupted"
    elif run.count("failed"):
        status = "failed"
    else:
        status = "complete"
    return {
        "manifest_version": MANIFEST_VERSION,
        "tool": {"name": "briefings", "version": __version__},
        "engine": job.engine,
        "model": model,
        "brand": {"name": brand_name, "path": str(job.brand_path), "origin": job.brand_origin},
        "template": job.template,
        "formats": list(job.formats),
        "output_dir": str(job.output_dir),
        "jobs": run.jobs,
        "started": run.started.isoformat(timespec="seconds"),
        "finished": run.finished.isoformat(timespec="seconds"),
        "seconds": run.seconds,
        "status": status,
        "counts": {
            "total": run.total,
            "written": run.count("written"),
            "skipped": run.count("skipped"),
            "failed": run.count("failed"),
            "not_started": run.total - len(run.outcomes),
        },
        "articles": [describe_outcome(outcome) for outcome in run.outcomes],
    }


def describe_outcome(outcome: Outcome) -> dict[str, Any]:
    """One input's entry in the manifest."""
    entry: dict[str, Any] = {
        "source": outcome.source,
        "sha256": outcome.sha256,
        "status": outcome.status,
        "title": outcome.title,
        "outputs": outcome.outputs,
        "timings": outcome.timings,
        "warnings": outcome.warnings + outcome.render_warnings,
        "error": outcome.error,
        "exit_code": outcome.exit_code,
    }
    if outcome.detail:
        entry["traceback"] = outcome.detail
    return entry


def write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    """Write the manifest atomically (`-` for standard output is not supported: it is a file).

    No lock: the manifest is the record of one run, written once, whole, at its end, by a
    rename. Two runs sharing it each leave a complete manifest and the last one stays; a
    reader or a SIGKILL never meets half of one. A lock would only matter if runs merged
    their records into one file, which they do not.
    """
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"))


def read_previous(path: Path) -> dict[str, Previous]:
    """What an earlier manifest at `path` recorded, by source; empty when there is none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        articles = data["articles"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    found: dict[str, Previous] = {}
    for entry in articles if isinstance(articles, list) else []:
        if not isinstance(entry, dict) or entry.get("status") not in ("written", "skipped"):
            continue
        source, sha256, outputs = entry.get("source"), entry.get("sha256"), entry.get("outputs")
        if isinstance(source, str) and isinstance(sha256, str) and isinstance(outputs, dict):
            found[source] = Previous(sha256, {str(k): str(v) for k, v in outputs.items()})
    return found
