"""CliRunner tests for `briefings brand …` and `briefings lint`."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from click.testing import CliRunner

from briefings.cli.main import main


def test_brand_init_check_show_round_trip(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "mine"
    created = runner.invoke(main, ["brand", "init", str(folder), "--from", "ministry"])
    assert created.exit_code == 0, created.output
    assert str(folder / "brand.yml") in created.output.split()
    checked = runner.invoke(main, ["brand", "check", str(folder / "brand.yml")])
    assert checked.exit_code == 0 and "OK" in checked.output
    shown = runner.invoke(main, ["brand", "show", "--brand", str(folder / "brand.yml")])
    assert shown.exit_code == 0
    assert "OFFICIAL-SENSITIVE" in shown.output and "--brand option" in shown.output
    again = runner.invoke(main, ["brand", "init", str(folder)])
    assert again.exit_code == 12 and "--force" in again.output


def test_brand_check_lists_problems_and_exits_10(tmp_path: Path) -> None:
    bad = tmp_path / "brand.yml"
    bad.write_text(
        "meta: {name: X}\ncolor: {primary: '#12345'}\nbriefing: {clasification: {text: A}}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["brand", "check", str(bad)])
    assert result.exit_code == 10
    assert "clasification" in result.output and "did you mean classification" in result.output
    assert "#12345" in result.output


def test_generate_with_a_bad_brand_exits_10(tmp_path: Path) -> None:
    bad = tmp_path / "brand.yml"
    bad.write_text("meta: {name: X}\nlogo: missing.png\n", encoding="utf-8")
    seed = Path(__file__).resolve().parent.parent / "seeds" / "korea-canada-2plus2.txt"
    result = CliRunner().invoke(
        main, ["generate", str(seed), "--brand", str(bad), "-f", "md", "-o", str(tmp_path)]
    )
    assert result.exit_code == 10, result.output
    assert result.output.count("\n") == 1 and "missing.png" in result.output
    assert not list(tmp_path.glob("*.md"))


def test_lint_passes_own_output_and_fails_direct_formatting(tmp_path: Path) -> None:
    import docx
    from samples import seed_document

    from briefings.brand import load_brand
    from briefings.writers.docx.writer import write_docx

    good = tmp_path / "good.docx"
    good.write_bytes(write_docx(seed_document(), load_brand()))
    runner = CliRunner()
    passed = runner.invoke(main, ["lint", str(good)])
    assert passed.exit_code == 0, passed.output

    word = docx.Document()
    run = word.add_paragraph().add_run("Red text")
    run.font.size = docx.shared.Pt(15)
    buffer = io.BytesIO()
    word.save(buffer)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(buffer.getvalue())
    failed = runner.invoke(main, ["lint", str(bad)])
    assert failed.exit_code == 16
    assert "direct-formatting" in failed.output

    assert zipfile.is_zipfile(good)
    missing = runner.invoke(main, ["lint", str(tmp_path / "nope.docx")])
    assert missing.exit_code == 3
