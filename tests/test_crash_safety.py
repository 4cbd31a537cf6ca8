"""Nothing lost, nothing half-written: SIGKILL mid-batch, two runs on one folder, a full disk.

Every test drives the public command line in subprocesses (`python -m briefings generate`) and
reads what it left back: PDFs with pypdf, DOCX files with python-docx, Markdown and JSON against
what an undisturbed run writes. SOURCE_DATE_EPOCH makes PDF, Markdown and JSON outputs
byte-for-byte reproducible; a DOCX (a ZIP with time stamps) is compared by its text.
"""

from __future__ import annotations

import fcntl
import io
import json
import math
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
# Eight articles from the repository itself, so a clean clone anywhere (without ../shared beside
# it) has enough work that four kills cannot finish the batch before the rerun.
ARTICLES = [
    ROOT / "seeds" / "korea-canada-2plus2.txt",
    *sorted((ROOT / "tests" / "corpus").glob("0[1-7]-*.txt")),
]
FORMATS = ("pdf", "docx", "md", "json")
EPOCH_A, EPOCH_B = "1700000000", "1800000000"  # two clocks: the documents differ in their date


def _environment(epoch: str) -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": epoch, "NO_COLOR": "1"}


def _generate(*arguments: str | Path) -> list[str]:
    command = [sys.executable, "-m", "briefings", "generate", *map(str, arguments)]
    for fmt in FORMATS:
        command += ["-f", fmt]
    return command


def _run(*arguments: str | Path, epoch: str = EPOCH_A) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _generate(*arguments),
        capture_output=True,
        text=True,
        env=_environment(epoch),
        timeout=120,
        check=False,
    )


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "in"
    inbox.mkdir()
    for article in ARTICLES:
        shutil.copy(article, inbox / article.name)
    return inbox


def _docx_text(path: Path) -> list[str]:
    return [paragraph.text for paragraph in docx.Document(str(path)).paragraphs]


def _assert_complete(path: Path, reference: Path | list[Path]) -> None:
    """`path` opens and equals the same file of one of the reference folders."""
    references = [reference] if isinstance(reference, Path) else reference
    same = [folder / path.name for folder in references]
    assert all(other.exists() for other in same), f"{path.name}: not an output of the batch"
    if path.suffix == ".pdf":
        assert len(PdfReader(path).pages) > 0
    if path.suffix == ".docx":
        assert any(_docx_text(path) == _docx_text(other) for other in same), path
    else:
        assert any(path.read_bytes() == other.read_bytes() for other in same), path
    if path.suffix == ".json":
        json.loads(path.read_text(encoding="utf-8"))


def _outputs(folder: Path) -> list[Path]:
    """The briefs in `folder` (not the manifest, not hidden files)."""
    suffixes = {f".{fmt}" for fmt in FORMATS}
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix in suffixes and path.name != "run.json" and not path.name.startswith(".")
    )


def _hidden(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """What an undisturbed batch writes with each clock (two runs at once); the manifest of
    each beside its folder, as `<folder>.json`."""
    base = tmp_path_factory.mktemp("references")
    inbox = _inbox(base)
    folders = {epoch: base / f"out-{epoch}" for epoch in (EPOCH_A, EPOCH_B)}
    runs = [
        subprocess.Popen(
            _generate(inbox, "-o", folder, "-q", "--manifest", folder.with_suffix(".json")),
            env=_environment(epoch),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for epoch, folder in folders.items()
    ]
    for run in runs:
        _, errors = run.communicate(timeout=180)
        assert run.returncode == 0, errors
    for folder in folders.values():
        assert len(_outputs(folder)) == len(ARTICLES) * len(FORMATS)
    return folders


# ----------------------------------------------------------------------------- SIGKILL


_KILL_AT_RENAME = """
import fnmatch, os, runpy, signal, sys
pattern, count = os.environ["KILL_AT_RENAME"].rsplit(":", 1)
seen = 0
def hook(event, arguments):
    # the COUNT-th os.replace/os.rename onto a name matching PATTERN: die as by SIGKILL, then
    # (the temporary file is whole, its final name not yet given)
    global seen
    if event == "os.rename" and fnmatch.fnmatch(os.path.basename(arguments[1]), pattern):
        seen += 1
        if seen == int(count):
            os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(hook)
sys.argv = ["briefings", *sys.argv[1:]]
runpy.run_module("briefings", run_name="__main__", alter_sys=True)
"""


def _killed_at_rename(*arguments: str | Path) -> list[str]:
    """`generate ARGUMENTS` that SIGKILLs itself at the COUNT-th rename onto a name matching
    PATTERN, when its environment has KILL_AT_RENAME=PATTERN:COUNT."""
    return [sys.executable, "-c", _KILL_AT_RENAME, *_generate(*arguments)[3:]]


def _kill_mid_batch(inbox: Path, out: Path, rng: random.Random, attempt: int) -> int | None:
    """A resuming batch killed by SIGKILL: at a random rename of one of its outputs (so in the
    middle of an article, its temporary written but not renamed), or, every other attempt, from
    outside at a random moment after it wrote something, with two worker processes. Its exit
    status, or None when it was killed."""
    before = len(_outputs(out)) if out.exists() else 0
    arguments = (inbox, "-o", out, "--skip-existing", "--manifest", out / "run.json")
    environment = _environment(EPOCH_A)
    if attempt % 2 == 0:
        environment["KILL_AT_RENAME"] = f"*:{rng.randint(1, 2 * len(FORMATS))}"
        command = _killed_at_rename(*arguments)
    else:
        command = _generate(*arguments, "-j", 2)
    process = subprocess.Popen(
        command,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own group: worker processes die with it
    )
    if attempt % 2:
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if out.exists() and len(_outputs(out)) > before:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.3))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    status = process.wait(timeout=120)
    return None if status == -signal.SIGKILL else status


def test_sigkill_at_random_points_leaves_only_complete_files_and_a_rerun_finishes(
    tmp_path: Path, references: dict[str, Path]
) -> None:
    inbox, out, rng = _inbox(tmp_path), tmp_path / "out", random.Random(13)
    kills, leftovers, hidden = 0, 0, set[str]()
    for attempt in range(4):  # bounded: at most four kills
        status = _kill_mid_batch(inbox, out, rng, attempt)
        for path in _outputs(out):
            _assert_complete(path, references[EPOCH_A])
        if (out / "run.json").exists():  # only a finished run writes it, whole or not at all
            json.loads((out / "run.json").read_text(encoding="utf-8"))
        earlier, hidden = hidden, set(_hidden(out))
        assert not earlier & hidden, f"earlier leftovers not removed: {earlier & hidden}"
        assert len(hidden) <= 1  # the one temporary being renamed when SIGKILL came
        leftovers += len(hidden)
        if status is not None:
            assert status == 0
            break
        kills += 1
    assert kills >= 3 and leftovers >= 1, "the batch was not killed where it should have been"
    before = {path.name: path.stat().st_mtime_ns for path in _outputs(out)}
    complete = {
        path.stem
        for path in _outputs(out)
        if all((out / f"{path.stem}.{f}").exists() for f in FORMATS)
    }
    assert len(complete) < len(ARTICLES), "nothing left for the rerun to do"

    rerun = _run(inbox, "-o", out, "--skip-existing", "--manifest", out / "run.json")

    assert rerun.returncode == 0, rerun.stderr
    assert [path.name for path in _outputs(out)] == [
        path.name for path in _outputs(references[EPOCH_A])
    ]
    for path in _outputs(out):
        _assert_complete(path, references[EPOCH_A])
    for name, mtime in before.items():
        if Path(name).stem in complete:
            assert (out / name).stat().st_mtime_ns == mtime, f"{name} was written again"
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "complete"
    assert manifest["counts"]["skipped"] == len(complete)
    assert manifest["counts"]["written"] == len(ARTICLES) - len(complete)
    assert _hidden(out) == [], "temporary files were left behind"


def test_a_rerun_removes_temporaries_of_killed_writers_but_not_of_live_ones(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".some-brief.pdf.k2x9_q0a"  # what SIGKILL between create and rename leaves
    stale.write_bytes(b"%PDF-1.4 half")
    live = out / ".other-brief.docx.a8bbc0de"  # another process is writing it right now
    live.write_bytes(b"PK half")
    mine = out / ".notes.txt.abcdefgh"  # not a name briefings writes: not ours to remove
    mine.write_text("keep")
    with live.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = _run(ARTICLES[0], "-o", out)
    assert result.returncode == 0, result.stderr
    assert _hidden(out) == sorted([live.name, mine.name])
    assert f"Removed 1 temporary file(s) left by an interrupted run (such as {stale})" in (
        result.stderr
    )


def test_a_manifest_is_never_torn_by_sigkill(tmp_path: Path) -> None:
    """The manifest is written whole beside itself, then renamed: a SIGKILL just before the
    rename keeps the previous manifest intact; the next run removes the leftover (the manifest
    has its own folder here: its leftovers are looked for there)."""
    out, records = tmp_path / "out", tmp_path / "records"
    records.mkdir()
    manifest = records / "run.json"
    manifest.write_text('{"manifest_version": 1, "status": "complete", "articles": []}\n')
    previous = manifest.read_bytes()
    command = _killed_at_rename(ARTICLES[1], "-o", out, "--manifest", manifest)
    environment = {**_environment(EPOCH_A), "KILL_AT_RENAME": "run.json:1"}
    killed = subprocess.run(command, env=environment, capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, "the manifest was not written through a rename"
    assert manifest.read_bytes() == previous
    leftover = [name for name in _hidden(records) if name.startswith(".run.json.")]
    assert len(leftover) == 1
    written = json.loads((records / leftover[0]).read_text(encoding="utf-8"))
    assert written["status"] == "complete"  # it was whole, just not yet named
    again = _run(ARTICLES[1], "-o", out, "--manifest", manifest, "--force")
    assert again.returncode == 0, again.stderr
    assert _hidden(records) == [] and _hidden(out) == []
    assert json.loads(manifest.read_text(encoding="utf-8"))["articles"][0]["status"] == "written"


# ----------------------------------------------------------------------------- two at once


def test_two_runs_on_one_folder_never_interleave_a_file(
    tmp_path: Path, references: dict[str, Path]
) -> None:
    inbox, out = _inbox(tmp_path), tmp_path / "out"
    runs = [
        subprocess.Popen(
            _generate(inbox, "-o", out, "--force", "--manifest", out / "run.json", "-q"),
            env=_environment(epoch),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for epoch in (EPOCH_A, EPOCH_B)
    ]
    seen = _watch(out, runs, list(references.values()))
    for run in runs:
        _, errors = run.communicate(timeout=180)
        assert run.returncode == 0, errors
    assert seen > len(ARTICLES), "the watcher saw too little to mean anything"
    assert len(_outputs(out)) == len(ARTICLES) * len(FORMATS)
    origins = set()
    for path in _outputs(out):
        _assert_complete(path, list(references.values()))  # wholly A's or wholly B's
        origins |= {
            epoch
            for epoch, folder in references.items()
            if path.suffix == ".md" and path.read_bytes() == (folder / path.name).read_bytes()
        }
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "complete"
    assert [entry["status"] for entry in manifest["articles"]] == ["written"] * len(ARTICLES)
    assert _hidden(out) == []
    assert origins, "no Markdown output matched either run"


def _watch(out: Path, runs: list[subprocess.Popen[str]], references: list[Path]) -> int:
    """While `runs` go on, read every output file again and again as a user could: each read
    must give a whole file of one run. How many reads were checked."""
    checked = 0
    while any(run.poll() is None for run in runs):
        for path in _outputs(out) if out.exists() else []:
            data = path.read_bytes()
            if path.suffix == ".docx":
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    assert archive.testzip() is None, path
            else:
                assert any(data == (folder / path.name).read_bytes() for folder in references), (
                    f"{path.name}: read while being written ({len(data)} bytes)"
                )
            checked += 1
        time.sleep(0.01)  # leave the two runs most of the machine
    return checked


# ----------------------------------------------------------------------------- full disk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A small file system mounted for the test and unmounted even when it fails: tmpfs, else
    an ext4 loop file; skipped, naming what was tried, when neither can be mounted (not root)."""
    point = tmp_path / "disk"
    point.mkdir()
    image = tmp_path / "disk.img"
    attempts = [
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)],
        [
            "sh",
            "-c",
            f"truncate -s 8M {image} && mkfs.ext4 -q -F {image} && mount -o loop {image} {point}",
        ],
    ]
    tried = []
    for command in attempts:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode == 0:
            break
        tried.append(f"{' '.join(command[:3])}…: {result.stderr.strip() or result.returncode}")
    else:
        pytest.skip("cannot mount a small file system: " + "; ".join(tried))
    try:
        yield point
    finally:
        if subprocess.run(["umount", str(point)], capture_output=True, check=False).returncode:
            subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


def _fill(point: Path, leave: int) -> None:
    """Fill the file system at `point` until only about `leave` bytes are free."""
    stats = os.statvfs(point)
    free = stats.f_bavail * stats.f_frsize
    with (point / "filler").open("wb") as stream:
        try:
            stream.write(b"\0" * max(0, free - leave))
            stream.flush()
        except OSError:
            pass


def _blocks(size: int, block: int) -> int:
    return math.ceil(size / block) * block


def test_a_full_disk_gives_exit_13_and_no_partial_file(small_disk: Path) -> None:
    _fill(small_disk, leave=0)
    result = _run(ARTICLES[0], "-o", small_disk)
    assert result.returncode == 13, result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith(f"Error: {small_disk}/") and error.endswith(
        ".pdf: cannot write (No space left on device)"
    ), error
    assert "Traceback" not in result.stderr
    assert sorted(path.name for path in small_disk.iterdir()) == ["filler"] + (
        ["lost+found"] if (small_disk / "lost+found").exists() else []
    )


def test_a_disk_that_fills_mid_batch_stops_with_exit_13_after_a_complete_first_brief(
    small_disk: Path, references: dict[str, Path]
) -> None:
    inbox = small_disk.parent / "mid-in"
    inbox.mkdir()
    names = [ARTICLES[1], ARTICLES[2], ARTICLES[3]]  # named 01-, 02-, 03-: the batch's order
    for article in names:
        shutil.copy(article, inbox / article.name)
    slugs = [_slug_of(article, references[EPOCH_A]) for article in names]
    assert len(set(slugs)) == 3
    block = os.statvfs(small_disk).f_frsize
    first = sum(
        _blocks((references[EPOCH_A] / f"{slugs[0]}.{f}").stat().st_size, block) for f in FORMATS
    )
    second_pdf = (references[EPOCH_A] / f"{slugs[1]}.pdf").stat().st_size
    _fill(small_disk, leave=first + second_pdf // 2)  # the first brief fits, the second not

    result = _run(inbox, "-o", small_disk)

    assert result.returncode == 13, result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error == f"Error: {small_disk / slugs[1]}.pdf: cannot write (No space left on device)"
    assert "1 written, 0 skipped, 1 failed, 1 not started" in result.stderr
    for fmt in FORMATS:
        _assert_complete(small_disk / f"{slugs[0]}.{fmt}", references[EPOCH_A])
    assert not any(path.name.startswith(slugs[1]) for path in small_disk.iterdir())
    assert not any(path.name.startswith(slugs[2]) for path in small_disk.iterdir())
    assert _hidden(small_disk) == []


def _slug_of(article: Path, reference: Path) -> str:
    """The slug the reference run gave to `article`, from its manifest."""
    manifest = json.loads(reference.with_suffix(".json").read_text(encoding="utf-8"))
    for entry in manifest["articles"]:
        if Path(entry["source"]).name == article.name:
            return Path(entry["outputs"]["pdf"]).stem
    raise AssertionError(f"no reference output for {article.name}")
