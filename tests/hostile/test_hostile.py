"""The hostile corpus: every cases/*.expect file is one input run through the CLI.

An expect file (YAML) names what the input is (`why`) and its outcome: `renders: true` (exit 0,
the PDF opens with pypdf, the DOCX with python-docx and passes `briefings lint`) or `exit` with
a `message` fragment of the one-line error. `args` overrides the command (`{input}`, `{cases}`,
`{seed}`, `{out}` are filled in); `generate` names a function below that writes a big input at
test time instead of a committed file; `pdf_contains` / `pdf_lacks` check the PDF's text;
`xfail` marks a case another branch fixes. Every case must end without a traceback, within a
time limit, and leave no file behind when it fails.
"""

from __future__ import annotations

import io
import signal
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from click.testing import CliRunner
from pypdf import PdfReader

from briefings.cli.main import main
from briefings.writers.docx.lint import lint_docx

CASES = Path(__file__).parent / "cases"
SEED = Path(__file__).parents[2] / "seeds" / "korea-canada-2plus2.txt"
SECONDS = 300  # a hang, not a slow case: the slowest (5,000 actors) takes ~50 s on 2 shared cores
ARTICLE = SEED.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- generated inputs


def limit_exact(folder: Path) -> Path:
    """Exactly 20,000 bytes of article."""
    return _write(folder / "limit.txt", _sized(20_000))


def limit_plus_one(folder: Path) -> Path:
    """20,001 bytes of article."""
    return _write(folder / "limit.txt", _sized(20_001))


def huge_line(folder: Path) -> Path:
    """200 kB of article text on one line."""
    line = " ".join(ARTICLE.split())
    return _write(folder / "line.txt", ((line + " ") * (200_000 // len(line) + 1))[:200_000])


def no_stops_line(folder: Path) -> Path:
    """100 kB on one line without a stop: one "sentence" for the parser."""
    words = "".join(c for c in " ".join(ARTICLE.split()) if c not in ".!?;:")
    return _write(folder / "line.txt", ((words + " ") * (100_000 // len(words) + 1))[:100_000])


def many_actors(folder: Path) -> Path:
    """5,000 distinct people named with their roles, one short sentence each."""
    syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "dun", "pri", "zo"]
    names = [
        f"{syllables[i % 10].title()}{syllables[i // 10 % 10]}{syllables[i // 100 % 10]} "
        f"{syllables[i // 1000 % 10].title()}{syllables[(i * 7) % 10]}ski"
        for i in range(5_000)
    ]
    body = "\n\n".join(f"Minister {name} of Canada said talks would go on." for name in names)
    return _write(folder / "actors.txt", "Five Thousand Ministers Meet\n\n" + body + "\n")


def zip_bomb_docx(folder: Path) -> Path:
    """A Word file whose document part unpacks to 1 GB of spaces (about 1 MB packed)."""
    path = folder / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b" " * 1_000_000
            for _ in range(1_000):
                part.write(chunk)
    return path


def nested_divs_50mb(folder: Path) -> Path:
    """50 MB of nested divs (over the 2 MB default limit)."""
    path = folder / "nested.html"
    with path.open("wb") as stream:
        for _ in range(50):
            stream.write(b"<div>" * 200_000)
    return path


def nested_divs_under_limit(folder: Path) -> Path:
    """1.9 MB of nested divs, the article in the innermost."""
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    depth = 380_000
    page = "<html><body>" + "<div>" * depth + paragraphs + "</div>" * 0 + "</body></html>"
    return _write(folder / "nested.html", page)


def logo_100mb(folder: Path) -> Path:
    """A brand whose logo is a 100 MB file that starts like a PNG."""
    with (folder / "huge.png").open("wb") as stream:
        stream.write(b"\x89PNG\r\n\x1a\n")
        stream.truncate(100_000_000)
    return _write(folder / "brand.yml", "meta:\n  name: Hostile Unit\nlogo: huge.png\n")


def _sized(size: int) -> str:
    text = ARTICLE.encode("ascii", "replace").decode("ascii")
    return (text * (size // len(text) + 1))[:size]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


GENERATORS: dict[str, Callable[[Path], Path]] = {
    function.__name__: function
    for function in (
        limit_exact,
        limit_plus_one,
        huge_line,
        no_stops_line,
        many_actors,
        zip_bomb_docx,
        nested_divs_50mb,
        nested_divs_under_limit,
        logo_100mb,
    )
}


# --------------------------------------------------------------------------- the test


def _cases() -> Iterator[Any]:
    for expect in sorted(CASES.glob("*.expect")):
        spec = yaml.safe_load(expect.read_text(encoding="utf-8"))
        marks = [pytest.mark.xfail(reason=spec["xfail"], strict=False)] if "xfail" in spec else []
        yield pytest.param(expect.name.removesuffix(".expect"), spec, id=expect.stem, marks=marks)


def test_there_are_at_least_40_cases() -> None:
    assert len(list(CASES.glob("*.expect"))) >= 40


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    def hang(signum: int, frame: Any) -> None:
        raise TimeoutError(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(("name", "spec"), list(_cases()))
def test_hostile_input(name: str, spec: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "out"
    work = tmp_path / "work"
    work.mkdir()
    if "generate" in spec:
        source = GENERATORS[spec["generate"]](work)
    else:
        source = CASES / name
        assert source.is_file(), f"{name}.expect has no input file beside it"
    fields = {"input": str(source), "cases": str(CASES), "seed": str(SEED), "out": str(out)}
    args = [
        arg.format(**fields) for arg in spec.get("args", ["generate", "{input}", "-o", "{out}"])
    ]
    with _deadline(SECONDS):
        result = CliRunner().invoke(main, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback for {spec['why']}") from result.exception
    written = sorted(out.iterdir()) if out.exists() else []
    if spec.get("renders"):
        assert result.exit_code == 0, result.output
        assert {p.suffix for p in written} >= {".pdf"}, result.output
        _check_outputs(written, spec)
        assert all(p.resolve().parent == out.resolve() for p in written)
    else:
        assert result.exit_code == spec["exit"], result.output
        lines = result.stderr.strip().splitlines()
        assert lines and lines[-1].startswith("Error: "), result.stderr
        assert spec["message"] in lines[-1]
        assert written == [], "a failed run left files behind"
    if "stderr_contains" in spec:
        assert spec["stderr_contains"] in result.stderr


def _check_outputs(written: list[Path], spec: dict[str, Any]) -> None:
    for path in written:
        if path.suffix == ".pdf":
            text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
            flat = " ".join(text.split())
            if "pdf_contains" in spec:
                assert spec["pdf_contains"] in flat
            if "pdf_lacks" in spec:
                assert spec["pdf_lacks"] not in flat
        elif path.suffix == ".docx":
            data = path.read_bytes()
            assert docx.Document(io.BytesIO(data)).paragraphs
            assert lint_docx(data) == []
