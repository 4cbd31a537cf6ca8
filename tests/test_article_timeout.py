"""A batch's wall-clock budget per article: a slow article fails, the others are written."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefings.cli.main import main

SEED = Path(__file__).parents[1] / "seeds" / "korea-canada-2plus2.txt"


def test_an_article_over_its_budget_fails_alone_and_leaves_nothing(tmp_path: Path) -> None:
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    text = SEED.read_text()
    (inbox / "1-seed.txt").write_text(text)
    line = " ".join(text.split())
    (inbox / "2-slow.txt").write_text("Slow Article\n\n" + (line + " ") * 150)  # ~400 kB
    result = CliRunner().invoke(
        main, ["generate", str(inbox), "-o", str(out), "-f", "docx", "--article-timeout", "4"]
    )
    assert result.exit_code == 15, result.output
    assert "2-slow.txt: took longer than 4 s (--article-timeout)" in result.stderr
    assert [p.name for p in out.iterdir()] == [
        "south-korea-and-canada-demand-withdrawal-of-north-korean-troops-from-russia.docx"
    ]
