"""Batches and workers: sources from folders and patterns, slug claims, progress, manifest."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefings.batch.manifest import build_manifest, read_previous, write_manifest
from briefings.batch.progress import format_progress_line, format_summary, short_error
from briefings.batch.run import Run, expand_sources, is_batch, list_article_files
from briefings.batch.worker import (
    Job,
    Outcome,
    Previous,
    Task,
    claim_slug,
    generate_brief,
    hash_file,
)

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _job(tmp_path: Path, **changes: object) -> Job:
    settings: dict[str, object] = {
        "formats": ("md",),
        "output_dir": tmp_path / "out",
        "brand_path": tmp_path / "brand.yml",
        "brand_origin": "test",
        "now": NOW,
    }
    settings.update(changes)
    return Job(**settings)  # type: ignore[arg-type]


def test_a_folder_expands_to_its_article_files_by_name(tmp_path: Path) -> None:
    for name in ("b.html", "a.txt", "c.docx", "d.eml", "e.md", "f.htm", "notes.pdf", ".hidden.txt"):
        _touch(tmp_path / "in" / name)
    _touch(tmp_path / "in" / "sub" / "g.txt")
    names = [Path(source).name for source in expand_sources([str(tmp_path / "in")])]
    assert names == ["a.txt", "b.html", "c.docx", "d.eml", "e.md", "f.htm"]


def test_patterns_are_expanded_and_sources_kept_once_in_order(tmp_path: Path) -> None:
    a, b = _touch(tmp_path / "a.txt"), _touch(tmp_path / "b.txt")
    _touch(tmp_path / "c.html")
    sources = expand_sources([str(b), str(tmp_path / "*.txt"), str(tmp_path / "missing-*.txt")])
    assert sources == [str(b), str(a), str(tmp_path / "missing-*.txt")]


def test_urls_stdin_and_missing_files_pass_through(tmp_path: Path) -> None:
    sources = ["-", "https://example.org/a", str(tmp_path / "nope.txt")]
    assert expand_sources(sources) == sources


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["{file}"], False),
        (["-"], False),
        (["https://example.org/x"], False),
        (["{missing}"], False),
        (["{folder}"], True),
        (["{folder}/*.txt"], True),
        (["{file}", "{file}"], True),
    ],
)
def test_one_file_is_not_a_batch(tmp_path: Path, arguments: list[str], expected: bool) -> None:
    file = _touch(tmp_path / "a.txt")
    values = {"file": str(file), "folder": str(tmp_path), "missing": str(tmp_path / "m.txt")}
    assert is_batch([argument.format(**values) for argument in arguments]) is expected


def test_claims_give_each_article_its_own_slug(tmp_path: Path) -> None:
    claims = [claim_slug(tmp_path, "same-title") for _ in range(3)]
    assert claims == ["same-title", "same-title-2", "same-title-3"]
    assert claim_slug(None, "same-title") == "same-title"


def test_list_article_files_ignores_other_files(tmp_path: Path) -> None:
    _touch(tmp_path / "x.PDF")
    _touch(tmp_path / "y.TXT")
    assert [path.name for path in list_article_files(tmp_path)] == ["y.TXT"]


def test_skip_existing_uses_the_previous_manifest_without_reading(tmp_path: Path) -> None:
    source = _touch(tmp_path / "a.txt", "An article.")
    output = _touch(tmp_path / "out" / "old-title.md")
    previous = Previous(hash_file(str(source)) or "", {"md": str(output)})
    job = _job(tmp_path, skip_existing=True)
    outcome = generate_brief(Task(str(source), 1, previous), job, brand=None)  # type: ignore[arg-type]
    assert outcome.status == "skipped"
    assert outcome.outputs == {"md": str(output)}


def test_progress_lines_are_plain_and_name_the_error() -> None:
    good = Outcome("in/a.txt", 1, "written", timings={"total": 0.214})
    bad = Outcome("in/b.txt", 2, "failed", error="in/b.txt: the article is empty", exit_code=5)
    assert format_progress_line(good, 3, 200) == "[  3/200] written  in/a.txt (0.21 s)"
    assert format_progress_line(bad, 4, 200) == (
        "[  4/200] failed   in/b.txt: the article is empty (exit 5)"
    )
    assert short_error(bad) == "the article is empty (exit 5)"


def test_summary_counts_and_lists_failures() -> None:
    outcomes = [
        Outcome("a.txt", 1, "written"),
        Outcome("b.txt", 2, "failed", error="b.txt: no such file", exit_code=3),
        Outcome("c.txt", 3, "skipped"),
    ]
    run = Run(outcomes, 4, NOW, NOW, 2.0, 2, interrupted=True)
    lines = format_summary(run)
    assert lines[0].startswith(
        "Interrupted: 1 written, 1 skipped, 1 failed, 1 not started in 2.0 s"
    )
    assert lines[1:] == ["Failed (1):", "  b.txt: no such file (exit 3)"]


def test_manifest_round_trips_what_resume_needs(tmp_path: Path) -> None:
    outcomes = [
        Outcome("a.txt", 1, "written", "ab" * 32, "A", {"md": "out/a.md"}, {"extract": 0.1}),
        Outcome("b.txt", 2, "failed", None, error="b.txt: no such file", exit_code=3),
    ]
    outcomes[0].model = "en_core_web_sm 3.8.0"
    run = Run(outcomes, 2, NOW, NOW, 1.5, 1)
    path = tmp_path / "run.json"
    write_manifest(path, build_manifest(run, _job(tmp_path), brand_name="Unit"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["status"] == "failed"
    assert data["model"] == "en_core_web_sm 3.8.0"
    assert data["counts"] == {"total": 2, "written": 1, "skipped": 0, "failed": 1, "not_started": 0}
    assert data["articles"][1]["error"] == "b.txt: no such file"
    assert read_previous(path) == {"a.txt": Previous("ab" * 32, {"md": "out/a.md"})}
    assert read_previous(tmp_path / "none.json") == {}


def test_a_reserved_slug_goes_back_to_its_own_source(tmp_path: Path) -> None:
    (tmp_path / "title").write_text("in/a.txt", encoding="utf-8")
    assert claim_slug(tmp_path, "title", "in/b.txt") == "title-2"
    assert claim_slug(tmp_path, "title", "in/a.txt") == "title"
