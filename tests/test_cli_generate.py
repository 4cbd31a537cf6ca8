"""`briefings generate` on batches: failures reported, resume, manifest, collisions, Ctrl-C."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefings.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "korea-canada-2plus2.txt"
CORPUS = ROOT / "tests" / "corpus"
SEED_SLUG = "south-korea-and-canada-demand-withdrawal-of-north-korean-troops-from-russia"
FAST = ["-f", "md", "-f", "json"]


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764144000")
    monkeypatch.delenv("NO_COLOR", raising=False)
    return CliRunner()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """Three good articles around an empty one."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SEED, folder / "1-seed.txt")
    (folder / "2-broken.txt").write_bytes(b"")
    for name in ("01-joint-statement-norway-chile-ocean", "02-news-eu-sanctions-haiti"):
        shutil.copy(CORPUS / f"{name}.txt", folder / f"3-{name}.txt")
    return folder


def test_a_broken_article_does_not_stop_the_batch(runner: CliRunner, inbox: Path) -> None:
    out = inbox.parent / "out"
    result = runner.invoke(main, ["generate", str(inbox), "-o", str(out), *FAST])
    assert result.exit_code == 15, result.output
    assert len(list(out.glob("*.md"))) == 3 and len(list(out.glob("*.json"))) == 3
    written = result.stdout.splitlines()
    assert sorted(written) == sorted(str(path) for path in out.iterdir())
    bad = str(inbox / "2-broken.txt")
    assert f"Failed (1):\n  {bad}: the article is empty (exit 5)" in result.stderr
    assert "Done: 3 written, 0 skipped, 1 failed" in result.stderr
    assert result.stderr.rstrip().endswith("Error: 1 of 4 articles failed (listed above)")
    assert "\x1b" not in result.output and "\r" not in result.output  # no terminal codes


def test_skip_existing_resumes_and_the_manifest_records_the_run(
    runner: CliRunner, inbox: Path
) -> None:
    out, manifest = inbox.parent / "out", inbox.parent / "run.json"
    (inbox / "2-broken.txt").unlink()
    first = runner.invoke(
        main, ["generate", str(inbox), "-o", str(out), *FAST, "--manifest", str(manifest)]
    )
    assert first.exit_code == 0, first.output
    data = json.loads(manifest.read_text(encoding="utf-8"))
    assert data["status"] == "complete" and data["counts"]["written"] == 3
    assert data["tool"]["name"] == "briefings" and data["model"]
    assert data["brand"]["name"] and data["formats"] == ["md", "json"]
    assert data["started"] <= data["finished"]
    entry = data["articles"][0]
    assert entry["source"] == str(inbox / "1-seed.txt")
    assert len(entry["sha256"]) == 64 and entry["status"] == "written"
    assert entry["outputs"] == {fmt: str(out / f"{SEED_SLUG}.{fmt}") for fmt in ("md", "json")}
    assert {"read", "extract", "compose", "render_md", "render_json", "write"} <= set(
        entry["timings"]
    )

    (out / f"{SEED_SLUG}.json").unlink()  # as if interrupted between two files
    again = runner.invoke(
        main,
        [
            "generate",
            str(inbox),
            "-o",
            str(out),
            *FAST,
            "--manifest",
            str(manifest),
            "--skip-existing",
        ],
    )
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines() == [
        str(out / f"{SEED_SLUG}.md"),
        str(out / f"{SEED_SLUG}.json"),
    ]
    assert "Done: 1 written, 2 skipped, 0 failed" in again.stderr


def test_without_force_existing_outputs_fail_the_article(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{SEED_SLUG}.md").write_text("mine", encoding="utf-8")
    result = runner.invoke(main, ["generate", str(SEED), str(SEED), "-o", str(out), "-f", "md"])
    # The same file twice is one source; the existing output is kept.
    assert result.exit_code == 15
    assert "already exists (use --force to overwrite) (exit 12)" in result.stderr
    assert (out / f"{SEED_SLUG}.md").read_text(encoding="utf-8") == "mine"


def test_same_titles_in_a_batch_get_distinct_names(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(SEED, tmp_path / name)
    out = tmp_path / "out"
    result = runner.invoke(main, ["generate", str(tmp_path / "*.txt"), "-o", str(out), "-f", "md"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        str(out / f"{SEED_SLUG}.md"),
        str(out / f"{SEED_SLUG}-2.md"),
        str(out / f"{SEED_SLUG}-3.md"),
    ]


@pytest.mark.parametrize(
    ("name", "data", "code", "message"),
    [
        ("missing.txt", None, 3, "no such file"),
        ("empty.txt", b"", 5, "empty"),
        ("scan.txt", b"%PDF-1.7\n", 4, "PDF"),
    ],
)
def test_a_single_article_keeps_its_own_exit_code(
    runner: CliRunner, tmp_path: Path, name: str, data: bytes | None, code: int, message: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    result = runner.invoke(main, ["generate", str(path), "-o", str(tmp_path / "out"), *FAST])
    assert result.exit_code == code, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ")
    assert message in result.output and "Summary" not in result.output


def test_a_single_article_refuses_to_overwrite_with_code_12(
    runner: CliRunner, tmp_path: Path
) -> None:
    arguments = ["generate", str(SEED), "-o", str(tmp_path), "-f", "md"]
    assert runner.invoke(main, arguments).exit_code == 0
    again = runner.invoke(main, arguments)
    assert again.exit_code == 12 and "already exists" in again.output


def test_stdin_still_works_alone_but_not_in_a_batch(runner: CliRunner, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    alone = runner.invoke(main, ["generate", "-", "-o", str(tmp_path), "-f", "md"], input=text)
    assert alone.exit_code == 0, alone.output
    assert alone.stdout.strip() == str(tmp_path / f"{SEED_SLUG}.md")
    mixed = runner.invoke(main, ["generate", "-", str(SEED), "-o", str(tmp_path)], input=text)
    assert mixed.exit_code == 2 and "standard input" in mixed.output


def test_force_and_skip_existing_exclude_each_other(runner: CliRunner) -> None:
    result = runner.invoke(main, ["generate", str(SEED), "--force", "--skip-existing"])
    assert result.exit_code == 2


def test_two_workers_write_every_brief(runner: CliRunner, inbox: Path) -> None:
    out = inbox.parent / "out"
    result = runner.invoke(
        main, ["generate", str(inbox), "-o", str(out), "-f", "md", "-j", "2", "-q"]
    )
    assert result.exit_code == 15, result.output
    assert len(list(out.glob("*.md"))) == 3
    assert "2 worker processes" in result.stderr
    assert "2-broken.txt: the article is empty (exit 5)" in result.stderr


def test_ctrl_c_stops_workers_and_leaves_no_partial_file(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(60):
        shutil.copy(SEED, inbox / f"{number:02}.txt")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "briefings", "generate", str(inbox), "-o", str(out)]
    process = subprocess.Popen(
        [*command, "-f", "md", "-f", "html", "-f", "json", "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 2:
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert b"Interrupted:" in stderr and b"--skip-existing" in stderr
    assert b"Traceback" not in stderr
    assert not [path for path in out.iterdir() if path.name.startswith(".")]
