"""CliRunner tests for every command's options, outputs and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from briefings import __version__
from briefings.cli.main import main
from briefings.errors import EXIT_CODES

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "korea-canada-2plus2.txt"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"briefings, version {__version__}"


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["generate"],
        ["extract"],
        ["render"],
        ["eval"],
        ["templates"],
        ["templates", "list"],
        ["templates", "show"],
    ],
)
def test_every_command_has_help_with_an_example(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(main, [*command, "--help"], prog_name="briefings")
    assert result.exit_code == 0
    assert "Usage: briefings" in result.output
    assert "Example" in result.output


def test_exit_codes_are_documented_and_distinct(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    for code in EXIT_CODES:
        assert f"{code:>2}  " in result.output
    assert len(EXIT_CODES) == len(set(EXIT_CODES.values()))


def test_templates_list_and_show(runner: CliRunner) -> None:
    listed = runner.invoke(main, ["templates", "list"])
    assert listed.output.split() == ["email", "one-pager", "policy-brief"]
    shown = runner.invoke(main, ["templates", "show", "one-pager"])
    assert shown.exit_code == 0 and "## Next steps" in shown.output
    missing = runner.invoke(main, ["templates", "show", "nope"])
    assert missing.exit_code == 11
    assert "nope: no such template" in missing.output


@pytest.mark.parametrize(
    ("make_input", "code", "message"),
    [
        (lambda tmp: tmp / "missing.txt", 3, "no such file"),
        (lambda tmp: tmp, 4, "is a directory"),
        (lambda tmp: _write(tmp / "empty.txt", b""), 5, "empty"),
        (lambda tmp: _write(tmp / "blank.txt", b"  \n\n \t\n"), 5, "empty"),
    ],
)
def test_bad_input_gives_one_line_error_and_distinct_code(
    runner: CliRunner, tmp_path: Path, make_input: object, code: int, message: str
) -> None:
    path = make_input(tmp_path)  # type: ignore[operator]
    commands = [["extract", str(path)], ["generate", str(path), "-o", str(tmp_path / "out")]]
    if path.is_dir():  # generate reads the article files inside a folder (a batch)
        commands = commands[:1]
    for command in commands:
        result = runner.invoke(main, command)
        assert result.exit_code == code, result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1
        assert lines[0].startswith("Error: ") and str(path) in lines[0] and message in lines[0]
        assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_generate_on_a_folder_without_articles_says_so(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["generate", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert result.output.strip() == f"Error: {tmp_path}: no article files found"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_extract_json_follows_the_contract(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.output)
    for key in (
        "title",
        "summary",
        "source",
        "key_points",
        "actors",
        "demands",
        "positions",
        "next_steps",
        "figures",
        "dates",
        "locations",
        "evidence",
    ):
        assert key in brief
    for key in ("title", "publisher", "url", "published", "dateline", "language"):
        assert key in brief["source"]
    assert (
        brief["title"]
        == "South Korea and Canada Demand Withdrawal of North Korean Troops from Russia"
    )
    assert brief["source"]["dateline"] == "Ottawa"
    assert brief["source"]["publisher"] == "Yonhap News Agency"


def test_extract_from_stdin_to_file(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "brief.yaml"
    result = runner.invoke(main, ["extract", "-", "-o", str(target)], input=SEED.read_bytes())
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["source"]["dateline"] == "Ottawa"


def test_render_rejects_a_bad_brief_file(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: x\nactors: [{name: A, kind: planet}]\n", encoding="utf-8")
    result = runner.invoke(main, ["render", str(bad), "-f", "md", "-o", str(tmp_path)])
    assert result.exit_code == 9
    assert "actors.0.kind" in result.output
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    result = runner.invoke(main, ["render", str(broken), "-f", "md", "-o", str(tmp_path)])
    assert result.exit_code == 9 and "not valid YAML" in result.output


def test_render_writes_markdown_and_refuses_to_clobber(runner: CliRunner, tmp_path: Path) -> None:
    brief = tmp_path / "brief.yaml"
    brief.write_text("title: A *small* brief\nsummary: It is small.\n", encoding="utf-8")
    first = runner.invoke(
        main, ["render", str(brief), "-f", "md", "-f", "html", "-o", str(tmp_path)]
    )
    assert first.exit_code == 0, first.output
    md = tmp_path / "a-small-brief.md"
    assert first.output.split() == [str(md), str(tmp_path / "a-small-brief.html")]
    assert "# A \\*small\\* brief" in md.read_text(encoding="utf-8")
    md.write_text("edited", encoding="utf-8")
    again = runner.invoke(main, ["render", str(brief), "-f", "md", "-o", str(tmp_path)])
    assert again.exit_code == 12 and "--force" in again.output
    assert md.read_text(encoding="utf-8") == "edited"
    forced = runner.invoke(main, ["render", str(brief), "-f", "md", "-o", str(tmp_path), "--force"])
    assert forced.exit_code == 0
    assert md.read_text(encoding="utf-8") != "edited"
    assert not list(tmp_path.glob(".*"))  # no temporary files left behind


def test_the_formats_offered_are_the_ones_read_and_written() -> None:
    """`--input-format` and `-f` list their names without importing the readers and writers
    (for a fast `--help`): they must stay the registries' own."""
    from briefings.cli import shared
    from briefings.read import INPUT_FORMATS
    from briefings.writers import WRITERS

    assert tuple(INPUT_FORMATS) == shared.INPUT_FORMATS
    assert tuple(WRITERS) == shared.FORMATS
